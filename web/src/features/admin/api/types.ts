import type { components } from '../../../lib/api/schema';

type S = components['schemas'];

export type AdminUser = S['AdminUserItem'];
export type AdminUserList = S['AdminUserList'];
export type Invitation = S['InvitationItem'];
export type InvitationList = S['InvitationList'];
export type CreateInvitationRequest = S['CreateInvitationRequest'];
export type CreatedInvitation = S['CreatedInvitation'];
