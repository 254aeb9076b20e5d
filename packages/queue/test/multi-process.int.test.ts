import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '@nullpath/testing';
import { type ChildWorker, spawnWorker } from './child-worker';
import { type QueueHarness, createQueueHarness, waitUntil } from './queue-harness';

const JOBS = 100;

describe.each(TEST_DIALECTS)('two worker processes on %s', (dialect) => {
  let h: QueueHarness | undefined;
  let children: ChildWorker[] = [];
  let dir: string | undefined;
  afterEach(async () => {
    for (const c of children) c.proc.kill('SIGKILL');
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    h = undefined;
    children = [];
    dir = undefined;
  });

  it('run each of 100 jobs exactly once between them', async () => {
    h = await createQueueHarness(dialect, { leaseMs: 5_000 });
    dir = mkdtempSync(join(tmpdir(), 'nullpath-queue-'));
    const record = join(dir, 'executions.txt');
    children = [spawnWorker(dialect, h.tdb.location, 'record', 5_000, record), spawnWorker(dialect, h.tdb.location, 'record', 5_000, record)];
    await Promise.all(children.map((c) => c.waitForLine(/^ready$/)));

    const start = Date.now();
    await h.tdb.db.transaction().execute(async (tx) => {
      for (let n = 0; n < JOBS; n++) await h!.queue.enqueue(tx, 'count', { n });
    });
    await waitUntil('all jobs done', async () => (await h!.queue.stats()).done === JOBS, 30_000);
    const elapsed = Date.now() - start;

    const runs = readFileSync(record, 'utf8').trim().split('\n').map((l) => l.split(' '));
    expect(runs.map(([n]) => Number(n)).sort((a, b) => a - b)).toEqual(Array.from({ length: JOBS }, (_, n) => n));
    expect(runs.every(([, , attempt]) => attempt === '1')).toBe(true);
    const perProcess = new Map<string, number>();
    for (const [, pid] of runs) perProcess.set(pid!, (perProcess.get(pid!) ?? 0) + 1);
    expect(perProcess.size).toBe(2);
    expect(await h.queue.stats()).toEqual({ queued: 0, running: 0, failed: 0, done: JOBS });
    console.info(`[queue ${dialect}] ${JOBS} jobs (10 ms each, 2 processes x 2 slots) in ${elapsed} ms; split ${[...perProcess.values()].join('/')}`);

    for (const c of children) c.proc.kill('SIGTERM');
    expect(await Promise.all(children.map((c) => c.exited))).toEqual([0, 0]);
  });
});
