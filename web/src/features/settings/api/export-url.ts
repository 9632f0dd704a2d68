import { API_BASE } from '../../../lib/api/client';

export type ExportFormat = 'json' | 'csv';

/**
 * GET /export answers with an attachment, so a plain link downloads it: the browser sends the session
 * cookie, names the file from Content-Disposition and never puts the whole export in the page's memory.
 */
export function exportUrl(format: ExportFormat): string {
  return `${API_BASE}/export?format=${format}`;
}
