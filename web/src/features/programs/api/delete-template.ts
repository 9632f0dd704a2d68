import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { programsQueryKeyRoot } from './get-programs';

export interface TemplateRef {
  programId: string;
  templateId: string;
}

export function deleteTemplate({ programId, templateId }: TemplateRef): Promise<void> {
  return api.delete(`/programs/${encodeURIComponent(programId)}/templates/${encodeURIComponent(templateId)}`);
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programsQueryKeyRoot }),
  });
}
