import type { Db } from '@nullpath/db';
import { resolveEnqueue } from '../enqueue-options';
import type { Queue } from '../queue.types';
import { createRunnerRegistry, runnerOptions } from '../runner-registry';
import { countByStatus, insertJob, listFailed } from './jobs.sql';
import { type EmbeddedRunner, startEmbeddedRunner } from './sqlite.runner';

/** The embedded backend: the `jobs` table in the application's own SQLite file. */
export function createSqliteQueue(cfg: { db: Db; leaseMs: number; pollMs: number }): Queue {
  const registry = createRunnerRegistry<EmbeddedRunner>();
  return {
    async enqueue(tx, kind, payload, opts = {}) {
      await insertJob(tx, kind, payload, resolveEnqueue(kind, opts));
      // Safe before commit: with one SQLite connection per process the claim waits for this transaction
      // to end, and a rolled-back job is simply not found.
      for (const r of registry.runners) r.wake();
    },
    async startWorker(handlers, opts = {}) {
      return registry.track(startEmbeddedRunner({ db: cfg.db, ...runnerOptions(handlers, opts, cfg) }));
    },
    stats: () => countByStatus(cfg.db),
    failedJobs: (limit = 50) => listFailed(cfg.db, limit),
    close: () => registry.stopAll(),
  };
}
