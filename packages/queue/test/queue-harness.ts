import type { Dialect } from '@nullpath/db';
import { createTestDatabase, type TestDatabase } from '@nullpath/testing';
import { createQueue, type Queue } from '../src/index';

export interface QueueHarness {
  tdb: TestDatabase;
  queue: Queue;
  close(): Promise<void>;
}

/** A fresh migrated database (SQLite file or PostgreSQL database) and a queue over it. */
export async function createQueueHarness(dialect: Dialect, opts: { leaseMs?: number; pollMs?: number } = {}): Promise<QueueHarness> {
  const tdb = await createTestDatabase(dialect);
  const queue = await createQueue({ db: tdb.db, dialect, databaseUrl: tdb.location, pollMs: opts.pollMs ?? 100, ...(opts.leaseMs ? { leaseMs: opts.leaseMs } : {}) });
  return {
    tdb,
    queue,
    close: async () => {
      await queue.close();
      await tdb.destroy();
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` until it returns true; fails with `what` after `timeoutMs`. */
export async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}
