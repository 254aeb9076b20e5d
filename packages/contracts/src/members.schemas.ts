import { z } from 'zod';
import { IsoDateSchema, OrganizationIdSchema, RoleSchema } from './common.schemas';

export const MemberStatusSchema = z.enum(['active', 'pendingInvite', 'scimDeprovisioned']);

export const MemberSchema = z.object({
  userId: z.string().nullable(),
  email: z.string(),
  name: z.string().nullable(),
  role: RoleSchema,
  status: MemberStatusSchema,
  joinedAt: IsoDateSchema.nullable(),
  invitationId: z.string().nullable(),
  invitedAt: IsoDateSchema.nullable(),
  expiresAt: IsoDateSchema.nullable(),
  expired: z.boolean(),
});

export const ListMembersBodySchema = z.object({ organizationId: OrganizationIdSchema.optional() });
export const ListMembersResponseSchema = z.object({ members: z.array(MemberSchema), totalCount: z.number().int() });

export const InviteMemberBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  email: z.string().min(3).max(320),
  role: RoleSchema.optional(),
});
export const InviteMemberResponseSchema = z.object({
  invitationId: z.string(),
  email: z.string(),
  role: RoleSchema,
  status: z.literal('pendingInvite'),
  expiresAt: IsoDateSchema,
  inviteUrl: z.string().optional().describe('Only when no SMTP server is configured'),
});

export const UpdateMemberRoleBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  userId: z.string().min(1),
  role: RoleSchema,
});
export const UpdateMemberRoleResponseSchema = z.object({ member: MemberSchema });

export const RemoveMemberBodySchema = z
  .object({
    organizationId: OrganizationIdSchema.optional(),
    userId: z.string().min(1).optional(),
    email: z.string().min(3).max(320).optional(),
  })
  .refine((b) => b.userId !== undefined || b.email !== undefined, {
    message: 'either userId or email is required',
    path: ['userId'],
  });
export const RemoveMemberResponseSchema = z.object({ removed: z.enum(['member', 'invitation']) });

export const InvitationTokenBodySchema = z.object({ token: z.string().min(10).max(200) });
export const DescribeInvitationResponseSchema = z.object({
  email: z.string(),
  organizationName: z.string(),
  role: RoleSchema,
  userExists: z.boolean(),
  expiresAt: IsoDateSchema,
});
export const AcceptInvitationBodySchema = z.object({
  token: z.string().min(10).max(200),
  password: z.string().max(200).optional(),
  name: z.string().max(200).optional(),
});
export const AcceptInvitationResponseSchema = z.object({
  organizationId: z.string(),
  organizationName: z.string(),
  userId: z.string(),
  email: z.string(),
  role: RoleSchema,
  createdUser: z.boolean(),
  csrfToken: z.string(),
});
