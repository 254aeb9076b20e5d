/**
 * bench/scan-throughput: scans per minute of a mid-size repository with 1 and 2 `nullpath worker` processes
 * over one PostgreSQL database (each worker runs one scan at a time). The repository is real npm package code
 * (express, lodash, moment, axios, commander: ≈ 1,000 files) committed into a local git repository, with a
 * package-lock.json so SCA runs too. The baseline is the 1-worker run; the figure of merit is the 2/1 ratio.
 *   node --import tsx bench/scan-throughput/run.ts [--scans 8]
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitFixture, DEMO_LOCK, DEMO_PKG } from '../../test/e2e/git-fixture';
import { createPipeline } from '../../test/e2e/pipeline';

const SCANS = Number(process.argv[process.argv.indexOf('--scans') + 1]) || 8;
const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, 'bench', '.out', 'scan-throughput');
const PACKAGES = ['express@4.18.2', 'lodash@4.17.21', 'moment@2.29.4', 'axios@1.6.0', 'commander@11.1.0'];

function fetchPackages(repo: GitFixture): void {
  mkdirSync(CACHE, { recursive: true });
  for (const spec of PACKAGES) {
    const name = spec.split('@')[0]!;
    const dir = join(CACHE, name);
    if (!existsSync(dir)) {
      const tgz = execFileSync('npm', ['pack', spec, '--silent'], { cwd: CACHE, encoding: 'utf8' }).trim().split('\n').at(-1)!;
      mkdirSync(dir);
      execFileSync('tar', ['xzf', join(CACHE, tgz), '-C', dir, '--strip-components=1']);
    }
    execFileSync('cp', ['-r', dir, join(repo.dir, 'vendor-src', name)]);
  }
}

function startWorker(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'apps/cli/src/main.ts'), 'worker', ...args], {
    cwd: ROOT, env: { ...process.env, NULLPATH_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('worker running') && resolve(child));
    child.once('exit', (c) => reject(new Error(`worker exited ${c}`)));
  });
}

async function main() {
  const p = await createPipeline('postgres', { worker: false });
  const repo = new GitFixture();
  mkdirSync(join(repo.dir, 'vendor-src'));
  fetchPackages(repo);
  repo.write({ 'package.json': DEMO_PKG, 'package-lock.json': DEMO_LOCK }).commit('mid-size repository');
  const files = repo.git('ls-files').split('\n').filter(Boolean);
  const js = files.filter((f) => /\.(js|ts|mjs|cjs)$/.test(f)).length;
  for (let i = 0; i < SCANS * 2; i++) repo.git('branch', `b${i}`);
  const repositoryId = (await p.api('/api/v2/repositories/addByUrl', { url: repo.url })).body.repository.id;
  const dataDir = mkdtempSync(join(tmpdir(), 'np-bench-tp-'));
  console.log(`bench/scan-throughput: ${files.length} files (${js} JS/TS) from ${PACKAGES.join(', ')}; ${SCANS} scans per run; PostgreSQL; node ${process.version}`);

  const rates: number[] = [];
  let branch = 0;
  for (const workers of [1, 2]) {
    const ids: string[] = [];
    for (let i = 0; i < SCANS; i++) ids.push((await p.api('/api/v2/scans/start', { repositoryId, branch: `b${branch++}` })).body.scan.id);
    const started = performance.now();
    const procs = await Promise.all(Array.from({ length: workers }, () => startWorker(['--database-url', p.location, '--data-dir', dataDir])));
    const done = await Promise.all(ids.map((id) => p.waitForScan(id, 1_800_000)));
    const seconds = (performance.now() - started) / 1000;
    for (const w of procs) w.kill('SIGTERM');
    await Promise.all(procs.map((w) => new Promise((r) => w.once('exit', r))));
    const failed = done.filter((s) => s.status !== 'COMPLETED');
    if (failed.length > 0) throw new Error(`scans failed: ${failed.map((s) => s.errorMessage).join('; ')}`);
    const perMinute = (SCANS / seconds) * 60;
    rates.push(perMinute);
    console.log(`${workers} worker(s): ${SCANS} scans in ${seconds.toFixed(1)} s → ${perMinute.toFixed(1)} scans/min (findings per scan: ${done[0].counts.total})`);
  }
  console.log(`ratio 2 workers / 1 worker: ${(rates[1]! / rates[0]!).toFixed(2)} (2 cores; includes worker start-up)`);
  rmSync(dataDir, { recursive: true, force: true });
  repo.destroy();
  await p.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
