import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { MagicLinkVerifyRequest, MagicLinkVerifyResponse } from '../../../lib/api/types';
import { rememberSignedInUser } from './get-me';

export function verifyMagicLink(request: MagicLinkVerifyRequest): Promise<MagicLinkVerifyResponse> {
  return api.post<MagicLinkVerifyResponse>('/auth/magic-link/verify', request);
}

export function useVerifyMagicLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyMagicLink,
    onSuccess: (data) => rememberSignedInUser(queryClient, data.user),
  });
}
