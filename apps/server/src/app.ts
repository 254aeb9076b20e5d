import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { AppError } from '@nullpath/core';
import type { Services } from '@nullpath/services';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { permissionsDoc } from './docs/permissions.doc';
import { registerErrorHandling } from './plugins/errors';
import { type FailureLimiter, createFailureLimiter } from './plugins/failure-limiter';
import { registerSecurityHeaders } from './plugins/security-headers';
import { registerHealthRoutes, VERSION } from './routes/health.routes';
import { registerMemberRoutes } from './routes/members.routes';
import { registerOrgRoutes } from './routes/orgs.routes';
import type { RouteDeps } from './routes/route';
import { registerSessionRoutes } from './routes/session.routes';
import { registerTokenRoutes } from './routes/tokens.routes';
import { registerIssueRoutes } from './routes/issues.routes';
import { registerMcpManifestRoute } from './routes/mcp-manifest.routes';
import { registerRepositoryRoutes } from './routes/repositories.routes';
import { registerScaRoutes } from './routes/sca.routes';
import { registerScanStreamRoute } from './routes/scan-stream.routes';
import { registerScanRoutes } from './routes/scans.routes';
import { registerTagRoutes } from './routes/tags.routes';
import { registerTeamRoutes } from './routes/teams.routes';
import { registerTriageRoutes } from './routes/triage.routes';
import { registerIntegrationRoutes } from './routes/integrations.routes';

export interface AppOptions {
  services: Services;
  logger: Logger;
  dialect: 'sqlite' | 'postgres';
  /** Built dashboard (apps/web/dist); served at / when present. */
  webDist?: string;
  limiter?: FailureLimiter;
  secureCookies?: boolean;
}

const REQUEST_ID_RE = /^[A-Za-z0-9._-]{1,64}$/;
/** Request ids: a random per-process prefix and a counter, unique without a random draw per request. */
const REQUEST_ID_PREFIX = `req_${randomBytes(6).toString('base64url')}`;
let requestCounter = 0;

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: opts.logger as FastifyBaseLogger,
    bodyLimit: 10 * 1024 * 1024,
    // One structured line per request (below) instead of fastify's two; never headers or bodies.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    // A caller-supplied id is kept only when it is short and plain, so it cannot forge log lines.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID_RE.test(given) ? given : `${REQUEST_ID_PREFIX}${(++requestCounter).toString(36)}`;
    },
    // Backstage's client calls {proxy}/zeropath/api/...: serve the API under that prefix too (api-compat.md §4.2 #4).
    rewriteUrl: (req) => (req.url?.startsWith('/zeropath/') ? req.url.slice('/zeropath'.length) : (req.url ?? '/')),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerSecurityHeaders(app, { https: opts.secureCookies ?? false });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', String(req.id));
  });
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      { method: req.method, path: req.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10, ip: req.ip },
      'request',
    );
  });
  // ZeroPath clients POST `{}` or nothing at all; an empty JSON body means "no filters".
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new AppError('VALIDATION_FAILED', 'body: is not valid JSON', { details: { field: 'body' } }), undefined);
    }
  });
  app.addHook('preValidation', async (req) => {
    if (req.method === 'POST' && req.body === undefined) req.body = {};
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Nullpath API', version: VERSION, description: `ZeroPath-compatible V1/V2 API plus Nullpath extensions.\n\n${permissionsDoc()}` },
      components: {
        securitySchemes: {
          tokenId: { type: 'apiKey', in: 'header', name: 'X-ZeroPath-API-Token-Id' },
          tokenSecret: { type: 'apiKey', in: 'header', name: 'X-ZeroPath-API-Token-Secret' },
          session: { type: 'apiKey', in: 'cookie', name: 'np_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const deps: RouteDeps = {
    services: opts.services,
    limiter: opts.limiter ?? createFailureLimiter({ maxFailures: 20, windowMs: 60_000 }),
  };
  registerHealthRoutes(app, opts.dialect);
  registerSessionRoutes(app, deps, { secureCookies: opts.secureCookies ?? false });
  registerOrgRoutes(app, deps);
  registerMemberRoutes(app, deps);
  registerTokenRoutes(app, deps);
  registerRepositoryRoutes(app, deps);
  registerScanRoutes(app, deps);
  registerScanStreamRoute(app, deps);
  registerIssueRoutes(app, deps);
  registerScaRoutes(app, deps);
  registerTriageRoutes(app, deps);
  registerIntegrationRoutes(app, deps);
  registerTeamRoutes(app, deps);
  registerTagRoutes(app, deps);
  registerMcpManifestRoute(app);

  await registerDashboard(app, opts.webDist);
  return app;
}

/** The SPA: static files at /, and index.html for any other GET that is not an API path. */
async function registerDashboard(app: FastifyInstance, webDist: string | undefined): Promise<void> {
  const hasDashboard = webDist !== undefined && existsSync(join(webDist, 'index.html'));
  if (hasDashboard) await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    const isApi = /^\/(api|auth|docs|openapi\.json|healthz|mcp-manifest\.json)(\/|$|\?)/.test(req.url);
    if (hasDashboard && req.method === 'GET' && !isApi) return reply.type('text/html').sendFile('index.html');
    throw new AppError('NOT_FOUND', `No route for ${req.method} ${req.url.split('?')[0]}`);
  });
}
