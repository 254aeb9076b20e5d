import { AppError } from '@nullpath/core';
import {
  AcceptInvitationBodySchema,
  AcceptInvitationResponseSchema,
  DescribeInvitationResponseSchema,
  InvitationTokenBodySchema,
  LoginBodySchema,
  OkSchema,
  SessionResponseSchema,
} from '@nullpath/contracts';
import type { SessionInfo } from '@nullpath/services';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { CSRF_HEADER, SESSION_COOKIE, rateLimitedError } from '../plugins/auth';
import { type RouteDeps, publicRoute } from './route';

/**
 * Dashboard sessions: an httpOnly, SameSite=Strict cookie; cookie-authenticated writes also need the
 * CSRF token returned here, echoed in X-CSRF-Token.
 */
export function registerSessionRoutes(app: FastifyInstance, deps: RouteDeps, opts: { secureCookies: boolean }): void {
  const { auth, orgs, invitations } = deps.services;
  const tags = ['session'];

  const setCookie = (reply: FastifyReply, s: SessionInfo) =>
    reply.setCookie(SESSION_COOKIE, s.sessionSecret, {
      httpOnly: true,
      sameSite: 'strict',
      secure: opts.secureCookies,
      path: '/',
      expires: new Date(s.expiresAt),
    });

  publicRoute(
    app,
    { url: '/auth/login', body: LoginBodySchema, response: SessionResponseSchema, summary: 'Dashboard login', tags },
    async (body, req, reply) => {
      const blocked = deps.limiter.blockedFor(req.ip);
      if (blocked > 0) {
        reply.header('retry-after', String(blocked));
        throw rateLimitedError(blocked);
      }
      let session: SessionInfo;
      try {
        session = await auth.login(body.email, body.password);
      } catch (err) {
        if (err instanceof AppError && err.code === 'UNAUTHORIZED') deps.limiter.recordFailure(req.ip);
        throw err;
      }
      setCookie(reply, session);
      const organizations = await orgs.list({ kind: 'user', userId: session.user.id as never, email: session.user.email });
      return { user: session.user, csrfToken: session.csrfToken, organizations };
    },
  );

  publicRoute(
    app,
    { url: '/auth/session', method: 'GET', body: z.object({}), response: SessionResponseSchema, summary: 'The current dashboard session', tags },
    async (_body, req) => {
      const secret = req.cookies[SESSION_COOKIE];
      const user = secret ? await auth.userForSession(secret) : null;
      if (!user) throw new AppError('UNAUTHORIZED', 'Not signed in');
      const organizations = await orgs.list(user);
      return { user: { id: user.userId, email: user.email, name: user.name }, csrfToken: user.csrfToken, organizations };
    },
  );

  publicRoute(
    app,
    { url: '/auth/logout', body: z.object({}).default({}), response: OkSchema, summary: 'End the dashboard session', tags },
    async (_body, req, reply) => {
      const secret = req.cookies[SESSION_COOKIE];
      // A live session ends only with its CSRF token, or any page could sign the user out (login CSRF's twin).
      if (secret && (await auth.userForSession(secret)) && !auth.csrfMatches(secret, req.headers[CSRF_HEADER] as string | undefined)) {
        throw new AppError('FORBIDDEN', 'Missing or invalid CSRF token (send the X-CSRF-Token header from /auth/session)');
      }
      if (secret) await auth.logout(secret);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  publicRoute(
    app,
    {
      url: '/api/v2/invitations/describe',
      body: InvitationTokenBodySchema,
      response: DescribeInvitationResponseSchema,
      summary: 'Who an invitation link is for (the link token is the credential)',
      tags,
    },
    (body) => invitations.describe(body.token) as Promise<z.input<typeof DescribeInvitationResponseSchema>>,
  );

  publicRoute(
    app,
    {
      url: '/api/v2/invitations/accept',
      body: AcceptInvitationBodySchema,
      response: AcceptInvitationResponseSchema,
      summary: 'Accept an invitation: creates the account (password required) or adds the membership; signs in',
      tags,
    },
    async (body, req, reply) => {
      const cookie = req.cookies[SESSION_COOKIE];
      const signedIn = cookie ? await auth.userForSession(cookie) : null;
      if (signedIn && !auth.csrfMatches(cookie!, req.headers[CSRF_HEADER] as string | undefined)) {
        throw new AppError('FORBIDDEN', 'Missing or invalid CSRF token (send the X-CSRF-Token header from /auth/session)');
      }
      const r = await invitations.accept({
        token: body.token,
        ...(body.password !== undefined ? { password: body.password } : {}),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ip: req.ip,
        signedInAs: signedIn ? { kind: 'user', userId: signedIn.userId, email: signedIn.email } : null,
      });
      if (r.session) setCookie(reply, r.session);
      const { session, ...rest } = r;
      return { ...rest, csrfToken: session?.csrfToken ?? signedIn?.csrfToken ?? '' };
    },
  );
}
