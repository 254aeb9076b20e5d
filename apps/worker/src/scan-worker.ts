import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { LLM_VALIDATE_JOB, SCAN_JOB, type Logger, type Services } from '@nullpath/services';
import type { OutboundPolicy } from '@nullpath/outbound';
import type { Queue, WorkerRunner } from '@nullpath/queue';
import { createDbAdvisoryStore, ensureSeedAdvisories } from './advisories/db-advisory.store';
import type { RuleSource } from './analyzers/sast.analyzer';
import { createScanJobHandler } from './scan-job.handler';

export interface ScanWorkerOptions {
  queue: Queue;
  services: Services;
  logger: Logger;
  workDir: string;
  rules: () => Promise<RuleSource>;
  /** Which remotes clones may reach (NULLPATH_ALLOW_LOCAL_REPOS / NULLPATH_GIT_HOST_ALLOWLIST). */
  outbound: OutboundPolicy;
  concurrency?: number;
  /** Engine worker threads per scan; default: the cores left per concurrent scan. */
  scanThreads?: number;
  /** How often due schedules are checked; every worker may tick, each tick fires once. */
  scheduleTickMs?: number;
  cancelPollMs?: number;
}

export interface ScanWorker {
  stop(): Promise<void>;
}

/** Runs scan jobs from the queue and fires due schedules, in this process. */
export async function startScanWorker(opts: ScanWorkerOptions): Promise<ScanWorker> {
  await mkdir(opts.workDir, { recursive: true });
  const advisories = createDbAdvisoryStore(opts.services.advisories);
  const seeded = await ensureSeedAdvisories(advisories);
  if (seeded) opts.logger.info({ records: seeded.inserted }, 'advisory database seeded from the bundled OSV set');
  const handler = createScanJobHandler({
    services: opts.services,
    advisories,
    rules: opts.rules,
    outbound: opts.outbound,
    workDir: opts.workDir,
    logger: opts.logger,
    scanThreads: opts.scanThreads ?? Math.max(1, Math.floor(availableParallelism() / (opts.concurrency ?? 1))),
    ...(opts.cancelPollMs !== undefined ? { cancelPollMs: opts.cancelPollMs } : {}),
  });
  const llmValidate = async (payload: unknown) => {
    const p = payload as { orgId?: unknown; scanId?: unknown };
    await opts.services.llm.validateScan({ orgId: String(p.orgId), scanId: String(p.scanId) });
  };
  const runner: WorkerRunner = await opts.queue.startWorker({ [SCAN_JOB]: handler, [LLM_VALIDATE_JOB]: llmValidate }, { concurrency: opts.concurrency ?? 1, logger: opts.logger });
  let ticking = false;
  const tick = setInterval(() => {
    if (ticking) return;
    ticking = true;
    opts.services.schedules
      .tick()
      .catch((err: unknown) => opts.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'schedule tick failed'))
      .finally(() => {
        ticking = false;
      });
  }, opts.scheduleTickMs ?? 15_000);
  return {
    async stop() {
      clearInterval(tick);
      await runner.stop();
    },
  };
}
