import { validation } from '@nullpath/core';
import { DEFAULT_MAX_ATTEMPTS } from './retry-backoff';
import type { EnqueueOptions, JobHandler } from './queue.types';

export interface ResolvedEnqueue {
  runAt: Date | undefined;
  maxAttempts: number;
  jobKey: string | undefined;
}

/** The same limits on both backends; graphile-worker's own checks (key ≤ 512, attempts ≥ 1) would fail later and less clearly. */
export function resolveEnqueue(kind: string, opts: EnqueueOptions): ResolvedEnqueue {
  if (kind.length === 0 || kind.length > 128) throw validation('kind', `must be 1-128 characters, got '${kind}'`);
  const maxAttempts = opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 32767) {
    throw validation('maxAttempts', `must be an integer from 1 to 32767, got ${maxAttempts}`);
  }
  if (opts.jobKey !== undefined && (opts.jobKey.length === 0 || opts.jobKey.length > 512)) {
    throw validation('jobKey', `must be 1-512 characters, got '${opts.jobKey}'`);
  }
  if (opts.runAt !== undefined && Number.isNaN(opts.runAt.getTime())) throw validation('runAt', 'is not a valid date');
  return { runAt: opts.runAt, maxAttempts, jobKey: opts.jobKey };
}

export function resolveConcurrency(handlers: Record<string, JobHandler>, concurrency: number | undefined): number {
  if (Object.keys(handlers).length === 0) throw validation('handlers', 'at least one job handler is required');
  const n = concurrency ?? 1;
  if (!Number.isInteger(n) || n < 1) throw validation('concurrency', `must be a positive integer, got ${n}`);
  return n;
}
