import type { Actor, Permission } from '@nullpath/core';
import { AUTHED_ERRORS, ErrorBodySchema } from '@nullpath/contracts';
import type { Services } from '@nullpath/services';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { authenticate } from '../plugins/auth';
import type { FailureLimiter } from '../plugins/failure-limiter';

export interface RouteDeps {
  services: Services;
  limiter: FailureLimiter;
}

interface RouteDef<B extends z.ZodType, R extends z.ZodType> {
  url: string;
  body: B;
  response: R;
  summary: string;
  tags: string[];
  description?: string;
  /**
   * What the service demands (documentation and the permission-matrix test): a permission, 'ADMIN'
   * for the role, or null for any member. The service enforces it; this states it once per route.
   */
  permission?: Permission | 'ADMIN' | null;
  /** Exposed to ZeroPath's MCP client under this tool name (api-compat.md §2.18). */
  mcp?: string;
}

export interface RegisteredRoute {
  url: string;
  body: z.ZodType;
  summary: string;
  permission: Permission | 'ADMIN' | null | undefined;
  mcp: string | undefined;
}

const registries = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Every authenticated route declared on an app, in registration order (permission matrix, MCP manifest). */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return registries.get(app) ?? [];
}

export const TOKEN_SECURITY = [{ tokenId: [], tokenSecret: [] }, { session: [] }];

/**
 * An authenticated JSON POST route (the ZeroPath style, api-compat.md §1.5): validates the body,
 * authenticates, calls the handler, and answers exactly 200 with the response schema.
 */
export function authedPost<B extends z.ZodType, R extends z.ZodType>(
  app: FastifyInstance,
  deps: RouteDeps,
  def: RouteDef<B, R>,
  handler: (actor: Actor, body: z.output<B>, req: FastifyRequest, reply: FastifyReply) => Promise<z.input<R>>,
): void {
  const list = registries.get(app) ?? registries.set(app, []).get(app)!;
  list.push({ url: def.url, body: def.body, summary: def.summary, permission: def.permission, mcp: def.mcp });
  const requires = def.permission === undefined ? '' : def.permission === null ? 'Any member of the organization.' : def.permission === 'ADMIN' ? 'Requires the ADMIN role.' : `Requires ${def.permission}.`;
  const description = [def.description, requires].filter(Boolean).join(' ');
  app.route({
    method: 'POST',
    url: def.url,
    schema: {
      summary: def.summary,
      ...(description ? { description } : {}),
      tags: def.tags,
      security: TOKEN_SECURITY,
      body: def.body,
      response: { 200: def.response, ...AUTHED_ERRORS },
    },
    // Authentication runs before body validation so an anonymous caller learns nothing from 400s.
    preValidation: async (req, reply) => {
      req.actor = await authenticate(req, reply, deps.services, deps.limiter);
    },
    handler: async (req, reply) => (await handler(req.actor!, req.body as z.output<B>, req, reply)),
  });
}

/** A route that needs no authentication (health, login, invitation acceptance). */
export function publicRoute<B extends z.ZodType, R extends z.ZodType>(
  app: FastifyInstance,
  def: RouteDef<B, R> & { method?: 'GET' | 'POST' },
  handler: (body: z.output<B>, req: FastifyRequest, reply: FastifyReply) => Promise<z.input<R>>,
): void {
  const method = def.method ?? 'POST';
  app.route({
    method,
    url: def.url,
    schema: {
      summary: def.summary,
      ...(def.description ? { description: def.description } : {}),
      tags: def.tags,
      ...(method === 'POST' ? { body: def.body } : {}),
      response: { 200: def.response, 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema, 429: ErrorBodySchema },
    },
    handler: async (req, reply) => (await handler(req.body as z.output<B>, req, reply)),
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}
