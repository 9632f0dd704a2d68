import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { TemplateWithRules } from './progression';
import { programsQueryKeyRoot } from './get-programs';

function templatePath(programId: string, templateId: string): string {
  return `/programs/${encodeURIComponent(programId)}/templates/${encodeURIComponent(templateId)}`;
}

export function getTemplate(programId: string, templateId: string, signal?: AbortSignal): Promise<TemplateWithRules> {
  return api.get<TemplateWithRules>(templatePath(programId, templateId), { signal });
}

export function templateQueryOptions(programId: string, templateId: string) {
  return queryOptions({
    queryKey: [...programsQueryKeyRoot, 'template', programId, templateId] as const,
    queryFn: ({ signal }) => getTemplate(programId, templateId, signal),
  });
}

export function useTemplate(programId: string, templateId: string, enabled = true) {
  return useQuery({ ...templateQueryOptions(programId, templateId), enabled });
}
