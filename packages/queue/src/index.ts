import { validation } from '@nullpath/core';
import { DEFAULT_LEASE_MS, DEFAULT_POLL_MS } from './retry-backoff';
import type { CreateQueueOptions, Queue } from './queue.types';
import { createPostgresQueue } from './postgres/postgres.queue';
import { createSqliteQueue } from './sqlite/sqlite.queue';

export type {
  CreateQueueOptions,
  EnqueueOptions,
  FailedJob,
  JobContext,
  JobHandler,
  Queue,
  QueueLogger,
  QueueStats,
  WorkerOptions,
  WorkerRunner,
} from './queue.types';
export { DEFAULT_LEASE_MS, DEFAULT_MAX_ATTEMPTS, DEFAULT_POLL_MS, retryDelayMs } from './retry-backoff';

/**
 * SQLite: the embedded `jobs` table (one claim statement, per-job lease with heartbeat).
 * PostgreSQL: graphile-worker 0.17.3 with a pool lease on top. Same interface and semantics; see README.
 */
export async function createQueue(opts: CreateQueueOptions): Promise<Queue> {
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const pollMs = opts.pollMs ?? DEFAULT_POLL_MS;
  if (!Number.isInteger(leaseMs) || leaseMs < 100) throw validation('leaseMs', `must be an integer of at least 100, got ${leaseMs}`);
  if (!Number.isInteger(pollMs) || pollMs < 10) throw validation('pollMs', `must be an integer of at least 10, got ${pollMs}`);
  if (opts.dialect === 'sqlite') return createSqliteQueue({ db: opts.db, leaseMs, pollMs });
  return createPostgresQueue({ db: opts.db, databaseUrl: opts.databaseUrl, leaseMs, pollMs });
}
