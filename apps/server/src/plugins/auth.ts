import { type Actor, AppError } from '@nullpath/core';
import { INVALID_CREDENTIALS, type Services } from '@nullpath/services';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FailureLimiter } from './failure-limiter';

export const SESSION_COOKIE = 'np_session';
export const TOKEN_ID_HEADER = 'x-zeropath-api-token-id';
export const TOKEN_SECRET_HEADER = 'x-zeropath-api-token-secret';
export const CSRF_HEADER = 'x-csrf-token';

const header = (req: FastifyRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

export function rateLimitedError(seconds: number): AppError {
  return new AppError('RATE_LIMITED', `Too many failed authentication attempts; retry in ${seconds} s`, {
    details: { retryAfterSeconds: seconds },
  });
}

/**
 * Resolves the caller: the two ZeroPath token headers, else the dashboard session cookie
 * (whose state-changing requests must carry the CSRF header). Everything else is one generic 401.
 */
export async function authenticate(
  req: FastifyRequest,
  reply: FastifyReply,
  services: Pick<Services, 'auth'>,
  limiter: FailureLimiter,
): Promise<Actor> {
  const blocked = limiter.blockedFor(req.ip);
  if (blocked > 0) {
    reply.header('retry-after', String(blocked));
    throw rateLimitedError(blocked);
  }
  const fail = (): never => {
    limiter.recordFailure(req.ip);
    throw new AppError('UNAUTHORIZED', INVALID_CREDENTIALS);
  };
  const tokenId = header(req, TOKEN_ID_HEADER);
  const tokenSecret = header(req, TOKEN_SECRET_HEADER);
  if (tokenId !== undefined || tokenSecret !== undefined) {
    if (!tokenId || !tokenSecret) return fail();
    try {
      return await services.auth.authenticateToken(tokenId.trim(), tokenSecret.trim(), req.ip);
    } catch (err) {
      if (err instanceof AppError && err.code === 'UNAUTHORIZED') return fail();
      throw err;
    }
  }
  const session = req.cookies[SESSION_COOKIE];
  if (session) {
    const user = await services.auth.userForSession(session);
    if (!user) return fail();
    if (req.method !== 'GET' && req.method !== 'HEAD' && !services.auth.csrfMatches(session, header(req, CSRF_HEADER))) {
      throw new AppError('FORBIDDEN', 'Missing or invalid CSRF token (send the X-CSRF-Token header from /auth/session)');
    }
    return { kind: 'user', userId: user.userId, email: user.email };
  }
  return fail();
}
