import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import type { Workout, WorkoutSet } from '../../../lib/api/types';
import { workoutQueryOptions } from './get-workout';

export type UpdateSetNotesRequest = components['schemas']['UpdateSetRequest'];

export interface UpdateSetNotesInput {
  workoutId: string;
  setId: string;
  notes: UpdateSetNotesRequest['notes'];
}

/** PATCH changes the notes alone: a note saved later never resends (or undoes another device's edit of) the set's numbers. */
export function updateSetNotes({ workoutId, setId, notes }: UpdateSetNotesInput): Promise<WorkoutSet> {
  const body: UpdateSetNotesRequest = { notes };
  return api.patch<WorkoutSet>(`/workouts/${encodeURIComponent(workoutId)}/sets/${encodeURIComponent(setId)}`, body);
}

export function useUpdateSetNotes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSetNotes,
    // The answer carries the set's new version; keeping it means this device's next edit is not taken for another's.
    onSuccess: (saved, { workoutId }) => {
      queryClient.setQueryData<Workout>(workoutQueryOptions(workoutId).queryKey, (w) =>
        w ? { ...w, sets: w.sets.map((s) => (s.id === saved.id ? saved : s)) } : w,
      );
    },
  });
}
