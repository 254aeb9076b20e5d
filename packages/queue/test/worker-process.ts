/**
 * A worker in its own process, for the crash-recovery and multi-process tests:
 *   node --import tsx packages/queue/test/worker-process.ts <sqlite|postgres> <file|url> <hang|record> <leaseMs> [recordFile]
 * `hang`: handles `scan` by printing "started <jobId> <attempt>" and never finishing (the test SIGKILLs it).
 * `record`: handles `count` by appending "<n> <pid> <attempt>" to recordFile after 10 ms of "work".
 * Prints "ready" once the worker runs; SIGTERM stops it cleanly (exit 0).
 */
import { appendFile } from 'node:fs/promises';
import { createDatabase } from '@nullpath/db';
import { createQueue, type JobHandler } from '../src/index';

const [dialect, location, mode, leaseMs, recordFile] = process.argv.slice(2);
if ((dialect !== 'sqlite' && dialect !== 'postgres') || !location || (mode !== 'hang' && mode !== 'record')) {
  console.error('usage: worker-process.ts <sqlite|postgres> <file|url> <hang|record> <leaseMs> [recordFile]');
  process.exit(2);
}
const handle = createDatabase(dialect === 'sqlite' ? { kind: 'sqlite', file: location } : { kind: 'postgres', url: location, poolSize: 4 });
const queue = await createQueue({ db: handle.db, dialect, databaseUrl: location, leaseMs: Number(leaseMs), pollMs: 100 });

const hang: JobHandler = async (_payload, ctx) => {
  console.log(`started ${ctx.jobId} ${ctx.attempt}`);
  await new Promise(() => undefined);
};
const record: JobHandler = async (payload, ctx) => {
  await new Promise((r) => setTimeout(r, 10));
  await appendFile(recordFile!, `${(payload as { n: number }).n} ${process.pid} ${ctx.attempt}\n`);
};
const runner = await queue.startWorker(mode === 'hang' ? { scan: hang } : { count: record }, {
  concurrency: 2,
  workerId: `test-${mode}`,
  logger: { info() {}, warn: (o, m) => console.error('WARN', m, JSON.stringify(o)), error: (o, m) => console.error('ERROR', m, JSON.stringify(o)) },
});
console.log('ready');

process.once('SIGTERM', () => {
  void (async () => {
    await runner.stop();
    await queue.close();
    await handle.close();
    process.exit(0);
  })();
});
