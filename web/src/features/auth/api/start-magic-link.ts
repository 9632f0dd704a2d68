import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { MagicLinkStartRequest, MagicLinkStartResponse } from '../../../lib/api/types';

export function startMagicLink(request: MagicLinkStartRequest): Promise<MagicLinkStartResponse> {
  return api.post<MagicLinkStartResponse>('/auth/magic-link/start', request);
}

export function useStartMagicLink() {
  return useMutation({ mutationFn: startMagicLink });
}
