import { ALL_PERMISSIONS } from '@nullpath/core';
import { z } from 'zod';
import { IsoDateSchema, OrganizationIdSchema } from './common.schemas';

const org = { organizationId: OrganizationIdSchema.optional() };
const Id = z.string().min(1).max(200);
/** Permission names are validated by the service so the 400 can list the valid ones. */
const PermissionName = z.string().min(1).max(64).describe(`A permission name: ${ALL_PERMISSIONS.join(', ')}`);
const Name = z.string().max(200).describe('Trimmed; at most 100 characters');
const Description = z.string().max(2000).nullable();
const Paging = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(100).default(25), searchQuery: z.string().max(200).optional() };

export const RepoAccessSchema = z.object({
  mode: z.enum(['universal', 'selected']).describe("'universal': every repository of the organization; 'selected': the listed repositories and every repository carrying one of the tags"),
  permissions: z.array(PermissionName).max(50).default([]).describe('Repository-level permissions granted on the covered repositories'),
  repositoryIds: z.array(Id).max(1000).default([]),
  tagIds: z.array(Id).max(1000).default([]),
});

export const GrantsSchema = z.object({
  organizationPermissions: z.array(PermissionName).max(50).describe('Effective organization-level permissions (AGENT_RUN includes AGENT_VIEW)'),
  repoAccess: z.object({ mode: z.enum(['universal', 'selected']), permissions: z.array(z.string()), repositoryIds: z.array(z.string()), tagIds: z.array(z.string()) }),
});

export const TeamSchema = z.object({
  id: z.string(), organizationId: z.string(), name: z.string(), description: z.string().nullable(), memberCount: z.number().int(),
  createdAt: IsoDateSchema, updatedAt: IsoDateSchema,
});
export const TeamDetailSchema = TeamSchema.extend({
  members: z.array(z.object({ userId: z.string(), email: z.string(), name: z.string().nullable(), addedAt: IsoDateSchema })),
  permissions: GrantsSchema,
});

export const CreateTeamBodySchema = z.object({ ...org, name: Name, description: Description.optional() });
export const TeamIdBodySchema = z.object({ ...org, teamId: Id });
export const ListTeamsBodySchema = z.object({ ...org, ...Paging });
export const UpdateTeamBodySchema = z.object({ ...org, teamId: Id, name: Name.optional(), description: Description.optional() });
export const TeamMembersBodySchema = z.object({ ...org, teamId: Id, userIds: z.array(Id).min(1).max(1000) });
export const UpdateTeamPermissionsBodySchema = z.object({
  ...org,
  teamId: Id,
  organizationPermissions: z.array(PermissionName).max(50).default([]),
  repoAccess: RepoAccessSchema,
});
export const TeamResponseSchema = z.object({ team: TeamDetailSchema });
export const ListTeamsResponseSchema = z.object({ teams: z.array(TeamSchema), totalCount: z.number().int() });
export const DeleteTeamResponseSchema = z.object({ deleted: z.literal(true), teamId: z.string() });

export const PermissionTemplateSchema = GrantsSchema.extend({
  id: z.string(), organizationId: z.string(), name: z.string(), description: z.string().nullable(),
  isDefault: z.boolean().describe('Applied to every team created afterwards'), createdAt: IsoDateSchema, updatedAt: IsoDateSchema,
});
export const CreatePermissionTemplateBodySchema = z.object({
  ...org, name: Name, description: Description.optional(), isDefault: z.boolean().optional(),
  organizationPermissions: z.array(PermissionName).max(50).default([]), repoAccess: RepoAccessSchema,
});
export const PermissionTemplateIdBodySchema = z.object({ ...org, templateId: Id });
export const ListPermissionTemplatesBodySchema = z.object({ ...org });
export const UpdatePermissionTemplateBodySchema = z.object({
  ...org, templateId: Id, name: Name.optional(), description: Description.optional(), isDefault: z.boolean().optional(),
  organizationPermissions: z.array(PermissionName).max(50).optional(), repoAccess: RepoAccessSchema.optional(),
});
export const ApplyPermissionTemplateBodySchema = z.object({
  ...org, templateId: Id, teamIds: z.array(Id).min(1).max(1000).optional(), allTeams: z.boolean().optional().describe('Exactly one of teamIds or allTeams: true'),
});
export const PermissionTemplateResponseSchema = z.object({ template: PermissionTemplateSchema });
export const ListPermissionTemplatesResponseSchema = z.object({ templates: z.array(PermissionTemplateSchema), totalCount: z.number().int() });
export const DeletePermissionTemplateResponseSchema = z.object({ deleted: z.literal(true), templateId: z.string() });
export const ApplyPermissionTemplateResponseSchema = z.object({ applied: z.literal(true), teamIds: z.array(z.string()) });

export const TagSchema = z.object({
  id: z.string(), organizationId: z.string(), name: z.string(), color: z.string().nullable(),
  repositoryIds: z.array(z.string()), usedByTeamGrants: z.boolean(), createdAt: IsoDateSchema, updatedAt: IsoDateSchema,
});
const Color = z.string().max(20).nullable().describe('#RRGGBB');
export const CreateTagBodySchema = z.object({ ...org, name: Name, color: Color.optional(), repositoryIds: z.array(Id).max(1000).optional() });
export const TagIdBodySchema = z.object({ ...org, tagId: Id });
export const ListTagsBodySchema = z.object({ ...org, ...Paging });
export const UpdateTagBodySchema = z.object({ ...org, tagId: Id, name: Name.optional(), color: Color.optional(), repositoryIds: z.array(Id).max(1000).optional() });
export const TagResponseSchema = z.object({ tag: TagSchema });
export const ListTagsResponseSchema = z.object({ tags: z.array(TagSchema), totalCount: z.number().int() });
export const DeleteTagResponseSchema = z.object({ deleted: z.literal(true), tagId: z.string() });

export const PermissionsListBodySchema = z.object({ ...org });
export const PermissionsListResponseSchema = z.object({
  permissions: z.array(z.object({ name: z.string(), scope: z.string(), level: z.enum(['organization', 'repository']), description: z.string(), implies: z.array(z.string()).optional() })),
  roles: z.array(z.object({ name: z.string(), permissions: z.array(z.string()) })),
});

export const AuditLogListBodySchema = z.object({
  ...org,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
  actorId: Id.optional().describe('A user id or an API token id'),
  action: z.string().max(100).optional(),
  since: z.string().max(40).optional().describe('ISO-8601 date-time'),
});
export const AuditLogListResponseSchema = z.object({
  entries: z.array(z.object({
    id: z.string(), action: z.string(),
    actor: z.object({ type: z.string(), id: z.string().nullable(), userId: z.string().nullable(), email: z.string().nullable() }),
    targetType: z.string().nullable(), targetId: z.string().nullable(), ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable().describe('before → after for changes'), createdAt: IsoDateSchema,
  })),
  totalCount: z.number().int(),
});
