import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { SessionsResponse } from '../../../lib/api/types';
import { sessionsQueryOptions } from './get-sessions';
import { loginEventsQueryKeyRoot } from './get-login-events';
import { revokeSession } from './revoke-session';

/** Ends every session but this one (offered right after adding a passkey, inside the re-auth window). */
export async function revokeOtherSessions(): Promise<number> {
  const { items } = await api.get<SessionsResponse>('/auth/sessions');
  const others = items.filter((s) => !s.current);
  for (const session of others) await revokeSession(session.id);
  return others.length;
}

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeOtherSessions,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: sessionsQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: loginEventsQueryKeyRoot }),
      ]),
  });
}
