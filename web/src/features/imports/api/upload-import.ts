import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiUpload, type UploadOptions } from '../../../lib/api/client';
import type { ImportFormat, ImportPreview, WeightUnit } from '../../../lib/api/types';
import { importQueryKey } from './get-import';

export interface UploadImportInput {
  file: File;
  /** Left out: the server recognises the layout from the header line. */
  format?: ImportFormat | undefined;
  /** What weights are read in when the file has no unit column. */
  unit?: WeightUnit | undefined;
}

export function uploadImport({ file, format, unit }: UploadImportInput, options: UploadOptions = {}): Promise<ImportPreview> {
  const form = new FormData();
  // The fields go before the file: the server reads them before it streams the file.
  if (format) form.append('format', format);
  if (unit) form.append('unit', unit);
  form.append('file', file);
  return apiUpload<ImportPreview>('/imports', form, options);
}

/** Where an upload is: sending the file (with the share sent, when the browser knows it), then the server reading it. */
export type UploadProgress = { phase: 'sending'; fraction: number | undefined } | { phase: 'reading' };

/** Uploads a file for a preview, tracking how much of it has been sent; the preview lands in the query cache. */
export function useUploadImport() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (input: UploadImportInput) => {
      setProgress({ phase: 'sending', fraction: 0 });
      return uploadImport(input, {
        onProgress: (loaded, total) => setProgress({ phase: 'sending', fraction: total ? loaded / total : undefined }),
        onSent: () => setProgress({ phase: 'reading' }),
      });
    },
    onSuccess: (preview) => queryClient.setQueryData(importQueryKey(preview.id), preview),
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
