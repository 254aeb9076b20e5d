import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { DatabaseConfig } from '@nullpath/db';
import { policyFromEnv, type OutboundPolicy } from '@nullpath/outbound';

export interface ServerOptions {
  dataDir?: string;
  databaseUrl?: string;
  host?: string;
  port?: number;
  publicUrl?: string;
  smtpUrl?: string;
  secretKey?: string;
  logLevel?: string;
  /** Overrides NULLPATH_ALLOW_LOCAL_REPOS (test harnesses, embedded installs). */
  allowLocalRepos?: boolean;
}

export interface ServerConfig {
  dataDir: string;
  database: DatabaseConfig;
  host: string;
  port: number;
  publicUrl: string | undefined;
  smtpUrl: string | undefined;
  /** NULLPATH_ORG_CREATION: `anyone` (default) or `instance-admins`. */
  orgCreation: 'anyone' | 'instance-admins';
  secretKey: Buffer;
  logLevel: string;
  /** How long a crashed worker's job stays claimed before another worker retries it. */
  jobLeaseMs: number | undefined;
  /** NULLPATH_ALLOW_LOCAL_REPOS / NULLPATH_GIT_HOST_ALLOWLIST: which remotes the add-by-URL probe may reach. */
  outbound: OutboundPolicy;
}

/** Options win over environment variables, which win over defaults. */
export function loadConfig(opts: ServerOptions = {}, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const dataDir = resolve(opts.dataDir ?? env.NULLPATH_DATA_DIR ?? './.nullpath');
  const databaseUrl = opts.databaseUrl ?? env.DATABASE_URL;
  if (databaseUrl !== undefined && databaseUrl !== '' && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite database)');
  }
  const database: DatabaseConfig = databaseUrl
    ? { kind: 'postgres', url: databaseUrl }
    : { kind: 'sqlite', file: join(dataDir, 'nullpath.db') };
  const portRaw = opts.port ?? (env.NULLPATH_PORT ? Number(env.NULLPATH_PORT) : 8080);
  if (!Number.isInteger(portRaw) || portRaw < 0 || portRaw > 65535) throw new Error(`Invalid port '${String(portRaw)}'`);
  return {
    dataDir,
    database,
    host: opts.host ?? env.NULLPATH_HOST ?? '127.0.0.1',
    port: portRaw,
    publicUrl: opts.publicUrl ?? env.NULLPATH_PUBLIC_URL,
    smtpUrl: opts.smtpUrl ?? env.NULLPATH_SMTP_URL,
    orgCreation: parseOrgCreation(env.NULLPATH_ORG_CREATION),
    secretKey: loadSecretKey(dataDir, opts.secretKey ?? env.NULLPATH_SECRET_KEY),
    logLevel: opts.logLevel ?? env.NULLPATH_LOG_LEVEL ?? 'info',
    jobLeaseMs: env.NULLPATH_JOB_LEASE_MS ? Math.max(1000, Number(env.NULLPATH_JOB_LEASE_MS)) : undefined,
    // The first-start demo repository lives in the data directory; nothing else local is admitted by default.
    outbound: { ...policyFromEnv(env), allowLocalPaths: [join(dataDir, 'demo')], ...(opts.allowLocalRepos !== undefined ? { allowLocal: opts.allowLocalRepos } : {}) },
  };
}

/**
 * The server key for keyed hashes. From NULLPATH_SECRET_KEY, else generated once into the data dir
 * (mode 0600). Losing it invalidates every API token and session, by design.
 */
export function loadSecretKey(dataDir: string, fromEnv: string | undefined): Buffer {
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('NULLPATH_SECRET_KEY must be at least 32 characters');
    return createHash('sha256').update(fromEnv, 'utf8').digest();
  }
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}

function parseOrgCreation(v: string | undefined): 'anyone' | 'instance-admins' {
  if (v === undefined || v === '' || v === 'anyone') return 'anyone';
  if (v === 'instance-admins') return 'instance-admins';
  throw new Error(`NULLPATH_ORG_CREATION must be 'anyone' or 'instance-admins', not '${v}'`);
}
