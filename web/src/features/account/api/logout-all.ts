import { useMutation } from '@tanstack/react-query';
import { api, resetCsrfToken } from '../../../lib/api/client';

export function logoutAll(): Promise<void> {
  return api.post<void>('/auth/logout-all');
}

/** The caller leaves the signed-in pages, then clears the query cache (see the auth logout). */
export function useLogoutAll() {
  return useMutation({ mutationFn: logoutAll, onSuccess: () => resetCsrfToken() });
}
