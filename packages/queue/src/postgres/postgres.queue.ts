import type { Db } from '@nullpath/db';
import { validation } from '@nullpath/core';
import { runMigrations } from 'graphile-worker';
import { resolveEnqueue } from '../enqueue-options';
import type { Queue, WorkerRunner } from '../queue.types';
import { silentLogger } from '../silent-logger';
import { ownedPool } from './owned-pool';
import { createRunnerRegistry, runnerOptions } from '../runner-registry';
import { GRAPHILE_SCHEMA, addJob, graphileFailed, graphileStats } from './graphile.sql';
import { graphileLogger } from './graphile-logger';
import { startGraphileRunner } from './postgres.runner';

/** The PostgreSQL backend: graphile-worker 0.17.3, its schema migrated here (concurrent callers are safe). */
export async function createPostgresQueue(cfg: { db: Db; databaseUrl: string | undefined; leaseMs: number; pollMs: number }): Promise<Queue> {
  const databaseUrl = cfg.databaseUrl;
  if (databaseUrl === undefined || databaseUrl === '') throw validation('databaseUrl', 'is required for the postgres queue');
  const migrationPool = ownedPool(databaseUrl, 2);
  try {
    await runMigrations({ pgPool: migrationPool, schema: GRAPHILE_SCHEMA, logger: graphileLogger(silentLogger) });
  } finally {
    await migrationPool.end();
  }
  const registry = createRunnerRegistry<WorkerRunner>();
  return {
    async enqueue(tx, kind, payload, opts = {}) {
      await addJob(tx, kind, payload, resolveEnqueue(kind, opts));
    },
    async startWorker(handlers, opts = {}) {
      return registry.track(await startGraphileRunner({ db: cfg.db, databaseUrl, ...runnerOptions(handlers, opts, cfg) }));
    },
    stats: () => graphileStats(cfg.db),
    failedJobs: (limit = 50) => graphileFailed(cfg.db, limit),
    close: () => registry.stopAll(),
  };
}
