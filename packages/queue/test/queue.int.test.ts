import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '@nullpath/testing';
import type { JobContext } from '../src/index';
import { type QueueHarness, createQueueHarness, sleep, waitUntil } from './queue-harness';

describe.each(TEST_DIALECTS)('queue on %s', (dialect) => {
  let h: QueueHarness;
  beforeEach(async () => {
    h = await createQueueHarness(dialect);
  });
  afterEach(async () => {
    await h.close();
  });

  const doneCount = async () => (await h.queue.stats()).done;

  it('runs nothing that was enqueued in a rolled-back transaction', async () => {
    await expect(
      h.tdb.db.transaction().execute(async (tx) => {
        await h.queue.enqueue(tx, 'mail', { to: 'rolled-back' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    // Enqueued later, so it would run after the rolled-back job had that one existed.
    await h.tdb.db.transaction().execute((tx) => h.queue.enqueue(tx, 'mail', { to: 'committed' }));
    const seen: unknown[] = [];
    await h.queue.startWorker({ mail: async (payload) => void seen.push(payload) });

    await waitUntil('the committed job', async () => (await doneCount()) === 1);
    expect(seen).toEqual([{ to: 'committed' }]);
    expect(await h.queue.stats()).toEqual({ queued: 0, running: 0, failed: 0, done: 1 });
  });

  it('runs a job exactly once, on its first attempt', async () => {
    const runs: Array<{ payload: unknown; jobId: string; attempt: number }> = [];
    await h.queue.startWorker({ scan: async (payload, ctx) => void runs.push({ payload, jobId: ctx.jobId, attempt: ctx.attempt }) }, { concurrency: 4 });
    await h.queue.enqueue(h.tdb.db, 'scan', { scanId: 's-1' });

    await waitUntil('the job', async () => (await doneCount()) === 1);
    await sleep(400); // several poll intervals: a second run would show up here
    expect(runs).toEqual([{ payload: { scanId: 's-1' }, jobId: expect.any(String), attempt: 1 }]);
    expect(await h.queue.stats()).toEqual({ queued: 0, running: 0, failed: 0, done: 1 });
  });

  it('retries a failing job after a backoff, then marks it failed with its last error', async () => {
    const attempts: Array<{ attempt: number; at: number }> = [];
    await h.queue.startWorker({
      scan: async (_payload, ctx) => {
        attempts.push({ attempt: ctx.attempt, at: Date.now() });
        throw new Error(`clone failed on attempt ${ctx.attempt}`);
      },
    });
    await h.queue.enqueue(h.tdb.db, 'scan', { scanId: 's-1' }, { maxAttempts: 2 });

    await waitUntil('the job to fail for good', async () => (await h.queue.stats()).failed === 1, 15_000);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2]);
    // First retry delay is e^1 s ≈ 2.7 s on both backends.
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(2_500);
    expect(await h.queue.stats()).toEqual({ queued: 0, running: 0, failed: 1, done: 0 });
    expect(await h.queue.failedJobs()).toEqual([
      { id: expect.any(String), kind: 'scan', attempts: 2, lastError: 'clone failed on attempt 2', failedAt: expect.any(String) },
    ]);
  });

  it('keeps one pending job per jobKey, with the payload of the last enqueue', async () => {
    await h.queue.enqueue(h.tdb.db, 'scan', { rev: 1 }, { jobKey: 'repo-1' });
    await h.queue.enqueue(h.tdb.db, 'scan', { rev: 2 }, { jobKey: 'repo-1' });
    await h.queue.enqueue(h.tdb.db, 'scan', { rev: 3 }, { jobKey: 'repo-2' });
    expect((await h.queue.stats()).queued).toBe(2);

    const seen: unknown[] = [];
    await h.queue.startWorker({ scan: async (payload) => void seen.push(payload) });
    await waitUntil('both keyed jobs', async () => (await doneCount()) === 2);
    expect(seen).toEqual([{ rev: 2 }, { rev: 3 }]);
  });

  it('does not run a job before its runAt', async () => {
    let ranAt: number | undefined;
    await h.queue.startWorker({ report: async () => void (ranAt = Date.now()) });
    const runAt = new Date(Date.now() + 1_200);
    await h.queue.enqueue(h.tdb.db, 'report', {}, { runAt });

    await sleep(800);
    expect(ranAt).toBeUndefined();
    await waitUntil('the delayed job', async () => (await doneCount()) === 1);
    expect(ranAt).toBeGreaterThanOrEqual(runAt.getTime());
  });

  it('stop() aborts the running handler and waits for it to finish', async () => {
    let seenCtx: JobContext | undefined;
    let cleanedUp = false;
    const runner = await h.queue.startWorker({
      scan: async (_payload, ctx) => {
        seenCtx = ctx;
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
        await sleep(300); // cleanup after the abort, e.g. removing a checkout
        cleanedUp = true;
      },
    });
    await h.queue.enqueue(h.tdb.db, 'scan', {});
    await waitUntil('the handler to start', () => seenCtx !== undefined);

    await runner.stop();
    expect(seenCtx!.signal.aborted).toBe(true);
    expect(cleanedUp).toBe(true);
    expect(await h.queue.stats()).toEqual({ queued: 0, running: 0, failed: 0, done: 1 });
  });
});
