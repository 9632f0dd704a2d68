import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RestBar } from './rest-bar';
import { restTimerStorageKey, useRestTimer } from './use-rest-timer';

function TimerHarness() {
  const timer = useRestTimer('w1');
  return (
    <>
      <button type="button" onClick={() => timer.start(90)}>
        Start
      </button>
      <RestBar timer={timer} />
    </>
  );
}

function timeLeft() {
  return screen.getByRole('timer', { name: 'Rest time left' }).textContent;
}

describe('rest timer', () => {
  const vibrate = vi.fn();

  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ now: new Date('2025-01-08T10:00:00Z') });
    vibrate.mockReset();
    Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
  });

  afterEach(() => {
    Reflect.deleteProperty(navigator, 'vibrate');
  });

  it('counts down from the rest duration', () => {
    render(<TimerHarness />);

    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    act(() => vi.advanceTimersByTime(10_000));

    expect(timeLeft()).toBe('1:20');
  });

  it('adds thirty seconds', () => {
    render(<TimerHarness />);

    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.click(screen.getByRole('button', { name: '+30 s' }));

    expect(timeLeft()).toBe('2:00');
  });

  it('takes thirty seconds off, and ends the rest when less is left', () => {
    render(<TimerHarness />);

    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.click(screen.getByRole('button', { name: '−30 s' }));
    expect(timeLeft()).toBe('1:00');
    fireEvent.click(screen.getByRole('button', { name: '−30 s' }));
    fireEvent.click(screen.getByRole('button', { name: '−30 s' }));
    act(() => vi.advanceTimersByTime(300));

    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });

  it('lets "Rest over" be dismissed', () => {
    render(<TimerHarness />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    act(() => vi.advanceTimersByTime(90_000));
    expect(screen.getByText('Rest over')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));

    expect(screen.queryByRole('region', { name: 'Rest timer' })).not.toBeInTheDocument();
  });

  it('stops and forgets the timer when rest is skipped', () => {
    render(<TimerHarness />);

    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip rest' }));

    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(localStorage.getItem(restTimerStorageKey('w1'))).toBeNull();
  });

  it('picks the countdown up again after a reload', () => {
    const first = render(<TimerHarness />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    act(() => vi.advanceTimersByTime(30_000));
    first.unmount();

    act(() => vi.advanceTimersByTime(15_000));
    render(<TimerHarness />);

    expect(timeLeft()).toBe('0:45');
  });

  it('vibrates and says rest is over at zero, also after a reload', () => {
    const first = render(<TimerHarness />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    first.unmount();
    render(<TimerHarness />);

    act(() => vi.advanceTimersByTime(90_000));

    expect(vibrate).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Rest over')).toBeInTheDocument();
    expect(screen.getByText('Rest is over. Time for the next set.')).toBeInTheDocument();
    expect(localStorage.getItem(restTimerStorageKey('w1'))).toBeNull();
  });

  it('stays quiet about a rest that ended long before the page was opened again', () => {
    localStorage.setItem(restTimerStorageKey('w1'), JSON.stringify({ endsAt: Date.now() - 10 * 60_000, durationSeconds: 90 }));

    render(<TimerHarness />);

    expect(vibrate).not.toHaveBeenCalled();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });
});
