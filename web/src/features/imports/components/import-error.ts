import { errorMessage, isApiError } from '../../../lib/api/api-error';

export const MAX_FILE_MB = 50;

/** What went wrong with an import, in plain words; a refused file names its line. */
export function importErrorMessage(error: unknown): string {
  if (isApiError(error, 'invalid_import_file')) {
    const line = error.extensions.line;
    const detail = error.detail ?? 'It is not a Strong, Hevy or FitFolio export.';
    const where = typeof line === 'number' && !detail.includes(`Line ${line}`) ? ` (line ${line})` : '';
    return `${error.title}: ${detail}${where}`;
  }
  if (isApiError(error, 'payload_too_large')) return `The file is larger than ${MAX_FILE_MB} MB.`;
  if (isApiError(error, 'conflict')) return error.detail ?? error.title;
  return errorMessage(error);
}
