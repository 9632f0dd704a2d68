import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { Passkey } from '../../../lib/api/types';
import { passkeysQueryOptions } from './get-passkeys';

export interface RenamePasskeyInput {
  id: string;
  nickname: string;
}

export function renamePasskey({ id, nickname }: RenamePasskeyInput): Promise<Passkey> {
  return api.patch<Passkey>(`/auth/passkeys/${encodeURIComponent(id)}`, { nickname });
}

export function useRenamePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renamePasskey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: passkeysQueryOptions().queryKey }),
  });
}
