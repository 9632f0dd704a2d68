// The signed-in user's preferences (unit, time zone), shared by every training screen.
// It lives in lib because several features need the weight unit and features never import each other.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { OFFLINE_META, withOfflineCopy } from '../offline/offline-copies';
import type { E1rmFormula, User, WeightUnit } from '../api/types';

export const accountQueryKey = ['account', 'profile'] as const;

export function getAccount(signal?: AbortSignal): Promise<User> {
  return api.get<User>('/account', { signal });
}

export function accountQueryOptions() {
  return queryOptions({
    queryKey: accountQueryKey,
    queryFn: ({ signal }) => withOfflineCopy(accountQueryKey, () => getAccount(signal)),
    meta: OFFLINE_META,
    networkMode: 'always',
    staleTime: 5 * 60 * 1000,
  });
}

export function useAccount() {
  return useQuery(accountQueryOptions());
}

/** The unit weights are shown and typed in; kilograms until the account has loaded. */
export function useWeightUnit(): WeightUnit {
  return useAccount().data?.unit ?? 'kg';
}

/** The account's e1RM formula (Epley until the account says otherwise). */
export function useE1rmFormula(): E1rmFormula {
  return useAccount().data?.e1rmFormula ?? 'epley';
}
