import {
  AuditLogListBodySchema,
  AuditLogListResponseSchema,
  CreateTagBodySchema,
  DeleteTagResponseSchema,
  ListTagsBodySchema,
  ListTagsResponseSchema,
  PermissionsListBodySchema,
  PermissionsListResponseSchema,
  TagIdBodySchema,
  TagResponseSchema,
  UpdateTagBodySchema,
} from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { opt, orgOf } from './org-input';
import { type RouteDeps, authedPost } from './route';

/** Tags, the permission catalogue and the audit log: the organization-wide pieces teams build on. */
export function registerTagRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { tags: tagsService, orgs, audit } = deps.services;
  const tags = ['tags'];
  const tid = (body: { tagId: string; organizationId?: string | undefined }) => ({ ...orgOf(body), tagId: body.tagId });

  authedPost(app, deps, {
    url: '/api/v2/tags/create', body: CreateTagBodySchema, response: TagResponseSchema, tags, permission: 'REPOS_MANAGE', mcp: 'tags.create',
    summary: 'Create a tag (names unique per organization, case-insensitive), optionally on repositories',
  }, async (actor, body, req) => ({
    tag: await tagsService.create(actor, { ...orgOf(body), name: body.name, ...opt('color', body.color), ...opt('repositoryIds', body.repositoryIds), ip: req.ip }),
  }));

  authedPost(app, deps, {
    url: '/api/v2/tags/list', body: ListTagsBodySchema, response: ListTagsResponseSchema, tags, permission: 'REPOS_VIEW', mcp: 'tags.list', summary: 'List tags with the repositories carrying them',
  }, (actor, body) => tagsService.list(actor, { ...orgOf(body), offset: body.offset, limit: body.limit, ...opt('searchQuery', body.searchQuery) }));

  authedPost(app, deps, {
    url: '/api/v2/tags/get', body: TagIdBodySchema, response: TagResponseSchema, tags, permission: 'REPOS_VIEW', mcp: 'tags.get', summary: 'One tag with the repositories carrying it',
  }, async (actor, body) => ({ tag: await tagsService.get(actor, tid(body)) }));

  authedPost(app, deps, {
    url: '/api/v2/tags/update', body: UpdateTagBodySchema, response: TagResponseSchema, tags, permission: 'REPOS_MANAGE', mcp: 'tags.update',
    summary: 'Rename, recolour or re-assign a tag (TEAM_MANAGE too when team grants use it)',
  }, async (actor, body, req) => ({
    tag: await tagsService.update(actor, { ...tid(body), ...opt('name', body.name), ...opt('color', body.color), ...opt('repositoryIds', body.repositoryIds), ip: req.ip }),
  }));

  authedPost(app, deps, {
    url: '/api/v2/tags/delete', body: TagIdBodySchema, response: DeleteTagResponseSchema, tags, permission: 'REPOS_MANAGE', mcp: 'tags.delete',
    summary: 'Delete a tag (TEAM_MANAGE too when team grants use it; those grants lose it)',
  }, async (actor, body, req) => ({ deleted: true as const, ...(await tagsService.delete(actor, { ...tid(body), ip: req.ip })) }));

  authedPost(app, deps, {
    url: '/api/v2/permissions/list', body: PermissionsListBodySchema, response: PermissionsListResponseSchema, tags: ['teams'], permission: null, mcp: 'permissions.list',
    summary: 'The permission catalogue (name, scope, level, description) and the built-in roles',
  }, (actor, body) => orgs.permissions(actor, orgOf(body)));

  authedPost(app, deps, {
    url: '/api/v2/auditLog/list', body: AuditLogListBodySchema, response: AuditLogListResponseSchema, tags: ['organizations'], permission: 'ADMIN', mcp: 'auditLog.list',
    summary: 'Audit log: permission, team, tag, member, token and SCIM changes with actor, time, target and before → after',
  }, (actor, body) =>
    audit.list(actor, { ...orgOf(body), offset: body.offset, limit: body.limit, ...opt('actorId', body.actorId), ...opt('action', body.action), ...opt('since', body.since) }));
}
