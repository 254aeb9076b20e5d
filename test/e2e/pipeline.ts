import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialect } from '@nullpath/db';
import type { OutboundPolicy } from '@nullpath/outbound';
import { type ScanWorker, builtinRuleSource, startScanWorker } from '@nullpath/worker';
import { type Harness, type SeededOrg, type TokenCreds, createHarness, post } from '../../apps/server/test/harness';

export interface Pipeline extends Harness {
  org: SeededOrg;
  admin: TokenCreds;
  worker: ScanWorker | null;
  startWorker(): Promise<ScanWorker>;
  api(url: string, body: object, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  waitForScan(scanId: string, timeoutMs?: number): Promise<any>;
}

/** Server (inject) + real database + real queue + an in-process scan worker over real git repositories. */
/** `workerOutbound` defaults to allowing local repositories: the fixtures are file:// remotes. */
export async function createPipeline(dialect: Dialect, opts: { worker?: boolean; workerOutbound?: OutboundPolicy } = {}): Promise<Pipeline> {
  const h = await createHarness(dialect);
  const org = await h.seedOrg('Acme');
  const admin = await org.token(org.admin, { days: 365 });
  const workDir = mkdtempSync(join(tmpdir(), 'np-work-'));
  const p: Pipeline = Object.assign(h, {
    org,
    admin,
    worker: null as ScanWorker | null,
    async startWorker() {
      p.worker = await startScanWorker({
        queue: h.queue,
        services: h.services,
        logger: { info() {}, warn() {}, error() {} },
        workDir,
        rules: builtinRuleSource,
        outbound: opts.workerOutbound ?? { allowLocal: true, allowHosts: [] },
        scheduleTickMs: 200,
        cancelPollMs: 200,
      });
      return p.worker;
    },
    async api(url: string, body: object, headers: Record<string, string> = admin.headers) {
      const res = await post(h, url, body, headers);
      return { status: res.statusCode, body: res.json() };
    },
    async waitForScan(scanId: string, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const r = await p.api('/api/v2/scans/get', { scanId });
        if (!['QUEUED', 'RUNNING'].includes(r.body.scan?.status) || Date.now() > deadline) return r.body.scan;
        await new Promise((res) => setTimeout(res, 150));
      }
    },
  });
  const close = h.close.bind(h);
  p.close = async () => {
    await p.worker?.stop();
    await close();
    rmSync(workDir, { recursive: true, force: true });
  };
  if (opts.worker !== false) await p.startWorker();
  return p;
}
