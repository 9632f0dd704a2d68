import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { sendOrQueue } from '../../../lib/offline/change-queue';
import { saveCopy } from '../../../lib/offline/offline-copies';
import { randomUuid } from '../../../lib/uuid';
import type { PlannedExercise, StartWorkoutRequest, Workout, WorkoutExercise } from '../../../lib/api/types';
import { workoutQueryOptions } from './get-workout';
import { workoutsQueryKeyRoot } from './get-workouts';
import type { StartWorkoutBody } from './offline-types';

export function startWorkout(body: StartWorkoutBody = {}): Promise<Workout> {
  return api.post<Workout>('/workouts', body);
}

/** What a start needs to open with no signal: the template as this device has it (none for an empty workout). */
export interface OfflinePlan {
  templateName: string | null;
  plan: PlannedExercise[];
  exercises: WorkoutExercise[];
}

/** Finds the plan of a template on the device; null when the device never had it (then only the server can start it). */
export type OfflinePlanner = (templateId: string | undefined) => Promise<OfflinePlan | null>;

/** The workout as the server will start it, made on the device; the server's copy (with last time's numbers) replaces it after the sync. */
export function workoutStartedOffline(id: string, templateId: string | undefined, offline: OfflinePlan): Workout {
  return {
    id,
    status: 'in_progress',
    startedAt: new Date().toISOString(),
    completedAt: null,
    notes: null,
    templateId: templateId ?? null,
    templateName: offline.templateName,
    exercises: offline.exercises,
    plan: offline.plan,
    sets: [],
    totalVolumeKg: 0,
  };
}

/**
 * Starts with an id made here, so the start can wait in the queue like any other change (and be sent twice
 * safely): the sets logged next refer to that id and are sent after it. With no plan on the device, it asks the
 * server as before.
 */
export async function startWorkoutOrQueue(body: StartWorkoutRequest, planOffline: OfflinePlanner): Promise<Workout> {
  const request: StartWorkoutBody = { ...body, id: randomUuid() };
  const offline = await planOffline(body.templateId).catch(() => null);
  if (!offline) return startWorkout(request);
  const label = offline.templateName ? `starting ${offline.templateName}` : 'starting a workout';
  const sent = await sendOrQueue({ kind: 'start-workout', input: request, label }, startWorkout);
  if (!sent.queued) return sent.result;
  const workout = workoutStartedOffline(request.id!, body.templateId, offline);
  // On the device before its screen opens: a reload with no signal finds it.
  await saveCopy(workoutQueryOptions(workout.id).queryKey, workout);
  return workout;
}

/** Starts a workout (empty or from a template), offline too, and caches it so its screen opens at once. */
export function useStartWorkout(planOffline: OfflinePlanner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartWorkoutRequest) => startWorkoutOrQueue(body, planOffline),
    networkMode: 'always',
    onSuccess: (workout) => {
      queryClient.setQueryData(workoutQueryOptions(workout.id).queryKey, workout);
      // Not awaited: offline, the refetch waits for the network, and the screen must open now.
      void queryClient.invalidateQueries({ queryKey: [...workoutsQueryKeyRoot, 'list'] });
    },
  });
}
