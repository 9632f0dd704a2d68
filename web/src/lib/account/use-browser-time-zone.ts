import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../api/client';
import type { User } from '../api/types';
import { accountQueryKey } from './get-account';

/** An account this young has not had the chance to choose its zone yet. */
const NEW_ACCOUNT_MS = 60 * 60 * 1000;

function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/**
 * A new account starts in UTC on the server; on its first sign-in it takes the browser's time zone instead,
 * so weeks and dates are the lifter's own from the first workout. An older account keeps what it has.
 */
export function useBrowserTimeZoneForNewAccount(user: User | undefined, onChanged: (user: User) => void): void {
  const queryClient = useQueryClient();
  const sent = useRef(false);
  useEffect(() => {
    if (!user || sent.current || user.timeZone !== 'UTC') return;
    const zone = browserTimeZone();
    const age = Date.now() - Date.parse(user.createdAt);
    if (!zone || zone === 'UTC' || zone === 'Etc/UTC' || !(age >= 0 && age < NEW_ACCOUNT_MS)) return;
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
