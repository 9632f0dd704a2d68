import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../api/client';
import type { User } from '../api/types';
import { accountQueryKey } from './get-account';

function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/**
 * Until the lifter chooses a time zone the account is on the server's UTC default; the browser's zone is sent
 * instead, so weeks and dates are the lifter's own from the first workout. A chosen zone is never touched.
 */
export function useBrowserTimeZoneForNewAccount(user: User | undefined, onChanged: (user: User) => void): void {
  const queryClient = useQueryClient();
  const sent = useRef(false);
  useEffect(() => {
    if (!user || sent.current || user.timeZoneChosen !== false) return;
    const zone = browserTimeZone();
    if (!zone || zone === user.timeZone) return;
    sent.current = true;
    api
      .patch<User>('/account', { timeZone: zone })
      .then((updated) => {
        queryClient.setQueryData(accountQueryKey, updated);
        onChanged(updated);
      })
      // Not saved (offline, a zone the server does not know): Settings still offers the choice.
      .catch(() => undefined);
  }, [user, queryClient, onChanged]);
}
