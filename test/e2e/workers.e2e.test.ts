import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TEST_DIALECTS } from '@nullpath/testing';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitFixture, VULNERABLE_APP } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

const MAIN = join(import.meta.dirname, '..', '..', 'apps', 'cli', 'src', 'main.ts');

function startWorkerProcess(args: string[], env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'worker', ...args], {
    // The fixtures are file:// repositories: the worker refuses local remotes unless an administrator allows them.
    env: { ...process.env, NULLPATH_LOG_LEVEL: 'warn', NULLPATH_ALLOW_LOCAL_REPOS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Nullpath worker running')) resolve(child);
    });
    child.stderr!.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.once('exit', (code) => reject(new Error(`worker exited ${code}: ${out}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

describe.each(TEST_DIALECTS)('two `nullpath worker` processes on %s', (dialect) => {
  let p: Pipeline;
  let repo: GitFixture;
  let workers: ChildProcess[] = [];
  let dbArgs: string[];
  let pgDataDir: string | undefined;
  beforeEach(async () => {
    p = await createPipeline(dialect, { worker: false });
    repo = new GitFixture().write({ 'app.js': VULNERABLE_APP });
    repo.commit('app');
    for (let i = 0; i < 20; i++) repo.git('branch', `b${i}`);
    if (dialect === 'postgres') pgDataDir = mkdtempSync(join(tmpdir(), 'np-worker-data-'));
    dbArgs = pgDataDir ? ['--database-url', p.location, '--data-dir', pgDataDir] : ['--data-dir', dirname(p.location)];
  });
  afterEach(async () => {
    await Promise.all(workers.map((w) => (w.exitCode === null && w.signalCode === null ? stop(w) : null)));
    workers = [];
    await p.close();
    repo.destroy();
    if (pgDataDir) rmSync(pgDataDir, { recursive: true, force: true });
    pgDataDir = undefined;
  });

  it('share 20 scans and run each exactly once', async () => {
    const repositoryId = (await p.api('/api/v2/repositories/addByUrl', { url: repo.url })).body.repository.id;
    const scanIds: string[] = [];
    for (let i = 0; i < 20; i++) scanIds.push((await p.api('/api/v2/scans/start', { repositoryId, branch: `b${i}` })).body.scan.id);
    workers = await Promise.all([startWorkerProcess(dbArgs), startWorkerProcess(dbArgs)]);

    const finished = await Promise.all(scanIds.map((id) => p.waitForScan(id, 180_000)));
    expect(finished.map((s) => s.status)).toEqual(Array(20).fill('COMPLETED'));
    const runs = await sql<{ scan_id: string; n: number | string }>`
      select scan_id, count(*) as n from scan_events where type = 'phase' and data like '%"phase":"cloning"%' group by scan_id`.execute(p.db);
    expect(runs.rows).toHaveLength(20);
    expect(runs.rows.every((r) => Number(r.n) === 1)).toBe(true);
    expect(finished.every((s) => s.counts.total > 0)).toBe(true);
    expect(await Promise.all(workers.map(stop))).toEqual([0, 0]);
  }, 240_000);

  it('retries a scan whose worker was killed mid-run, to completion', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1200; i++) files[`gen/m${i}.js`] = `module.exports = (req) => require('child_process').exec('echo ' + req.query.v${i});\n`;
    repo.write(files).commit('many files');
    const repositoryId = (await p.api('/api/v2/repositories/addByUrl', { url: repo.url })).body.repository.id;
    const scanId = (await p.api('/api/v2/scans/start', { repositoryId })).body.scan.id;
    const lease = { NULLPATH_JOB_LEASE_MS: '2000' };
    const doomed = await startWorkerProcess(dbArgs, lease);
    workers.push(doomed);
    for (let i = 0; i < 300; i++) {
      const s = (await p.api('/api/v2/scans/get', { scanId })).body.scan;
      if (s.status === 'RUNNING' && s.phase.startsWith('sast')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const killed = new Promise((r) => doomed.once('exit', r));
    doomed.kill('SIGKILL');
    await killed;
    expect((await p.api('/api/v2/scans/get', { scanId })).body.scan.status).toBe('RUNNING');
    workers.push(await startWorkerProcess(dbArgs, lease));
    const done = await p.waitForScan(scanId, 120_000);
    expect(done.status).toBe('COMPLETED');
    const events = (await p.services.scans.events({ kind: 'api-token', ...actorOf(p) }, { scanId, afterSeq: 0 })).events;
    expect(events.filter((e) => e.type === 'phase' && e.data.phase === 'cloning').map((e) => e.data.retry)).toEqual([false, true]);
  }, 240_000);
});

const actorOf = (p: Pipeline) => ({ tokenId: p.admin.tokenId as never, userId: p.org.admin.userId as never, email: p.org.admin.email, orgId: p.org.orgId as never, role: 'ADMIN' as const });
