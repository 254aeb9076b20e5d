/**
 * SAST benchmark (a script, not a test): runs the engine over the SecBench.js DEV split in library
 * mode and scores it, in the same run and on the same files, against a sink-only grep baseline and
 * the ESLint security stack of sast.md §5.
 *   node --import tsx bench/secbench/run-secbench.ts [--limit N] [--class redos] [--workers 2] [--no-fix] [--no-eslint]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENGINE_VERSION } from '@nullpath/engine';
import { listFiles, opt, OUT, REPO, rulePackHash } from '../lib/bench-env';
import { ensureEslintStack, runEslint } from '../lib/eslint-stack';
import { fetchPackage, pool } from '../lib/npm-pack';
import { printReport } from './print-report';
import { scoreSide, SIDES, type ScanMap, type ScanOutput } from './score-side';
import type { Entry } from './scoring';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const DEV = opt(args, 'dev') ?? join(REPO, '..', 'shared', 'bench', 'secbench-dev.json');
const WORKERS = Number(opt(args, 'workers') ?? 2);
const BUDGET = Number(opt(args, 'budget-ms') ?? 20_000);

async function scanAll(dirs: string[]): Promise<{ scans: ScanMap; peakRss: number }> {
  const scans: ScanMap = new Map();
  let peakRss = 0;
  const queue = [...dirs];
  let done = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      const child: ChildProcess = fork(join(here, 'scan-worker.ts'), [], { execArgv: ['--import', 'tsx', '--max-old-space-size=4096'], cwd: REPO, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let current: string | undefined;
      let timer: NodeJS.Timeout | undefined;
      const next = (): void => {
        current = queue.shift();
        if (!current) {
          child.kill();
          resolve();
          return;
        }
        // A package that hangs the whole worker is recorded as an error, never silently dropped.
        timer = setTimeout(() => child.kill('SIGKILL'), 10 * 60_000);
        child.send({ id: 0, dir: current, timeBudgetMs: BUDGET });
      };
      child.on('message', (m: { ready?: boolean; ok?: boolean; error?: string; rss?: number } & Partial<ScanOutput>) => {
        if (m.ready) return next();
        if (timer) clearTimeout(timer);
        if (current) scans.set(current, m.ok ? { ...(m as ScanOutput), files: listFiles(current) } : { error: m.error ?? 'unknown' });
        peakRss = Math.max(peakRss, m.rss ?? 0);
        done++;
        if (done % 20 === 0) process.stderr.write(`  scanned ${done}/${dirs.length}\n`);
        next();
      });
      child.on('exit', () => {
        if (current && !scans.has(current)) scans.set(current, { error: 'worker crashed or timed out' });
        resolve();
      });
    });
  await Promise.all(Array.from({ length: WORKERS }, runWorker));
  return { scans, peakRss };
}

/**
 * Lints every scanned package version in one batched pass (one ESLint start per few hundred files
 * instead of one per package) and attaches the findings to each scan. cwd is bench/.out, so each
 * reported path starts with its package folder.
 */
async function lintAll(scans: ScanMap): Promise<Record<string, unknown>> {
  ensureEslintStack();
  const owner = new Map<string, ScanOutput>();
  const files: string[] = [];
  for (const [dir, s] of scans) {
    if ('error' in s) continue;
    const prefix = relative(OUT, dir);
    owner.set(prefix, s);
    s.eslint = [];
    for (const f of s.analysed) files.push(`${prefix}/${f}`);
  }
  process.stderr.write(`linting ${files.length} files of ${owner.size} package versions with the ESLint security stack\n`);
  const run = await runEslint(OUT, files, { batch: 300 });
  const split = (p: string): [ScanOutput | undefined, string] => {
    const parts = p.split('/');
    // Package folders are packages/<name@version>/<tarball root>; the root may be absent.
    for (const n of [3, 2]) {
      const s = owner.get(parts.slice(0, n).join('/'));
      if (s) return [s, parts.slice(n).join('/')];
    }
    return [undefined, p];
  };
  for (const f of run.findings) {
    const [s, file] = split(f.file);
    s?.eslint!.push({ ruleId: f.ruleId, cwe: f.cwe, file, line: f.line });
  }
  return {
    files: run.files,
    wallSeconds: +(run.wallMs / 1000).toFixed(1),
    peakRssMb: run.peakRssBytes === undefined ? undefined : Math.round(run.peakRssBytes / 1e6),
    parseErrors: run.parseErrors.length,
    commonjsRetries: run.commonjsRetries,
    crashed: run.crashed.length,
    crashedFiles: run.crashed,
    versions: run.versions,
  };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  let entries = JSON.parse(readFileSync(DEV, 'utf8')) as Entry[];
  if (opt(args, 'class')) entries = entries.filter((e) => e.class === opt(args, 'class'));
  if (opt(args, 'limit')) entries = entries.slice(0, Number(opt(args, 'limit')));
  const withFix = !args.includes('--no-fix');
  const withEslint = !args.includes('--no-eslint');
  const t0 = performance.now();
  process.stderr.write(`fetching ${entries.length} entries (npm pack, cached in bench/.out)\n`);
  const vuln = await pool(entries, 4, (e) => fetchPackage(OUT, e.package, e.version));
  const fixed = await pool(entries, 4, (e) => (withFix && e.fixedVersion ? fetchPackage(OUT, e.package, e.fixedVersion) : Promise.resolve(undefined)));
  const fetchMs = performance.now() - t0;
  const dirs = [...new Set([...vuln, ...fixed].filter((d): d is string => !!d))];
  process.stderr.write(`scanning ${dirs.length} package versions with ${WORKERS} workers\n`);
  const t1 = performance.now();
  const { scans, peakRss } = await scanAll(dirs);
  const scanMs = performance.now() - t1;
  const eslintRun = withEslint ? await lintAll(scans) : undefined;

  const classes = [...new Set(entries.map((e) => e.class))].sort();
  const report: Record<string, unknown> = {
    engineVersion: ENGINE_VERSION,
    rulePackHash: rulePackHash(),
    dataset: relative(REPO, DEV),
    entries: entries.length,
    fetchSeconds: +(fetchMs / 1000).toFixed(1),
    scanSeconds: +(scanMs / 1000).toFixed(1),
    peakWorkerRssMb: Math.round(peakRss / 1e6),
    mainRssMb: Math.round(process.memoryUsage().rss / 1e6),
    workers: WORKERS,
    eslintRun,
  };
  report.scanErrors = [...scans.entries()].filter(([, v]) => 'error' in v).map(([k, v]) => ({ dir: relative(OUT, k), error: (v as { error: string }).error.split('\n')[0] }));

  const details: Record<string, unknown>[] = [];
  const sides = Object.keys(SIDES).filter((n) => withEslint || n !== 'eslint-security');
  for (const name of sides) {
    const onEntry = name === 'nullpath'
      ? (e: Entry, file: string, s: ScanOutput, hits: { line: number; rule: string; file: string }[], detected: boolean): void =>
          void details.push({ id: e.id, class: e.class, sinkFile: file, sinkLine: e.sinkLine, detected, ms: Math.round(s.ms), inFile: hits.filter((h) => h.file === file).map((h) => `${h.line} ${h.rule}`), skipped: s.skipped })
      : undefined;
    report[name] = scoreSide(entries, vuln, fixed, scans, SIDES[name]!, onEntry);
  }
  writeFileSync(join(OUT, 'secbench-results.json'), JSON.stringify(report, null, 2));
  writeFileSync(join(OUT, 'secbench-entries.json'), JSON.stringify(details, null, 2));
  printReport(report, classes, sides);
}

if (!existsSync(join(REPO, 'bench'))) throw new Error('run from the repository');
await main();
