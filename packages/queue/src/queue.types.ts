import type { Db } from '@nullpath/db';

export interface EnqueueOptions {
  /** Not run before this time (default: now). */
  runAt?: Date;
  /** Attempts including the first run (default 3); see retry-backoff.ts for the delays. */
  maxAttempts?: number;
  /**
   * At most one pending job per key: enqueueing again while the keyed job is still queued replaces its
   * kind, payload, runAt and maxAttempts and resets its attempts. If the keyed job is already running,
   * a new job is queued and the running one will not be retried (its work is out of date).
   */
  jobKey?: string;
}

export interface JobContext {
  jobId: string;
  /** 1 on the first run. A run lost to a crashed worker counts as an attempt. */
  attempt: number;
  /** Aborted when the runner stops (and, on SQLite, when this worker lost the job's lease). */
  signal: AbortSignal;
}

export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<void>;

export interface QueueLogger {
  info(o: object, m?: string): void;
  warn(o: object, m?: string): void;
  error(o: object, m?: string): void;
}

export interface WorkerOptions {
  /** Handlers run at the same time in this process (default 1). */
  concurrency?: number;
  /** A human label for logs and `locked_by` (default `<hostname>:<pid>`); a random suffix keeps it unique. */
  workerId?: string;
  logger?: QueueLogger;
}

export interface WorkerRunner {
  /** Stops claiming, aborts the signals of running handlers and waits for them to settle. */
  stop(): Promise<void>;
}

export interface QueueStats {
  queued: number;
  running: number;
  failed: number;
  done: number;
}

/** A job that used up its attempts, newest first; for tests and a future /admin page. */
export interface FailedJob {
  id: string;
  kind: string;
  attempts: number;
  lastError: string | null;
  /** ISO-8601. */
  failedAt: string;
}

export interface Queue {
  /**
   * Must be called with the caller's open transaction (or the root Db): the job becomes visible only if it commits.
   * NOTE(enqueue-in-tx): both backends write the job with the caller's `tx` (SQLite: an INSERT into `jobs`;
   * PostgreSQL: `graphile_worker.add_job`, whose NOTIFY is delivered on commit), so a state change and the job
   * that acts on it commit or roll back together; no outbox or after-commit hook is needed.
   */
  enqueue(tx: Db, kind: string, payload: Record<string, unknown>, opts?: EnqueueOptions): Promise<void>;
  startWorker(handlers: Record<string, JobHandler>, opts?: WorkerOptions): Promise<WorkerRunner>;
  /** Counts by state, for tests and a future /admin status. */
  stats(): Promise<QueueStats>;
  failedJobs(limit?: number): Promise<FailedJob[]>;
  /** Stops every runner this queue started. The database handle stays open: it belongs to the caller. */
  close(): Promise<void>;
}

export interface CreateQueueOptions {
  db: Db;
  dialect: 'sqlite' | 'postgres';
  /** PostgreSQL only: graphile-worker opens its own pool and LISTEN connection from it. */
  databaseUrl?: string;
  /** How long a worker owns a running job without a heartbeat (default 60 000 ms); see README. */
  leaseMs?: number;
  /** Idle poll interval for due jobs (default 250 ms). */
  pollMs?: number;
}
