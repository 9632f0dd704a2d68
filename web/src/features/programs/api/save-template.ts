import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import type { TemplateWithRules as Template } from './progression';

type SaveTemplateRequest = components['schemas']['TemplateRequest'];
import { programsQueryKeyRoot } from './get-programs';

export interface SaveTemplateInput {
  programId: string;
  /** Absent for a new template (POST); present to replace one (PUT). */
  templateId?: string;
  body: SaveTemplateRequest;
}

export function saveTemplate({ programId, templateId, body }: SaveTemplateInput): Promise<Template> {
  const base = `/programs/${encodeURIComponent(programId)}/templates`;
  return templateId
    ? api.put<Template>(`${base}/${encodeURIComponent(templateId)}`, body)
    : api.post<Template>(base, body);
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programsQueryKeyRoot }),
  });
}
