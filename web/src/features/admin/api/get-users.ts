import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { AdminUserList } from './types';

export function getUsers(signal?: AbortSignal): Promise<AdminUserList> {
  return api.get<AdminUserList>('/admin/users', { signal });
}

export function usersQueryOptions() {
  return queryOptions({
    queryKey: ['admin', 'users'] as const,
    queryFn: ({ signal }) => getUsers(signal),
  });
}

export function useUsers() {
  return useQuery(usersQueryOptions());
}
