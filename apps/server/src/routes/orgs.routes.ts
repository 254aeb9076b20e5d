import {
  CreateOrgBodySchema,
  DeleteOrgBodySchema,
  DeleteOrgResponseSchema,
  OrgResponseSchema,
  OrgSettingsBodySchema,
  OrgSettingsResponseSchema,
  OrgsListBodySchema,
  OrgsListResponseSchema,
  UpdateOrgBodySchema,
  UpdateOrgSettingsBodySchema,
} from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { opt, orgOf } from './org-input';
import { type RouteDeps, authedPost } from './route';

export function registerOrgRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { orgs } = deps.services;
  const tags = ['organizations'];
  authedPost(app, deps, {
    url: '/api/v1/orgs/list', body: OrgsListBodySchema, response: OrgsListResponseSchema, tags, permission: null,
    summary: "List the caller's organizations (bare array; an API token sees its own organization)",
  }, (actor, body) => orgs.list(actor, body.searchQuery !== undefined ? { searchQuery: body.searchQuery } : {}));

  authedPost(app, deps, {
    url: '/api/v2/organizations/create', body: CreateOrgBodySchema, response: OrgResponseSchema, tags, permission: null, mcp: 'organizations.create',
    summary: 'Create an organization; the caller becomes its ADMIN (NULLPATH_ORG_CREATION=instance-admins restricts this)',
  }, async (actor, body, req) => ({ organization: await orgs.create(actor, { name: body.name, ip: req.ip }) }));

  authedPost(app, deps, {
    url: '/api/v2/organizations/update', body: UpdateOrgBodySchema, response: OrgResponseSchema, tags, permission: 'SETTINGS_MANAGE', mcp: 'organizations.update', summary: 'Rename the organization',
  }, async (actor, body, req) => ({ organization: await orgs.update(actor, { ...orgOf(body), name: body.name, ip: req.ip }) }));

  authedPost(app, deps, {
    url: '/api/v2/organizations/delete', body: DeleteOrgBodySchema, response: DeleteOrgResponseSchema, tags, permission: 'ADMIN', mcp: 'organizations.delete',
    summary: 'Delete the organization with everything it owns, in one transaction; its API tokens stop working at once',
  }, async (actor, body, req) => ({ deleted: true as const, ...(await orgs.delete(actor, { organizationId: body.organizationId, confirmName: body.confirmName, ip: req.ip })) }));

  authedPost(app, deps, {
    url: '/api/v2/organizations/getSettings', body: OrgSettingsBodySchema, response: OrgSettingsResponseSchema, tags, permission: null, mcp: 'organizations.getSettings',
    summary: 'Organization settings (memberRepositoryAccess)',
  }, async (actor, body) => ({ settings: await orgs.getSettings(actor, orgOf(body)) }));

  authedPost(app, deps, {
    url: '/api/v2/organizations/updateSettings', body: UpdateOrgSettingsBodySchema, response: OrgSettingsResponseSchema, tags, permission: 'SETTINGS_MANAGE', mcp: 'organizations.updateSettings',
    summary: 'Change organization settings: memberRepositoryAccess ALL | TEAMS_ONLY',
  }, async (actor, body, req) => ({ settings: await orgs.updateSettings(actor, { ...orgOf(body), ...opt('memberRepositoryAccess', body.memberRepositoryAccess), ip: req.ip }) }));
}
