import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { passkeysQueryOptions } from './get-passkeys';
import { loginEventsQueryKeyRoot } from './get-login-events';

export function deletePasskey(id: string): Promise<void> {
  return api.delete(`/auth/passkeys/${encodeURIComponent(id)}`);
}

export function useDeletePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePasskey,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: passkeysQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: loginEventsQueryKeyRoot }),
      ]),
  });
}
