import type { Db } from '@nullpath/db';
import { ActiveJobs } from '../active-jobs';
import { errorMessage, retryDelayMs } from '../retry-backoff';
import type { JobHandler, QueueLogger, WorkerRunner } from '../queue.types';
import { WakeSignal } from '../wake-signal';
import { type ClaimRef, type JobRow, claimJob, completeJob, extendLeases, failExpiredLastAttempts, failJob, releaseJob } from './jobs.sql';

export interface EmbeddedRunnerConfig {
  db: Db;
  handlers: Record<string, JobHandler>;
  concurrency: number;
  workerId: string;
  logger: QueueLogger;
  leaseMs: number;
  pollMs: number;
}

export interface EmbeddedRunner extends WorkerRunner {
  /** In-process wake-up after an enqueue, so a local job does not wait for the next poll. */
  wake(): void;
}

/**
 * Claims jobs one statement at a time while it has free slots, sleeps `pollMs` (or until woken) when idle,
 * and heartbeats every `leaseMs / 3` so the leases of its running jobs never lapse while it is alive.
 */
export function startEmbeddedRunner(cfg: EmbeddedRunnerConfig): EmbeddedRunner {
  const { db, handlers, concurrency, workerId, logger, leaseMs, pollMs } = cfg;
  const kinds = Object.keys(handlers);
  const active = new ActiveJobs();
  const wake = new WakeSignal();
  let stopping = false;
  let lastExpirySweep = 0;

  let beating = false;
  const heartbeat = setInterval(() => {
    if (beating) return;
    beating = true;
    void renewLeases().finally(() => (beating = false));
  }, Math.max(Math.floor(leaseMs / 3), 10));

  async function renewLeases(): Promise<void> {
    const ids = active.ids();
    try {
      const owned = await extendLeases(db, workerId, ids, leaseMs);
      for (const id of ids) {
        if (!owned.has(id)) active.abort(id, new Error(`job ${id}: lease lost; another worker may run it again`));
      }
    } catch (err) {
      logger.error({ workerId, err: errorMessage(err) }, 'job lease heartbeat failed');
    }
  }

  async function execute(job: JobRow, signal: AbortSignal): Promise<void> {
    const ref: ClaimRef = { id: job.id, lockedBy: workerId, attempt: job.attempts };
    const log = { jobId: job.id, kind: job.kind, attempt: job.attempts, maxAttempts: job.max_attempts };
    try {
      await handlers[job.kind]!(JSON.parse(job.payload) as unknown, { jobId: job.id, attempt: job.attempts, signal });
    } catch (err) {
      const error = errorMessage(err);
      const retryInMs = retryDelayMs(job.attempts);
      const status = await failJob(db, ref, error, new Date(Date.now() + retryInMs));
      if (status === 'failed') logger.error({ ...log, err: error }, 'job failed permanently');
      else if (status === 'queued') logger.warn({ ...log, err: error, retryInMs }, 'job attempt failed; will retry');
      else logger.warn({ ...log, err: error }, 'job attempt failed after its lease was lost');
      return;
    }
    if (!(await completeJob(db, ref))) logger.warn(log, 'job finished after its lease was lost; it may run again');
  }

  async function claimNext(): Promise<JobRow | undefined> {
    if (Date.now() - lastExpirySweep >= leaseMs / 2) {
      lastExpirySweep = Date.now();
      const failed = await failExpiredLastAttempts(db);
      if (failed > 0) logger.warn({ workerId, failed }, 'jobs failed: their worker died during the last attempt');
    }
    return claimJob(db, kinds, workerId, leaseMs);
  }

  async function loop(): Promise<void> {
    while (!stopping) {
      if (active.size >= concurrency) {
        await wake.wait(pollMs);
        continue;
      }
      let job: JobRow | undefined;
      try {
        job = await claimNext();
      } catch (err) {
        logger.error({ workerId, err: errorMessage(err) }, 'job claim failed');
        await wake.wait(pollMs);
        continue;
      }
      if (!job) {
        await wake.wait(pollMs);
        continue;
      }
      if (stopping) {
        await releaseJob(db, { id: job.id, lockedBy: workerId, attempt: job.attempts }).catch((err: unknown) =>
          logger.error({ jobId: job.id, err: errorMessage(err) }, 'could not release a job claimed during stop; its lease will expire'),
        );
        break;
      }
      const claimed = job;
      void active
        .run(claimed.id, (signal) => execute(claimed, signal))
        .catch((err: unknown) => logger.error({ jobId: claimed.id, err: errorMessage(err) }, 'job bookkeeping failed; its lease will expire'))
        .finally(() => wake.notify());
    }
  }

  logger.info({ workerId, kinds, concurrency, leaseMs, pollMs }, 'job worker started (sqlite)');
  const looping = loop();
  let stopped: Promise<void> | undefined;

  return {
    wake: () => wake.notify(),
    stop() {
      stopped ??= (async () => {
        stopping = true;
        wake.notify();
        const drained = active.abortAllAndWait(new Error('job worker stopping'));
        await looping;
        await drained;
        clearInterval(heartbeat);
        logger.info({ workerId }, 'job worker stopped');
      })();
      return stopped;
    },
  };
}
