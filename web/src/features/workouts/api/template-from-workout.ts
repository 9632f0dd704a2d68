import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';

export type TemplateUpdatePreview = components['schemas']['TemplateUpdatePreview'];
export type TemplateChange = components['schemas']['TemplateChange'];
type SavedTemplate = components['schemas']['TemplateResponse'];
type ProgramChoice = Pick<components['schemas']['ProgramResponse'], 'id' | 'name'>;

/** Templates live under programs: whatever changes one refreshes the programs screens. */
const programsKey = ['programs'] as const;

export function saveAsTemplate(input: { programId: string; workoutId: string; name: string }): Promise<SavedTemplate> {
  return api.post<SavedTemplate>(`/programs/${encodeURIComponent(input.programId)}/templates/from-workout`, { workoutId: input.workoutId, name: input.name });
}

export function useSaveAsTemplate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveAsTemplate, onSuccess: () => queryClient.invalidateQueries({ queryKey: programsKey }) });
}

/** The programs a workout can be saved into. */
export function useProgramChoices(enabled: boolean) {
  return useQuery({
    queryKey: [...programsKey, 'list'] as const,
    queryFn: ({ signal }) => api.get<{ items: ProgramChoice[] }>('/programs', { signal }),
    enabled,
  });
}

export function templateUpdateQueryOptions(workoutId: string) {
  return queryOptions({
    queryKey: ['workouts', 'template-update', workoutId] as const,
    queryFn: ({ signal }) => api.get<TemplateUpdatePreview>(`/workouts/${encodeURIComponent(workoutId)}/template-update`, { signal }),
    staleTime: 0,
  });
}

export function useTemplateUpdatePreview(workoutId: string, enabled: boolean) {
  return useQuery({ ...templateUpdateQueryOptions(workoutId), enabled });
}

export function useApplyTemplateUpdate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (workoutId: string) => api.post<SavedTemplate>(`/workouts/${encodeURIComponent(workoutId)}/template-update`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programsKey }),
  });
}
