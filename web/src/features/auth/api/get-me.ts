import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, resetCsrfToken } from '../../../lib/api/client';
import { OFFLINE_META, withOfflineCopy } from '../../../lib/offline/offline-copies';
import type { components } from '../../../lib/api/schema';
import type { MeResponse as Envelope, User } from '../../../lib/api/types';

/** `/auth/me`: the user, and whether they are an admin of this instance (the app offers the admin screens only then). */
export type MeResponse = Envelope & Pick<components['schemas']['MeResponse'], 'isAdmin'>;

export const meQueryKey = ['auth', 'me'] as const;

// The protected layout handles 401 itself, so the client's global redirect is switched off here.
export function getMe(signal?: AbortSignal): Promise<MeResponse> {
  return api.get<MeResponse>('/auth/me', { signal, redirectOnUnauthorized: false });
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    // With no signal, the last answer stands (a reload at the gym stays signed in); a 401 never does.
    queryFn: ({ signal }) => withOfflineCopy(meQueryKey, () => getMe(signal)),
    meta: OFFLINE_META,
    networkMode: 'always',
    staleTime: 5 * 60 * 1000,
    retry: false,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}

/** After any successful sign-in: new antiforgery token for the new user, and cache who we are. */
export function rememberSignedInUser(queryClient: QueryClient, user: User): void {
  resetCsrfToken();
  // The sign-in answer does not say whether the user is an admin: /auth/me is asked again in the background.
  queryClient.setQueryData<MeResponse>(meQueryKey, (old) => ({ user, isAdmin: old?.user.id === user.id && old.isAdmin }));
  void queryClient.invalidateQueries({ queryKey: meQueryKey });
}
