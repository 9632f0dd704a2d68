import type { Dispatch } from 'react';
import { ApiError, errorMessage } from '../../../lib/api/api-error';
import type { WeightUnit } from '../../../lib/api/types';
import { toKg } from '../../../lib/units';
import { useInsertWarmups } from '../api/insert-warmups';
import type { ExerciseBlock, LogAction } from '../components/workout-log-state';

/** The first working set's weight in kg: logged, or as typed (exact when it is still the pre-fill); null when empty. */
export function workingWeightKg(block: ExerciseBlock, unit: WeightUnit): number | null {
  const row = block.rows.find((r) => r.setType !== 'warmup');
  if (!row) return null;
  if (row.saved && !row.editing) return row.saved.weightKg;
  if (row.weight.trim() === '' || !Number.isFinite(Number(row.weight))) return null;
  return row.weight === row.baseWeightText && row.baseWeightKg !== null ? row.baseWeightKg : toKg(Number(row.weight), unit);
}

/** One tap: the account's warm-up ramp before the first working set, replacing any warm-ups already there. */
export function WarmupButton({
  workoutId,
  block,
  unit,
  dispatch,
  onStatus,
}: {
  workoutId: string;
  block: ExerciseBlock;
  unit: WeightUnit;
  dispatch: Dispatch<LogAction>;
  onStatus: (message: string) => void;
}) {
  const insert = useInsertWarmups();
  const working = workingWeightKg(block, unit);

  function run() {
    if (working === null || working <= 0) {
      onStatus(`Enter the first working set's weight of ${block.exerciseName} first.`);
      return;
    }
    insert.mutate(
      { workoutId, body: { exerciseId: block.exerciseId, workingWeightKg: working } },
      {
        onSuccess: (sets) => {
          dispatch({ type: 'warmups', exerciseId: block.exerciseId, sets });
          onStatus(
            sets.length === 0
              ? `No warm-ups for ${block.exerciseName}: every step rounds to the bar or the working weight.`
              : `${sets.length} warm-up ${sets.length === 1 ? 'set' : 'sets'} added before the first working set of ${block.exerciseName}.`,
          );
        },
        onError: (error) =>
          onStatus(error instanceof ApiError && error.status < 500 ? errorMessage(error) : 'Warm-ups need a connection. Try again when you are online.'),
      },
    );
  }

  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-label={`Add the warm-up ramp for ${block.exerciseName}`}
      disabled={insert.isPending}
      onClick={run}
    >
      {insert.isPending ? 'Adding…' : 'Warm-up ramp'}
    </button>
  );
}
