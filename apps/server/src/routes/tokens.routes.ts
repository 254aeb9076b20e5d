import {
  CreateTokenBodySchema,
  CreateTokenResponseSchema,
  DeleteTokenBodySchema,
  DeleteTokenResponseSchema,
  ListTokensBodySchema,
  ListTokensResponseSchema,
} from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { orgOf } from './org-input';
import { type RouteDeps, authedPost } from './route';

export function registerTokenRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { tokens } = deps.services;
  authedPost(
    app,
    deps,
    {
      url: '/api/v2/apiTokens/create', permission: null,
      body: CreateTokenBodySchema,
      response: CreateTokenResponseSchema,
      summary: 'Create an API token; the secret is returned once and never again',
      tags: ['apiTokens'],
    },
    (actor, body, req) =>
      tokens.create(actor, {
        ...orgOf(body),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.expirationDays !== undefined ? { expirationDays: body.expirationDays } : {}),
        ip: req.ip,
      }),
  );
  authedPost(
    app,
    deps,
    {
      url: '/api/v2/apiTokens/list', permission: null,
      body: ListTokensBodySchema,
      response: ListTokensResponseSchema,
      summary: "List API tokens: your own, or every member's with TOKENS_MANAGE",
      tags: ['apiTokens'],
    },
    async (actor, body) => {
      const list = await tokens.list(actor, orgOf(body));
      return { tokens: list, totalCount: list.length };
    },
  );
  authedPost(
    app,
    deps,
    {
      url: '/api/v2/apiTokens/delete', permission: null,
      body: DeleteTokenBodySchema,
      response: DeleteTokenResponseSchema,
      summary: 'Delete an API token; it stops working on the next request',
      tags: ['apiTokens'],
    },
    async (actor, body, req) => {
      await tokens.delete(actor, { ...orgOf(body), tokenId: body.tokenId, ip: req.ip });
      return { deleted: true as const, tokenId: body.tokenId };
    },
  );
}
