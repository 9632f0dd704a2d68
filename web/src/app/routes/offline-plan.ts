// Starting a workout with no signal needs two features' data on the device: the templates (programs) and the
// exercises' equipment (the catalogue). Features never import each other, so the app layer composes them here.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { templateQueryOptions } from '../../features/programs/api/get-template';
import type { OfflinePlan, OfflinePlanner } from '../../features/workouts/api/start-workout';
import type { ExercisesResponse, ProgramsResponse, Template } from '../../lib/api/types';
import { allExercisesQueryKey } from '../../lib/exercises/get-exercises';
import { readCopy, saveCopy } from '../../lib/offline/offline-copies';

const EMPTY_PLAN: OfflinePlan = { templateName: null, plan: [], exercises: [] };

export function planFromTemplate(template: Template, exercises: ExercisesResponse | undefined): OfflinePlan {
  const byId = new Map(exercises?.items.map((e) => [e.id, e]));
  const planned = [...template.exercises].sort((a, b) => a.position - b.position);
  return {
    templateName: template.name,
    plan: planned.map((e) => ({
      exerciseId: e.exerciseId,
      exerciseName: e.exerciseName,
      sets: e.sets,
      repsMin: e.repsMin,
      repsMax: e.repsMax,
      restSeconds: e.restSeconds,
      targetRpe: e.targetRpe,
      targetWeightKg: e.targetWeightKg,
      notes: e.notes,
      // Last time's numbers and the progression rules' targets are the server's to work out; they arrive with its
      // copy after the sync.
      last: null,
      targetReps: null,
      setWeightsKg: null,
      setReps: null,
      lastSetAmrap: false,
      progressionReason: null,
    })),
    exercises: planned
      .filter((e, i) => planned.findIndex((p) => p.exerciseId === e.exerciseId) === i)
      .map((e) => {
        const known = byId.get(e.exerciseId);
        return { exerciseId: e.exerciseId, exerciseName: e.exerciseName, equipment: known?.equipment ?? 'other', kind: known?.kind ?? 'weight_reps' };
      }),
  };
}

/**
 * Keeps a copy of every template on the device while there is a signal, and plans a start from those copies:
 * null for a template the device never had.
 */
export function useOfflinePlanner(programs: ProgramsResponse | undefined): OfflinePlanner {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!programs || !navigator.onLine) return;
    for (const program of programs.items) {
      for (const template of program.templates) {
        const options = templateQueryOptions(program.id, template.id);
        void queryClient
          .fetchQuery({ ...options, staleTime: 60_000 })
          .then((data) => saveCopy(options.queryKey, data))
          .catch(() => undefined);
      }
    }
  }, [programs, queryClient]);

  return useCallback(
    async (templateId) => {
      if (!templateId) return EMPTY_PLAN;
      const program = programs?.items.find((p) => p.templates.some((t) => t.id === templateId));
      if (!program) return null;
      const { queryKey } = templateQueryOptions(program.id, templateId);
      const template = queryClient.getQueryData<Template>(queryKey) ?? (await readCopy<Template>(queryKey));
      if (!template) return null;
      const exercises = queryClient.getQueryData<ExercisesResponse>(allExercisesQueryKey) ?? (await readCopy<ExercisesResponse>(allExercisesQueryKey));
      return planFromTemplate(template, exercises);
    },
    [programs, queryClient],
  );
}
