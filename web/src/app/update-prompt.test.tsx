import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from './update-prompt';

const registration = vi.hoisted(() => ({ needRefresh: true, updateServiceWorker: vi.fn(async () => undefined), setNeedRefresh: vi.fn() }));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [registration.needRefresh, registration.setNeedRefresh],
    offlineReady: [false, vi.fn()],
    updateServiceWorker: registration.updateServiceWorker,
  }),
}));

describe('UpdatePrompt', () => {
  it('offers a reload when a new version waits, and reloads into it only on a tap', async () => {
    const user = userEvent.setup();
    render(<UpdatePrompt />);

    expect(screen.getByRole('status')).toHaveTextContent('Update available.');
    expect(registration.updateServiceWorker).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload' }));

    expect(registration.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('can be put off', async () => {
    const user = userEvent.setup();
    render(<UpdatePrompt />);

    await user.click(screen.getByRole('button', { name: 'Later' }));

    expect(registration.setNeedRefresh).toHaveBeenCalledWith(false);
  });

  it('shows nothing while the running version is the newest', () => {
    registration.needRefresh = false;
    const { container } = render(<UpdatePrompt />);

    expect(container).toBeEmptyDOMElement();
  });
});
