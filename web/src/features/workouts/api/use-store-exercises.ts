import { useCallback, useRef } from 'react';
import { useSetWorkoutExercises } from './set-workout-exercises';

/**
 * Stores a workout's exercise list (so exercises with no set yet are on every device), one save at a time with
 * the latest order last: two saves racing could land in either order.
 */
export function useStoreExercises(workoutId: string, onError: () => void): (exerciseIds: string[]) => void {
  const save = useSetWorkoutExercises();
  const { mutate } = save;
  const queued = useRef<string[] | null>(null);
  const saving = useRef(false);
  return useCallback(
    (exerciseIds: string[]) => {
      queued.current = exerciseIds;
      if (saving.current) return;
      const sendNext = () => {
        const next = queued.current;
        queued.current = null;
        saving.current = next !== null;
        if (next) mutate({ workoutId, exerciseIds: next }, { onError, onSettled: sendNext });
      };
      sendNext();
    },
    [mutate, workoutId, onError],
  );
}
