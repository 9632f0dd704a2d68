import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useReducer } from 'react';
import { describe, expect, it } from 'vitest';
import type { Workout, WorkoutSet } from '../../../lib/api/types';
import { json, mockFetch } from '../../../test/fetch-router';
import { renderRoutes } from '../../../test/render';
import { initLog, logReducer, type LogState } from '../components/workout-log-state';
import { WarmupButton, workingWeightKg } from './warmup-button';

const workout: Workout = {
  id: 'w1',
  status: 'in_progress',
  startedAt: '2025-01-08T10:00:00Z',
  completedAt: null,
  notes: null,
  templateId: 't1',
  templateName: 'Push',
  exercises: [{ exerciseId: 'bench', exerciseName: 'Bench Press', equipment: 'barbell', kind: 'weight_reps' }],
  plan: [
    { exerciseId: 'bench', exerciseName: 'Bench Press', sets: 2, repsMin: 5, repsMax: 5, restSeconds: 120, targetRpe: null, targetWeightKg: 100, notes: null, last: null, targetReps: null, setWeightsKg: null, setReps: null, lastSetAmrap: false, progressionReason: null },
  ],
  sets: [],
  totalVolumeKg: 0,
};

function warmup(id: string, weightKg: number, reps: number, second: number): WorkoutSet {
  return {
    id, exerciseId: 'bench', exerciseName: 'Bench Press', reps, weightKg, rpe: null, setType: 'warmup', notes: null,
    completedAt: `2025-01-08T10:00:0${second}Z`, durationSeconds: null, distanceM: null,
  };
}

const ramp = [warmup('a', 20, 10, 1), warmup('b', 40, 5, 2), warmup('c', 60, 3, 3), warmup('d', 80, 1, 4)];

function Harness({ initial }: { initial: LogState }) {
  const [state, dispatch] = useReducer(logReducer, initial);
  const block = state.blocks[0]!;
  return (
    <>
      <WarmupButton workoutId="w1" block={block} unit="kg" dispatch={dispatch} onStatus={() => undefined} />
      <ol>
        {block.rows.map((r) => (
          <li key={r.id}>{`${r.setType} ${r.weight}×${r.reps} ${r.status}`}</li>
        ))}
      </ol>
    </>
  );
}

describe('WarmupButton', () => {
  it('asks for the ramp from the first working set’s weight and shows it before the working sets', async () => {
    const server = mockFetch({ 'POST /api/v1/workouts/w1/warmups': () => json({ items: ramp }) });
    const user = userEvent.setup();
    renderRoutes([{ path: '/', element: <Harness initial={initLog(workout, 'kg', true)} /> }]);

    await user.click(screen.getByRole('button', { name: 'Add the warm-up ramp for Bench Press' }));

    expect(await screen.findByText('warmup 20×10 saved')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'warmup 20×10 saved',
      'warmup 40×5 saved',
      'warmup 60×3 saved',
      'warmup 80×1 saved',
      'working 100×5 draft',
      'working 100×5 draft',
    ]);
    expect(server.calls('POST /api/v1/workouts/w1/warmups')[0]?.body).toEqual({ exerciseId: 'bench', workingWeightKg: 100 });
  });

  it('replaces the warm-ups already on screen instead of adding a second ramp', async () => {
    mockFetch({ 'POST /api/v1/workouts/w1/warmups': () => json({ items: ramp.slice(0, 2) }) });
    const user = userEvent.setup();
    const withWarmup = logReducer(initLog(workout, 'kg', true), { type: 'add-warmup', exerciseId: 'bench' });
    renderRoutes([{ path: '/', element: <Harness initial={withWarmup} /> }]);

    await user.click(screen.getByRole('button', { name: 'Add the warm-up ramp for Bench Press' }));

    expect(await screen.findByText('warmup 40×5 saved')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').filter((li) => li.textContent?.startsWith('warmup'))).toHaveLength(2);
  });
});

describe('workingWeightKg', () => {
  it('keeps a pre-filled pound weight exact and is null when the first working set has no weight', () => {
    const pounds = initLog({ ...workout, plan: [{ ...workout.plan[0]!, targetWeightKg: 225 * 0.45359237 }] }, 'lb', true, null, 5);
    const empty = initLog({ ...workout, plan: [{ ...workout.plan[0]!, targetWeightKg: null }] }, 'kg', true);

    expect(workingWeightKg(pounds.blocks[0]!, 'lb')).toBe(225 * 0.45359237);
    expect(workingWeightKg(empty.blocks[0]!, 'kg')).toBeNull();
  });
});
