import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import type { CreatedInvitation, CreateInvitationRequest, InvitationList } from './types';

export function getInvitations(signal?: AbortSignal): Promise<InvitationList> {
  return api.get<InvitationList>('/admin/invitations', { signal });
}

export function invitationsQueryOptions() {
  return queryOptions({
    queryKey: ['admin', 'invitations'] as const,
    queryFn: ({ signal }) => getInvitations(signal),
  });
}

export function useInvitations() {
  return useQuery(invitationsQueryOptions());
}

export function createInvitation(request: CreateInvitationRequest): Promise<CreatedInvitation> {
  return api.post<CreatedInvitation>('/admin/invitations', request);
}

export function revokeInvitation(id: string): Promise<void> {
  return api.delete(`/admin/invitations/${encodeURIComponent(id)}`);
}

function useInvalidatingMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQueryOptions().queryKey }),
  });
}

export function useCreateInvitation() {
  return useInvalidatingMutation(createInvitation);
}

export function useRevokeInvitation() {
  return useInvalidatingMutation(revokeInvitation);
}
