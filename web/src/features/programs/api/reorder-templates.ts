import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Program } from '../../../lib/api/types';
import { programQueryOptions } from './get-program';
import { programsQueryKeyRoot } from './get-programs';

export interface ReorderTemplatesInput {
  programId: string;
  templateIds: string[];
}

export function reorderTemplates({ programId, templateIds }: ReorderTemplatesInput): Promise<void> {
  return api.put(`/programs/${encodeURIComponent(programId)}/templates/order`, { templateIds });
}

/** Moves the rows at once and puts them back if the server says no. */
export function useReorderTemplates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderTemplates,
    onMutate: async ({ programId, templateIds }) => {
      const { queryKey } = programQueryOptions(programId);
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData<Program>(queryKey);
      if (previous) {
        const byId = new Map(previous.templates.map((t) => [t.id, t]));
        const templates = templateIds.flatMap((id, position) => {
          const t = byId.get(id);
          return t ? [{ ...t, position }] : [];
        });
        queryClient.setQueryData<Program>(queryKey, { ...previous, templates });
      }
      return { previous };
    },
    onError: (_error, { programId }, context) => {
      if (context?.previous) queryClient.setQueryData(programQueryOptions(programId).queryKey, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: programsQueryKeyRoot }),
  });
}
