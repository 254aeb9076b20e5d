import { resolveConcurrency } from './enqueue-options';
import type { JobHandler, QueueLogger, WorkerOptions, WorkerRunner } from './queue.types';
import { silentLogger } from './silent-logger';
import { uniqueWorkerId } from './worker-label';

/** The runner settings both backends derive from `startWorker` options. */
export function runnerOptions(handlers: Record<string, JobHandler>, opts: WorkerOptions, cfg: { leaseMs: number; pollMs: number }) {
  return {
    handlers,
    concurrency: resolveConcurrency(handlers, opts.concurrency),
    workerId: uniqueWorkerId(opts.workerId),
    logger: (opts.logger ?? silentLogger) as QueueLogger,
    leaseMs: cfg.leaseMs,
    pollMs: cfg.pollMs,
  };
}

/** The runners a queue started, so `close()` can stop the ones still running. */
export function createRunnerRegistry<R extends { stop(): Promise<void> }>() {
  const runners = new Set<R>();
  return {
    runners: runners as ReadonlySet<R>,
    track(runner: R): WorkerRunner {
      runners.add(runner);
      return {
        stop: async () => {
          await runner.stop();
          runners.delete(runner);
        },
      };
    },
    async stopAll(): Promise<void> {
      await Promise.all([...runners].map((r) => r.stop()));
      runners.clear();
    },
  };
}
