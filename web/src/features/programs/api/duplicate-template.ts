import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Template } from '../../../lib/api/types';
import type { TemplateRef } from './delete-template';
import { programsQueryKeyRoot } from './get-programs';

export function duplicateTemplate({ programId, templateId }: TemplateRef): Promise<Template> {
  return api.post<Template>(
    `/programs/${encodeURIComponent(programId)}/templates/${encodeURIComponent(templateId)}/duplicate`,
  );
}

export function useDuplicateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: duplicateTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programsQueryKeyRoot }),
  });
}
