import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '@nullpath/testing';
import { type ChildWorker, spawnWorker } from './child-worker';
import { type QueueHarness, createQueueHarness, waitUntil } from './queue-harness';

const LEASE_MS = 1_000;

describe.each(TEST_DIALECTS)('crash recovery on %s', (dialect) => {
  let h: QueueHarness | undefined;
  let child: ChildWorker | undefined;
  afterEach(async () => {
    child?.proc.kill('SIGKILL');
    await h?.close();
    h = undefined;
    child = undefined;
  });

  it('runs a job again, to completion, after the process running it was SIGKILLed', async () => {
    h = await createQueueHarness(dialect, { leaseMs: LEASE_MS });
    await h.queue.enqueue(h.tdb.db, 'scan', { scanId: 's-1' });

    child = spawnWorker(dialect, h.tdb.location, 'hang', LEASE_MS);
    const started = await child.waitForLine(/^started /);
    expect(started).toMatch(/^started \S+ 1$/);
    expect((await h.queue.stats()).running).toBe(1);
    child.proc.kill('SIGKILL');
    await child.exited;

    const attempts: number[] = [];
    const killedAt = Date.now();
    await h.queue.startWorker({ scan: async (_payload, ctx) => void attempts.push(ctx.attempt) });
    await waitUntil('the job to be run again', async () => (await h!.queue.stats()).done === 1);
    expect(attempts).toEqual([2]);
    expect(Date.now() - killedAt).toBeLessThan(5 * LEASE_MS);
    expect(await h.queue.stats()).toEqual({ queued: 0, running: 0, failed: 0, done: 1 });
  });
});
