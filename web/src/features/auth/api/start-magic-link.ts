import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { components } from '../../../lib/api/schema';
import type { MagicLinkStartRequest as Request, MagicLinkStartResponse } from '../../../lib/api/types';

/** `invitation`: the token of an invitation link, for an address that could not join without one. */
export type MagicLinkStartRequest = Request & Pick<components['schemas']['MagicLinkStartRequest'], 'invitation'>;

export function startMagicLink(request: MagicLinkStartRequest): Promise<MagicLinkStartResponse> {
  return api.post<MagicLinkStartResponse>('/auth/magic-link/start', request);
}

export function useStartMagicLink() {
  return useMutation({ mutationFn: startMagicLink });
}
