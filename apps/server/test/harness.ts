import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { orgsRepo, usersRepo, type Db, type Dialect } from '@nullpath/db';
import { type Services, createServices } from '@nullpath/services';
import { type Queue, createQueue } from '@nullpath/queue';
import { createTestDatabase } from '@nullpath/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app';
import { createLogger } from '../src/logger';
import type { OutboundPolicy } from '@nullpath/outbound';
import { createGitProbe } from '../src/git-probe';
import { createFailureLimiter } from '../src/plugins/failure-limiter';

export interface Harness {
  app: FastifyInstance;
  db: Db;
  dialect: Dialect;
  location: string;
  services: Services;
  queue: Queue;
  /** The server's notion of now; tests move it to cross expiry boundaries. */
  clock: { now: Date };
  logs: string[];
  seedOrg(name: string): Promise<SeededOrg>;
  close(): Promise<void>;
}

export interface SeededUser {
  userId: string;
  email: string;
  password: string;
}

export interface SeededOrg {
  orgId: string;
  admin: SeededUser;
  /** Adds a user (created if new) with a role; returns it. */
  addUser(role: 'ADMIN' | 'MEMBER', email?: string): Promise<SeededUser>;
  /** A token for a member of this org, as the dashboard would create it. */
  token(user: SeededUser, opts?: { days?: number; name?: string }): Promise<TokenCreds>;
}

export interface TokenCreds {
  tokenId: string;
  tokenSecret: string;
  expiresAt: string;
  headers: Record<string, string>;
}

export const START = new Date('2026-11-27T12:00:00.000Z');
const PASSWORD = 'correct horse battery';

/** Tests use file:// and loopback fixtures, so local repositories are allowed unless a test passes a policy. */
export async function createHarness(dialect: Dialect, opts: { maxFailures?: number; outbound?: OutboundPolicy } = {}): Promise<Harness> {
  const tdb = await createTestDatabase(dialect);
  const clock = { now: new Date(START) };
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger('debug', sink);
  const queue = await createQueue({ db: tdb.db, dialect, ...(dialect === 'postgres' ? { databaseUrl: tdb.location } : {}) });
  const services = createServices({
    db: tdb.db,
    clock: () => new Date(clock.now),
    secretKey: randomBytes(32),
    logger,
    publicUrl: () => 'http://nullpath.test',
    enqueue: (tx, kind, payload, opts) => queue.enqueue(tx, kind, payload, opts),
    git: createGitProbe(opts.outbound ?? { allowLocal: true, allowHosts: [] }),
  });
  const app = await buildApp({
    services,
    logger,
    dialect,
    limiter: createFailureLimiter({ maxFailures: opts.maxFailures ?? 1000, windowMs: 60_000 }),
  });
  let n = 0;

  async function seedOrg(name: string): Promise<SeededOrg> {
    const adminEmail = `admin${++n}-${randomBytes(3).toString('hex')}@example.com`;
    const b = await services.bootstrap.bootstrap({ email: adminEmail, password: PASSWORD, orgName: name });
    const admin = { userId: b.userId, email: b.email, password: PASSWORD };
    return {
      orgId: b.organizationId,
      admin,
      async addUser(role, email) {
        const e = email ?? `user${++n}-${randomBytes(3).toString('hex')}@example.com`;
        const existing = await usersRepo.findUserByEmail(tdb.db, e);
        const hash = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$6Y5m2sJ1mXq8cJqkmVZ0gDfcmN4o3D5b8E0Z8g0f4vI';
        const user = existing ?? (await usersRepo.insertUser(tdb.db, { email: e, passwordHash: hash }));
        await orgsRepo.upsertMembership(tdb.db, { orgId: b.organizationId, userId: user.id, role });
        return { userId: user.id, email: user.email, password: '' };
      },
      async token(user, o = {}) {
        const t = await services.bootstrap.createToken({
          email: user.email,
          orgName: name,
          ...(o.name !== undefined ? { name: o.name } : {}),
          ...(o.days !== undefined ? { days: o.days } : {}),
        });
        return { tokenId: t.tokenId, tokenSecret: t.tokenSecret, expiresAt: t.expiresAt, headers: tokenHeaders(t.tokenId, t.tokenSecret) };
      },
    };
  }

  return {
    app,
    db: tdb.db,
    dialect,
    location: tdb.location,
    services,
    queue,
    clock,
    logs,
    seedOrg,
    async close() {
      await app.close();
      await queue.close();
      await tdb.destroy();
    },
  };
}

export const tokenHeaders = (id: string, secret: string): Record<string, string> => ({
  'x-zeropath-api-token-id': id,
  'x-zeropath-api-token-secret': secret,
});

export function post(h: Harness, url: string, body: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return h.app.inject({ method: 'POST', url, payload: body as object, headers: { 'content-type': 'application/json', ...headers } });
}

/** Asserts the error envelope and returns it. */
export function errorOf(res: LightMyRequestResponse): { error: string; code: string; requestId: string; details?: Record<string, unknown> } {
  const body = res.json() as { error: string; code: string; requestId: string };
  if (typeof body.error !== 'string' || body.error.length === 0) throw new Error(`not an error envelope: ${res.body}`);
  if (body.requestId !== res.headers['x-request-id']) throw new Error('requestId does not match the x-request-id header');
  return body;
}
