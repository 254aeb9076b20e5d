/**
 * bench/sast: engine performance on a real corpus (a script, not a test). Scans the published
 * sources of the npm packages of corpus.json and Debian's python3-django in child processes,
 * measures wall time, lines/s and peak RSS, then times the ESLint security stack (sast.md §5) on
 * the same JS/TS files. Prints figures and targets, writes bench/.out/sast-results.json.
 *   node --import tsx bench/sast/run.ts [--threads 2] [--only js|python] [--no-eslint] [--threat-models remote,library] [--per-package]
 */
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENGINE_VERSION, type ThreatModel } from '@nullpath/engine';
import { opt, OUT, REPO, rulePackHash } from '../lib/bench-env';
import { ensureEslintStack, runEslint } from '../lib/eslint-stack';
import { fetchDebian, fetchNpm, type Corpus } from './fetch-corpus';
import { printResults, type PartResult, type Results } from './print-results';
import { sampleTree } from './proc-sampler';
import type { ChildJob, RootResult } from './scan-child';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const THREADS = Number(opt(args, 'threads') ?? 2);
const THREAT_MODELS = (opt(args, 'threat-models') ?? 'remote').split(',') as ThreatModel[];
const BUDGET = Number(opt(args, 'budget-ms') ?? 20_000);
/** Hard stop per package so one pathological input cannot stall the whole benchmark. */
const ROOT_TIMEOUT_MS = Number(opt(args, 'package-timeout-s') ?? 600) * 1000;
const CORPUS = opt(args, 'corpus') ?? join(here, 'corpus.json');
const ONLY = opt(args, 'only');
const ESLINT_CONCURRENCY = opt(args, 'eslint-concurrency') ?? 'off';
const PER_ROOT = args.includes('--per-package');

interface ChildRun {
  results: RootResult[];
  failed: { label: string; how: string }[];
  wallMs: number;
  loadMs: number;
  loadRss: number;
  peakRssBytes: number;
}

/** One child process over `roots`; stops at the first crash or timeout and says where it was. */
function runChild(lang: ChildJob['lang'], roots: ChildJob['roots']): Promise<ChildRun> {
  const started = performance.now();
  const child = fork(join(here, 'scan-child.ts'), [], { execArgv: ['--import', 'tsx', ...(opt(args, 'max-old-space-mb') ? [`--max-old-space-size=${opt(args, 'max-old-space-mb')}`] : [])], cwd: REPO, stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
  const sampler = sampleTree(child.pid!);
  const run: ChildRun = { results: [], failed: [], wallMs: 0, loadMs: 0, loadRss: 0, peakRssBytes: 0 };
  let current: string | undefined;
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
    process.stderr.write(d);
  });
  child.on('message', (m: { loaded?: boolean; loadMs?: number; loadRss?: number; start?: string; done?: RootResult; end?: boolean; maxRss?: number }) => {
    if (m.loaded) {
      run.loadMs = m.loadMs ?? 0;
      run.loadRss = m.loadRss ?? 0;
    }
    if (m.start) {
      current = m.start;
      timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, ROOT_TIMEOUT_MS);
    }
    if (m.done) {
      clearTimeout(timer);
      current = undefined;
      run.results.push(m.done);
      if (!m.done.sharedMs) process.stderr.write(`  ${lang} ${m.done.label}: ${m.done.lines} lines in ${(m.done.ms / 1000).toFixed(1)} s\n`);
    }
    if (m.end) run.peakRssBytes = Math.max(run.peakRssBytes, m.maxRss ?? 0);
  });
  child.send({ lang, roots, threads: THREADS, threatModels: THREAT_MODELS, budgetMs: BUDGET, perRoot: PER_ROOT } satisfies ChildJob);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      run.wallMs = performance.now() - started;
      run.peakRssBytes = Math.max(run.peakRssBytes, sampler.stop());
      if (!current && run.results.length < roots.length && (code !== 0 || signal)) {
        // Died outside any package (start-up, rule loading): every package left is unscanned.
        const how = `child exited with ${signal ?? `code ${code}`} before scanning: ${stderr.trim().split('\n').filter((l) => l.trim()).slice(-3).join(' | ')}`;
        const done = new Set(run.results.map((x) => x.label));
        for (const r of roots) if (!done.has(r.label)) run.failed.push({ label: r.label, how });
      }
      if (current) {
        const how = timedOut ? `no result after ${ROOT_TIMEOUT_MS / 1000} s (killed)` : `child exited with ${signal ?? `code ${code}`}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
        run.failed.push({ label: current, how });
      }
      resolve(run);
    });
  });
}

/** Scans all roots of a part, restarting the child after a crash so one package cannot hide the rest. */
async function scanPart(name: string, lang: ChildJob['lang'], roots: ChildJob['roots']): Promise<PartResult> {
  const part: PartResult = { name, lang, roots: [], failed: [], wallMs: 0, loadMs: 0, loadRss: 0, peakRssBytes: 0 };
  let left = roots;
  while (left.length) {
    const r = await runChild(lang, left);
    part.roots.push(...r.results);
    part.failed.push(...r.failed);
    part.wallMs += r.wallMs;
    part.loadMs += r.loadMs;
    part.loadRss = Math.max(part.loadRss, r.loadRss);
    part.peakRssBytes = Math.max(part.peakRssBytes, r.peakRssBytes);
    const finished = new Set([...part.roots.map((x) => x.label), ...part.failed.map((x) => x.label)]);
    const before = left.length;
    left = left.filter((x) => !finished.has(x.label));
    if (left.length === before) break; // the child died before its first package: do not loop
  }
  return part;
}

async function main(): Promise<void> {
  const corpus = JSON.parse(readFileSync(CORPUS, 'utf8')) as Corpus;
  const parts: PartResult[] = [];
  const results: Results = {
    engineVersion: ENGINE_VERSION,
    rulePackHash: rulePackHash(),
    node: process.version,
    cpus: cpus().length,
    threads: THREADS,
    threatModels: THREAT_MODELS,
    timeBudgetMs: BUDGET,
    corpus: relative(REPO, CORPUS),
    parts,
  };
  if (ONLY !== 'python') {
    process.stderr.write(`fetching ${corpus.npm.length} npm packages (npm pack, cached in bench/.out)\n`);
    const fetched = await fetchNpm(corpus.npm);
    results.unavailable = fetched.filter((f) => !f.dir).map((f) => f.spec);
    const roots = fetched.filter((f) => f.dir).map((f) => ({ label: f.spec, dir: f.dir! }));
    process.stderr.write(`scanning ${roots.length} npm packages (threads ${THREADS})\n`);
    parts.push({ ...(await scanPart(`js (${roots.length} npm packages)`, 'js', roots)), dirs: Object.fromEntries(roots.map((r) => [r.label, r.dir])) });
  }
  if (ONLY !== 'js') {
    for (const d of corpus.debian) {
      const { dir, version } = fetchDebian(d);
      process.stderr.write(`scanning ${d.package} ${version} (${d.root})\n`);
      parts.push({ ...(await scanPart(`python (${d.package} ${version})`, 'python', [{ label: `${d.package}@${version}`, dir }])), dirs: { [`${d.package}@${version}`]: dir } });
    }
  }
  const js = parts.find((p) => p.lang === 'js');
  if (js && !args.includes('--no-eslint')) {
    ensureEslintStack();
    // One cwd above all packages so one ESLint start covers many packages, as one run per package
    // would mostly time ESLint's start-up (plugin loading).
    const cwd = join(OUT, 'packages');
    const files = js.roots.flatMap((r) => r.analysedJs.map((f) => `${relative(cwd, js.dirs![r.label]!)}/${f}`));
    process.stderr.write(`timing the ESLint security stack on ${files.length} files (concurrency ${ESLINT_CONCURRENCY})\n`);
    const es = await runEslint(cwd, files, { batch: 400, concurrency: ESLINT_CONCURRENCY });
    results.eslint = {
      files: es.files,
      lines: js.roots.reduce((n, r) => n + r.lines, 0),
      wallMs: es.wallMs,
      peakRssBytes: es.peakRssBytes,
      findings: es.findings.length,
      parseErrors: es.parseErrors.length,
      commonjsRetries: es.commonjsRetries,
      crashed: es.crashed,
      concurrency: ESLINT_CONCURRENCY,
      versions: es.versions,
    };
  }
  for (const p of parts) delete p.dirs;
  const printed = printResults(results);
  writeFileSync(join(OUT, 'sast-results.json'), JSON.stringify({ ...results, summary: printed }, (k, v: unknown) => (k === 'analysedJs' ? undefined : v), 2));
  process.stdout.write(`\nwritten ${relative(REPO, join(OUT, 'sast-results.json'))}\n`);
}

await main();
