import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../lib/api/client';
import { usersQueryOptions } from './get-users';

/** What an admin can do to an account; each answers 204, or 409 `last_admin` when it would leave no admin. */
export type UserChange =
  | { kind: 'disable' | 'enable' | 'sign-out' | 'grant-admin' | 'revoke-admin'; id: string }
  | { kind: 'delete'; id: string; confirm: string };

export function changeUser(change: UserChange): Promise<void> {
  const path = `/admin/users/${encodeURIComponent(change.id)}`;
  switch (change.kind) {
    case 'disable':
    case 'enable':
    case 'sign-out':
      return api.post<void>(`${path}/${change.kind}`);
    case 'grant-admin':
      return api.put<void>(`${path}/admin`);
    case 'revoke-admin':
      return api.delete(`${path}/admin`);
    case 'delete':
      return apiRequest<void>(path, { method: 'DELETE', body: { confirm: change.confirm } });
  }
}

export function useChangeUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryOptions().queryKey }),
  });
}
