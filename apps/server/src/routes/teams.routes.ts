import {
  ApplyPermissionTemplateBodySchema,
  ApplyPermissionTemplateResponseSchema,
  CreatePermissionTemplateBodySchema,
  CreateTeamBodySchema,
  DeletePermissionTemplateResponseSchema,
  DeleteTeamResponseSchema,
  GrantsSchema,
  ListPermissionTemplatesBodySchema,
  ListPermissionTemplatesResponseSchema,
  ListTeamsBodySchema,
  ListTeamsResponseSchema,
  PermissionTemplateIdBodySchema,
  PermissionTemplateResponseSchema,
  TeamIdBodySchema,
  TeamMembersBodySchema,
  TeamResponseSchema,
  UpdatePermissionTemplateBodySchema,
  UpdateTeamBodySchema,
  UpdateTeamPermissionsBodySchema,
} from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { opt, orgOf } from './org-input';
import { type RouteDeps, authedPost } from './route';

export function registerTeamRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { teams, permissionTemplates } = deps.services;
  const tags = ['teams'];
  const ids = (body: { teamId: string; organizationId?: string | undefined }) => ({ ...orgOf(body), teamId: body.teamId });

  authedPost(app, deps, {
    url: '/api/v2/teams/create', body: CreateTeamBodySchema, response: TeamResponseSchema, tags, permission: 'TEAM_MANAGE', mcp: 'teams.create',
    summary: 'Create a team (a permission template marked isDefault shapes its grants)',
  }, async (actor, body, req) => ({ team: await teams.create(actor, { ...orgOf(body), name: body.name, ...opt('description', body.description), ip: req.ip }) }));

  authedPost(app, deps, {
    url: '/api/v2/teams/list', body: ListTeamsBodySchema, response: ListTeamsResponseSchema, tags, permission: 'MEMBERS_VIEW', mcp: 'teams.list', summary: 'List teams with their member counts',
  }, (actor, body) => teams.list(actor, { ...orgOf(body), offset: body.offset, limit: body.limit, ...opt('searchQuery', body.searchQuery) }));

  authedPost(app, deps, {
    url: '/api/v2/teams/get', body: TeamIdBodySchema, response: TeamResponseSchema, tags, permission: 'MEMBERS_VIEW', mcp: 'teams.get', summary: 'One team with its members and permissions',
  }, async (actor, body) => ({ team: await teams.get(actor, ids(body)) }));

  authedPost(app, deps, {
    url: '/api/v2/teams/update', body: UpdateTeamBodySchema, response: TeamResponseSchema, tags, permission: 'TEAM_MANAGE', mcp: 'teams.update', summary: "Rename a team or change its description",
  }, async (actor, body, req) => ({ team: await teams.update(actor, { ...ids(body), ...opt('name', body.name), ...opt('description', body.description), ip: req.ip }) }));

  authedPost(app, deps, {
    url: '/api/v2/teams/delete', body: TeamIdBodySchema, response: DeleteTeamResponseSchema, tags, permission: 'TEAM_MANAGE', mcp: 'teams.delete', summary: 'Delete a team and its grants',
  }, async (actor, body, req) => ({ deleted: true as const, ...(await teams.delete(actor, { ...ids(body), ip: req.ip })) }));

  authedPost(app, deps, {
    url: '/api/v2/teams/addMembers', body: TeamMembersBodySchema, response: TeamResponseSchema, tags, permission: 'TEAM_MANAGE', mcp: 'teams.addMembers',
    summary: 'Add organization members to a team (a non-admin can add only to teams whose grants they hold)',
  }, async (actor, body, req) => ({ team: await teams.addMembers(actor, { ...ids(body), userIds: body.userIds, ip: req.ip }) }));

  authedPost(app, deps, {
    url: '/api/v2/teams/removeMembers', body: TeamMembersBodySchema, response: TeamResponseSchema, tags, permission: 'TEAM_MANAGE', mcp: 'teams.removeMembers',
    summary: 'Remove members from a team (takes effect on their next request)',
  }, async (actor, body, req) => ({ team: await teams.removeMembers(actor, { ...ids(body), userIds: body.userIds, ip: req.ip }) }));

  authedPost(app, deps, {
    url: '/api/v2/teams/getPermissions', body: TeamIdBodySchema, response: GrantsSchema, tags, permission: 'MEMBERS_VIEW', mcp: 'teams.getPermissions',
    summary: "A team's organization permissions and repository access (mode universal | selected, permissions, repositoryIds, tagIds)",
  }, (actor, body) => teams.getPermissions(actor, ids(body)));

  authedPost(app, deps, {
    url: '/api/v2/teams/updatePermissions', body: UpdateTeamPermissionsBodySchema, response: GrantsSchema, tags, permission: 'TEAM_MANAGE', mcp: 'teams.updatePermissions',
    summary: "Replace a team's grants; unknown permission names are a 400 listing the valid ones",
  }, (actor, body, req) => teams.updatePermissions(actor, { ...ids(body), organizationPermissions: body.organizationPermissions, repoAccess: body.repoAccess, ip: req.ip }));

  const tplTags = ['permission templates'];
  const tid = (body: { templateId: string; organizationId?: string | undefined }) => ({ ...orgOf(body), templateId: body.templateId });

  authedPost(app, deps, {
    url: '/api/v2/permissionTemplates/create', body: CreatePermissionTemplateBodySchema, response: PermissionTemplateResponseSchema, tags: tplTags, permission: 'TEAM_MANAGE', mcp: 'permissionTemplates.create',
    summary: 'Create a permission template (isDefault: applied to teams created afterwards)',
  }, async (actor, body, req) => ({
    template: await permissionTemplates.create(actor, {
      ...orgOf(body), name: body.name, ...opt('description', body.description), ...opt('isDefault', body.isDefault),
      organizationPermissions: body.organizationPermissions, repoAccess: body.repoAccess, ip: req.ip,
    }),
  }));

  authedPost(app, deps, {
    url: '/api/v2/permissionTemplates/list', body: ListPermissionTemplatesBodySchema, response: ListPermissionTemplatesResponseSchema, tags: tplTags, permission: 'MEMBERS_VIEW', mcp: 'permissionTemplates.list', summary: 'List permission templates',
  }, (actor, body) => permissionTemplates.list(actor, orgOf(body)));

  authedPost(app, deps, {
    url: '/api/v2/permissionTemplates/get', body: PermissionTemplateIdBodySchema, response: PermissionTemplateResponseSchema, tags: tplTags, permission: 'MEMBERS_VIEW', mcp: 'permissionTemplates.get', summary: 'One permission template',
  }, async (actor, body) => ({ template: await permissionTemplates.get(actor, tid(body)) }));

  authedPost(app, deps, {
    url: '/api/v2/permissionTemplates/update', body: UpdatePermissionTemplateBodySchema, response: PermissionTemplateResponseSchema, tags: tplTags, permission: 'TEAM_MANAGE', mcp: 'permissionTemplates.update', summary: 'Change a permission template (teams it was applied to keep their grants until applied again)',
  }, async (actor, body, req) => ({
    template: await permissionTemplates.update(actor, {
      ...tid(body), ...opt('name', body.name), ...opt('description', body.description), ...opt('isDefault', body.isDefault),
      ...opt('organizationPermissions', body.organizationPermissions), ...opt('repoAccess', body.repoAccess), ip: req.ip,
    }),
  }));

  authedPost(app, deps, {
    url: '/api/v2/permissionTemplates/delete', body: PermissionTemplateIdBodySchema, response: DeletePermissionTemplateResponseSchema, tags: tplTags, permission: 'TEAM_MANAGE', mcp: 'permissionTemplates.delete', summary: 'Delete a permission template',
  }, async (actor, body, req) => ({ deleted: true as const, ...(await permissionTemplates.delete(actor, { ...tid(body), ip: req.ip })) }));

  authedPost(app, deps, {
    url: '/api/v2/permissionTemplates/apply', body: ApplyPermissionTemplateBodySchema, response: ApplyPermissionTemplateResponseSchema, tags: tplTags, permission: 'TEAM_MANAGE', mcp: 'permissionTemplates.apply',
    summary: "Replace the grants of the listed teams (teamIds) or of every team (allTeams: true) with the template's",
  }, async (actor, body, req) => ({ applied: true as const, ...(await permissionTemplates.apply(actor, { ...tid(body), ...opt('teamIds', body.teamIds), ...opt('allTeams', body.allTeams), ip: req.ip })) }));
}
