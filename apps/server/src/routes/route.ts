import type { Actor } from '@nullpath/core';
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
  app.route({
    method: 'POST',
    url: def.url,
    schema: {
      summary: def.summary,
      ...(def.description ? { description: def.description } : {}),
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
