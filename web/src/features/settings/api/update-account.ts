import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountQueryKey } from '../../../lib/account/get-account';
import { api } from '../../../lib/api/client';
import type { UpdateAccountRequest, User } from '../../../lib/api/types';

export function updateAccount(body: UpdateAccountRequest): Promise<User> {
  return api.patch<User>('/account', body);
}

// The auth feature caches the same user under ['auth', 'me'] (home greeting, unit); refresh it too.
const signedInUserQueryKey = ['auth', 'me'] as const;

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    onSuccess: (user) => {
      queryClient.setQueryData(accountQueryKey, user);
      return queryClient.invalidateQueries({ queryKey: signedInUserQueryKey });
    },
  });
}
