import { parentPort, workerData } from 'node:worker_threads';
import { scanInProcess } from './scan';
import type { SourceFile } from './partition';
import type { ThreadInit, ThreadReply } from './scan-threads';

/** One scan per chunk of independent files; see scan-threads.ts. */
const init = workerData as ThreadInit;
const port = parentPort!;
const send = (m: ThreadReply): void => port.postMessage(m);

port.on('message', (job: { id: number; files: SourceFile[]; context: SourceFile[] }) => {
  void (async () => {
    try {
      let last = 0;
      const result = await scanInProcess({
        ...init,
        files: job.files,
        contextFiles: job.context,
        onProgress: (p) => {
          // Parsing is about a tenth of the work; count it so the bar moves from the start.
          const frac = p.phase === 'parse' ? (0.1 * p.done) / Math.max(1, p.total) : p.phase === 'analyze' ? 0.1 + (0.85 * p.done) / Math.max(1, p.total) : p.phase === 'match' ? 0.95 : 1;
          const now = Date.now();
          if (now - last < 200) return;
          last = now;
          send({ id: job.id, type: 'progress', done: Math.round(frac * 1000), total: 1000 });
        },
      });
      send({ id: job.id, type: 'result', result });
    } catch (err) {
      send({ id: job.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
