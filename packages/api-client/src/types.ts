import type {
  AcceptInvitationBodySchema,
  AcceptInvitationResponseSchema,
  CreateTokenBodySchema,
  CreateTokenResponseSchema,
  DeleteTokenBodySchema,
  DeleteTokenResponseSchema,
  DescribeInvitationResponseSchema,
  InviteMemberBodySchema,
  InviteMemberResponseSchema,
  ListMembersBodySchema,
  ListMembersResponseSchema,
  ListTokensBodySchema,
  ListTokensResponseSchema,
  LoginBodySchema,
  MemberSchema,
  OkSchema,
  OrgSchema,
  OrgsListResponseSchema,
  RemoveMemberBodySchema,
  RemoveMemberResponseSchema,
  RoleSchema,
  SessionResponseSchema,
  TokenSchema,
  UpdateMemberRoleBodySchema,
  UpdateMemberRoleResponseSchema,
} from '@nullpath/contracts';
import type { z } from 'zod';

// Request bodies use the schemas' input side (what a caller may send); responses the output side.
export type LoginBody = z.input<typeof LoginBodySchema>;
export type Session = z.infer<typeof SessionResponseSchema>;
export type Ok = z.infer<typeof OkSchema>;

export type Role = z.infer<typeof RoleSchema>;
export type Org = z.infer<typeof OrgSchema>;
export type OrgsList = z.infer<typeof OrgsListResponseSchema>;

export type CreateTokenBody = z.input<typeof CreateTokenBodySchema>;
export type CreatedToken = z.infer<typeof CreateTokenResponseSchema>;
export type ListTokensBody = z.input<typeof ListTokensBodySchema>;
export type ApiToken = z.infer<typeof TokenSchema>;
export type TokenList = z.infer<typeof ListTokensResponseSchema>;
export type DeleteTokenBody = z.input<typeof DeleteTokenBodySchema>;
export type DeletedToken = z.infer<typeof DeleteTokenResponseSchema>;

export type ListMembersBody = z.input<typeof ListMembersBodySchema>;
export type Member = z.infer<typeof MemberSchema>;
export type MemberList = z.infer<typeof ListMembersResponseSchema>;
export type InviteMemberBody = z.input<typeof InviteMemberBodySchema>;
export type Invitation = z.infer<typeof InviteMemberResponseSchema>;
export type UpdateMemberRoleBody = z.input<typeof UpdateMemberRoleBodySchema>;
export type UpdatedMember = z.infer<typeof UpdateMemberRoleResponseSchema>;
export type RemoveMemberBody = z.input<typeof RemoveMemberBodySchema>;
export type RemovedMember = z.infer<typeof RemoveMemberResponseSchema>;

export type InvitationDescription = z.infer<typeof DescribeInvitationResponseSchema>;
export type AcceptInvitationBody = z.input<typeof AcceptInvitationBodySchema>;
export type AcceptedInvitation = z.infer<typeof AcceptInvitationResponseSchema>;
