import { useMutation } from '@tanstack/react-query';
import { api, resetCsrfToken } from '../../../lib/api/client';

export function logout(): Promise<void> {
  return api.post<void>('/auth/logout');
}

/**
 * Signed out either way from this tab's point of view, so the antiforgery token is dropped even
 * on failure. The caller leaves the signed-in pages first, then clears the query cache (clearing
 * first would make the still-mounted pages refetch with a dead session).
 */
export function useLogout() {
  return useMutation({ mutationFn: logout, onSettled: () => resetCsrfToken() });
}
