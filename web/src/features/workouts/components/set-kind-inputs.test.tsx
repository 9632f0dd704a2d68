import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SetKindInputs } from './set-kind-inputs';
import { kindValuesRequest } from './set-kind-values';
import type { SetRow } from './workout-log-state';

const row: SetRow = {
  id: 'r1', exerciseId: 'e1', exerciseName: 'Plank', weight: '', reps: '', rpe: '', setType: 'working', notes: '', status: 'draft',
  editing: false, touched: false, saved: null, baseWeightKg: null, baseWeightText: '', loggedAt: null,
};

function inputs(kind: Parameters<typeof SetKindInputs>[0]['kind'], unit: 'kg' | 'lb' = 'kg') {
  const onChange = vi.fn();
  render(<SetKindInputs kind={kind} row={row} unit={unit} onChange={onChange} onFocus={() => {}} />);
  return onChange;
}

describe('SetKindInputs', () => {
  it('asks a weight × reps set for weight and reps', () => {
    inputs('weight_reps');
    expect(screen.getByLabelText('Weight (kg)')).toBeInTheDocument();
    expect(screen.getByLabelText('Reps')).toBeInTheDocument();
    expect(screen.queryByLabelText('Time (m:ss)')).not.toBeInTheDocument();
  });

  it('asks a plank for a time as m:ss and an optional load, never reps', () => {
    const onChange = inputs('time');
    fireEvent.change(screen.getByLabelText('Time (m:ss)'), { target: { value: '1:30' } });
    expect(onChange).toHaveBeenCalledWith({ duration: '1:30' });
    expect(screen.getByLabelText('Added weight (kg)')).toBeInTheDocument();
    expect(screen.queryByLabelText('Reps')).not.toBeInTheDocument();
  });

  it('asks a carry for a load and a distance in yards for a pounds account', () => {
    inputs('weight_distance', 'lb');
    expect(screen.getByLabelText('Weight (lb)')).toBeInTheDocument();
    expect(screen.getByLabelText('Distance (yd)')).toBeInTheDocument();
    expect(screen.queryByLabelText('Reps')).not.toBeInTheDocument();
  });

  it('asks a run for a distance in kilometres and a time', () => {
    inputs('distance_time');
    expect(screen.getByLabelText('Distance (km)')).toBeInTheDocument();
    expect(screen.getByLabelText('Time (m:ss)')).toBeInTheDocument();
    expect(screen.queryByLabelText('Weight (kg)')).not.toBeInTheDocument();
  });
});

describe('kindValuesRequest', () => {
  it('sends a plank as seconds with no reps', () => {
    expect(kindValuesRequest({ ...row, duration: '1:30' }, 'kg', 'time')).toEqual({ reps: null, weightKg: 0, durationSeconds: 90, distanceM: null });
  });

  it('refuses a plank without a time or with a time that is not m:ss', () => {
    expect(kindValuesRequest(row, 'kg', 'time')).toBe('Enter the time as m:ss, e.g. 1:30.');
    expect(kindValuesRequest({ ...row, duration: '1:75' }, 'kg', 'time')).toBe('Enter the time as m:ss, e.g. 1:30.');
  });

  it('sends a carry typed in yards and pounds as metres and kilograms', () => {
    const body = kindValuesRequest({ ...row, weight: '100', distance: '50' }, 'lb', 'weight_distance');
    expect(body).toMatchObject({ reps: null, durationSeconds: null });
    if (typeof body === 'string') throw new Error(body);
    expect(body.weightKg).toBeCloseTo(45.359237, 6);
    expect(body.distanceM).toBeCloseTo(45.72, 6);
  });

  it('needs a carry’s distance and a run’s distance or time', () => {
    expect(kindValuesRequest({ ...row, weight: '40' }, 'kg', 'weight_distance')).toBe('Enter the distance (m).');
    expect(kindValuesRequest(row, 'kg', 'distance_time')).toBe('Enter a distance (km), a time or both.');
    expect(kindValuesRequest({ ...row, duration: '25:00' }, 'kg', 'distance_time')).toEqual({ reps: null, weightKg: null, durationSeconds: 1500, distanceM: null });
  });

  it('lets an assisted pull-up carry a negative load', () => {
    expect(kindValuesRequest({ ...row, weight: '-20', reps: '8' }, 'kg', 'bodyweight_reps')).toEqual({ reps: 8, weightKg: -20, durationSeconds: null, distanceM: null });
  });
});
