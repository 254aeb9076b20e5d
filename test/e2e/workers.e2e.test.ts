import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { TEST_DIALECTS } from '@nullpath/testing';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitFixture, VULNERABLE_APP } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

const MAIN = join(import.meta.dirname, '..', '..', 'apps', 'cli', 'src', 'main.ts');

function startWorkerProcess(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'worker', ...args], {
    env: { ...process.env, NULLPATH_LOG_LEVEL: 'warn' },
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
  beforeEach(async () => {
    p = await createPipeline(dialect, { worker: false });
    repo = new GitFixture().write({ 'app.js': VULNERABLE_APP });
    repo.commit('app');
    for (let i = 0; i < 20; i++) repo.git('branch', `b${i}`);
  });
  afterEach(async () => {
    await Promise.all(workers.map((w) => (w.exitCode === null ? stop(w) : null)));
    workers = [];
    await p.close();
    repo.destroy();
  });

  it('share 20 scans and run each exactly once', async () => {
    const repositoryId = (await p.api('/api/v2/repositories/addByUrl', { url: repo.url })).body.repository.id;
    const scanIds: string[] = [];
    for (let i = 0; i < 20; i++) scanIds.push((await p.api('/api/v2/scans/start', { repositoryId, branch: `b${i}` })).body.scan.id);
    const dbArgs = dialect === 'sqlite' ? ['--data-dir', dirname(p.location)] : ['--database-url', p.location, '--data-dir', dirname(p.location)];
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
});
