import type { Db } from '@nullpath/db';
import { resolveConcurrency, resolveEnqueue } from '../enqueue-options';
import type { Queue } from '../queue.types';
import { silentLogger } from '../silent-logger';
import { uniqueWorkerId } from '../worker-label';
import { countByStatus, insertJob, listFailed } from './jobs.sql';
import { type EmbeddedRunner, startEmbeddedRunner } from './sqlite.runner';

/** The embedded backend: the `jobs` table in the application's own SQLite file. */
export function createSqliteQueue(cfg: { db: Db; leaseMs: number; pollMs: number }): Queue {
  const runners = new Set<EmbeddedRunner>();
  return {
    async enqueue(tx, kind, payload, opts = {}) {
      await insertJob(tx, kind, payload, resolveEnqueue(kind, opts));
      // Safe before commit: with one SQLite connection per process the claim waits for this transaction
      // to end, and a rolled-back job is simply not found.
      for (const r of runners) r.wake();
    },
    async startWorker(handlers, opts = {}) {
      const runner = startEmbeddedRunner({
        db: cfg.db,
        handlers,
        concurrency: resolveConcurrency(handlers, opts.concurrency),
        workerId: uniqueWorkerId(opts.workerId),
        logger: opts.logger ?? silentLogger,
        leaseMs: cfg.leaseMs,
        pollMs: cfg.pollMs,
      });
      runners.add(runner);
      return {
        stop: async () => {
          await runner.stop();
          runners.delete(runner);
        },
      };
    },
    stats: () => countByStatus(cfg.db),
    failedJobs: (limit = 50) => listFailed(cfg.db, limit),
    async close() {
      await Promise.all([...runners].map((r) => r.stop()));
      runners.clear();
    },
  };
}
