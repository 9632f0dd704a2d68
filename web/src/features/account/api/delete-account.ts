import { useMutation } from '@tanstack/react-query';
import { apiRequest, resetCsrfToken } from '../../../lib/api/client';
import type { DeleteAccountRequest } from '../../../lib/api/types';

export function deleteAccount(body: DeleteAccountRequest): Promise<void> {
  return apiRequest<void>('/account', { method: 'DELETE', body });
}

/** On success the session is gone too: the antiforgery token of the deleted user is dropped. */
export function useDeleteAccount() {
  return useMutation({ mutationFn: deleteAccount, onSuccess: () => resetCsrfToken() });
}
