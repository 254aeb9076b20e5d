import { EventEmitter } from 'node:events';
import type { Db } from '@nullpath/db';
import { type JobHelpers, type Runner, type TaskList, type WorkerEvents, run } from 'graphile-worker';
import { ActiveJobs } from '../active-jobs';
import { errorMessage, retryDelayMs } from '../retry-backoff';
import type { JobHandler, QueueLogger, WorkerRunner } from '../queue.types';
import { GRAPHILE_SCHEMA, recordDone } from './graphile.sql';
import { graphileLogger } from './graphile-logger';
import { ownedPool } from './owned-pool';
import { dropPoolLease, renewPoolLease, unlockDeadPools } from './pool-lease';

export interface GraphileRunnerConfig {
  db: Db;
  databaseUrl: string;
  handlers: Record<string, JobHandler>;
  concurrency: number;
  workerId: string;
  logger: QueueLogger;
  leaseMs: number;
  pollMs: number;
}

/**
 * One graphile-worker pool (`run()`), its handlers wrapped so that our AbortSignal is aborted on stop and
 * successes are recorded as `done`, plus the pool lease of NOTE(pool-lease).
 */
export async function startGraphileRunner(cfg: GraphileRunnerConfig): Promise<WorkerRunner> {
  const { db, handlers, concurrency, workerId, logger, leaseMs } = cfg;
  const active = new ActiveJobs();

  async function runTask(handler: JobHandler, payload: unknown, helpers: JobHelpers): Promise<void> {
    const job = helpers.job;
    const log = { workerId, jobId: job.id, kind: job.task_identifier, attempt: job.attempts, maxAttempts: job.max_attempts };
    // graphile-worker aborts its own signal only gracefulShutdownAbortTimeout after stop; forward it anyway.
    const forward = () => active.abort(job.id, new Error('job worker stopping'));
    helpers.abortSignal.addEventListener('abort', forward, { once: true });
    try {
      await active.run(job.id, async (signal) => {
        try {
          await handler(payload, { jobId: job.id, attempt: job.attempts, signal });
        } catch (err) {
          const error = errorMessage(err);
          if (job.attempts >= job.max_attempts) logger.error({ ...log, err: error }, 'job failed permanently');
          else logger.warn({ ...log, err: error, retryInMs: retryDelayMs(job.attempts) }, 'job attempt failed; will retry');
          throw err;
        }
        // Not fatal: graphile-worker still completes the job; only the `done` count misses it.
        await recordDone(db, job).catch((err: unknown) => logger.error({ ...log, err: errorMessage(err) }, 'could not record a done job'));
      });
    } finally {
      helpers.abortSignal.removeEventListener('abort', forward);
    }
  }

  const taskList: TaskList = {};
  for (const [kind, handler] of Object.entries(handlers)) taskList[kind] = (payload, helpers) => runTask(handler, payload, helpers);

  const events: WorkerEvents = new EventEmitter();
  let poolId: string | undefined;
  events.on('pool:create', ({ workerPool }) => {
    poolId = workerPool.id;
  });
  // Workers fetch and complete through the pool, plus one LISTEN connection.
  const pgPool = ownedPool(cfg.databaseUrl, concurrency + 2);
  const runner: Runner = await run({
    pgPool,
    schema: GRAPHILE_SCHEMA,
    concurrency,
    pollInterval: cfg.pollMs,
    noHandleSignals: true,
    parsedCronItems: [],
    // NOTE(gw-stop-completion): with the default unbatched mode, 0.17.3 does not await a job's completion,
    // and a job finishing during stop() stayed locked after stop (reproduced; cf. graphile/worker#223).
    // The batchers are flushed by the graceful shutdown, so batch with no delay.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    taskList,
    events,
    logger: graphileLogger(logger),
  });
  if (poolId === undefined) {
    await runner.stop();
    await pgPool.end();
    throw new Error('graphile-worker started without announcing its pool id (pool:create)');
  }
  const pool = poolId;
  runner.promise.catch((err: unknown) => logger.error({ workerId, err: errorMessage(err) }, 'graphile-worker pool failed'));

  await renewPoolLease(db, pool, workerId, leaseMs);
  const heartbeat = setInterval(() => {
    renewPoolLease(db, pool, workerId, leaseMs).catch((err: unknown) =>
      logger.error({ workerId, err: errorMessage(err) }, 'job pool lease heartbeat failed'),
    );
  }, Math.max(Math.floor(leaseMs / 3), 10));
  const sweep = async () => {
    try {
      const dead = await unlockDeadPools(db, leaseMs);
      if (dead.length > 0) logger.warn({ workerId, deadPools: dead }, 'unlocked the jobs of worker pools whose lease expired');
    } catch (err) {
      logger.error({ workerId, err: errorMessage(err) }, 'sweeping dead worker pools failed');
    }
  };
  await sweep();
  const sweeper = setInterval(() => void sweep(), Math.max(Math.floor(leaseMs / 2), 10));

  logger.info({ workerId, poolId: pool, kinds: Object.keys(handlers), concurrency, leaseMs }, 'job worker started (postgres, graphile-worker)');
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= (async () => {
        const drained = active.abortAllAndWait(new Error('job worker stopping'));
        try {
          await runner.stop();
          await drained;
        } finally {
          // The lease outlives the handlers: a long graceful stop must not look like a dead pool.
          clearInterval(heartbeat);
          clearInterval(sweeper);
          await dropPoolLease(db, pool).catch((err: unknown) => logger.error({ workerId, err: errorMessage(err) }, 'could not drop the pool lease'));
          await pgPool.end();
        }
        logger.info({ workerId, poolId: pool }, 'job worker stopped');
      })();
      return stopped;
    },
  };
}
