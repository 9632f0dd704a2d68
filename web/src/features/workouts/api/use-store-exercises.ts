import { useCallback, useRef } from 'react';
import { useSetWorkoutExercises } from './set-workout-exercises';

/**
 * Stores a workout's exercise list (so exercises with no set yet are on every device), one save at a time with
 * the latest order last: two saves racing could land in either order.
 */
export function useStoreExercises(workoutId: string, onError: () => void): (exerciseIds: string[], groups?: (number | null)[]) => void {
  const save = useSetWorkoutExercises();
  const { mutate } = save;
  const queued = useRef<{ exerciseIds: string[]; groups?: (number | null)[] } | null>(null);
  const saving = useRef(false);
  return useCallback(
    (exerciseIds: string[], groups?: (number | null)[]) => {
      queued.current = groups ? { exerciseIds, groups } : { exerciseIds };
      if (saving.current) return;
      const sendNext = () => {
        const next = queued.current;
        queued.current = null;
        saving.current = next !== null;
        if (next) mutate({ workoutId, ...next }, { onError, onSettled: sendNext });
      };
      sendNext();
    },
    [mutate, workoutId, onError],
  );
}
