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
  // Tried even with no signal (instead of waiting for one), so signing out on the device happens at once.
  return useMutation({ mutationFn: logout, networkMode: 'always', onSettled: () => resetCsrfToken() });
}
