import { OrgsListBodySchema, OrgsListResponseSchema } from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { type RouteDeps, authedPost } from './route';

export function registerOrgRoutes(app: FastifyInstance, deps: RouteDeps): void {
  authedPost(
    app,
    deps,
    {
      url: '/api/v1/orgs/list',
      body: OrgsListBodySchema,
      response: OrgsListResponseSchema,
      summary: "List the caller's organizations (bare array; an API token sees its own organization)",
      tags: ['organizations'],
    },
    (actor, body) => deps.services.orgs.list(actor, body.searchQuery !== undefined ? { searchQuery: body.searchQuery } : {}),
  );
}
