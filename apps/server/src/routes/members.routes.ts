import {
  InviteMemberBodySchema,
  InviteMemberResponseSchema,
  ListMembersBodySchema,
  ListMembersResponseSchema,
  RemoveMemberBodySchema,
  RemoveMemberResponseSchema,
  UpdateMemberRoleBodySchema,
  UpdateMemberRoleResponseSchema,
} from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { orgOf } from './org-input';
import { type RouteDeps, authedPost } from './route';

export function registerMemberRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { members } = deps.services;
  const tags = ['organizations'];
  authedPost(
    app,
    deps,
    {
      url: '/api/v2/organizations/listMembers', permission: 'MEMBERS_VIEW',
      body: ListMembersBodySchema,
      response: ListMembersResponseSchema,
      summary: 'List members and pending invitations with their status',
      tags,
    },
    async (actor, body) => {
      const list = await members.list(actor, orgOf(body));
      return { members: list, totalCount: list.length };
    },
  );
  authedPost(
    app,
    deps,
    {
      url: '/api/v2/organizations/inviteMember', permission: 'MEMBERS_MANAGE',
      body: InviteMemberBodySchema,
      response: InviteMemberResponseSchema,
      summary: 'Invite by email (role MEMBER by default; ADMIN needs the ADMIN role); re-inviting replaces the old link',
      tags,
    },
    (actor, body, req) =>
      members.invite(actor, { ...orgOf(body), email: body.email, ...(body.role ? { role: body.role } : {}), ip: req.ip }),
  );
  authedPost(
    app,
    deps,
    {
      url: '/api/v2/organizations/updateMemberRole', permission: 'MEMBERS_MANAGE',
      body: UpdateMemberRoleBodySchema,
      response: UpdateMemberRoleResponseSchema,
      summary: 'Change a member role (the last admin cannot be demoted)',
      tags,
    },
    async (actor, body, req) => ({
      member: await members.updateRole(actor, { ...orgOf(body), userId: body.userId, role: body.role, ip: req.ip }),
    }),
  );
  authedPost(
    app,
    deps,
    {
      url: '/api/v2/organizations/removeMember', permission: 'MEMBERS_MANAGE',
      body: RemoveMemberBodySchema,
      response: RemoveMemberResponseSchema,
      summary: 'Remove a member or revoke a pending invitation (admins must be demoted first)',
      tags,
    },
    (actor, body, req) =>
      members.remove(actor, {
        ...orgOf(body),
        ...(body.userId !== undefined ? { userId: body.userId } : {}),
        ...(body.email !== undefined ? { email: body.email } : {}),
        ip: req.ip,
      }),
  );
}
