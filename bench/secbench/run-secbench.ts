/**
 * SAST benchmark (a script, not a test): runs the engine over the SecBench.js DEV split in library
 * mode and scores it against a sink-only grep baseline in the same run.
 *   node --import tsx bench/secbench/run-secbench.ts [--limit N] [--class redos] [--workers 2] [--no-fix]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_VERSION } from '@nullpath/engine';
import { packsDir } from '@nullpath/rules';
import { fetchPackage, pool } from '../lib/npm-pack';
import { detect, median, pct, resolveSinkFile, type Entry, type Hit } from './scoring';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const OUT = join(repo, 'bench', '.out');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const DEV = opt('dev') ?? join(repo, '..', 'shared', 'bench', 'secbench-dev.json');
const WORKERS = Number(opt('workers') ?? 2);
const BUDGET = Number(opt('budget-ms') ?? 20_000);

interface ScanOutput {
  findings: { ruleId: string; cwe: string; file: string; line: number }[];
  baseline: { file: string; line: number; cwe: string }[];
  skipped: { path: string; reason: string }[];
  lines: number;
  ms: number;
  rss: number;
  files: string[];
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p).split('\\').join('/'));
    }
  };
  walk(root);
  return out;
}

function rulePackHash(): string {
  const h = createHash('sha256');
  for (const f of listFiles(packsDir).sort()) if (/\.(yaml|yml)$/.test(f)) h.update(f).update(readFileSync(join(packsDir, f)));
  return h.digest('hex').slice(0, 12);
}

async function scanAll(dirs: string[]): Promise<Map<string, ScanOutput | { error: string }>> {
  const results = new Map<string, ScanOutput | { error: string }>();
  let peakRss = 0;
  const queue = [...dirs];
  let done = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      const child: ChildProcess = fork(join(here, 'scan-worker.ts'), [], { execArgv: ['--import', 'tsx', '--max-old-space-size=4096'], cwd: repo, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
        if (current) results.set(current, m.ok ? { ...(m as ScanOutput), files: listFiles(current) } : { error: m.error ?? 'unknown' });
        peakRss = Math.max(peakRss, m.rss ?? 0);
        done++;
        if (done % 20 === 0) process.stderr.write(`  scanned ${done}/${dirs.length}\n`);
        next();
      });
      child.on('exit', () => {
        if (current && !results.has(current)) results.set(current, { error: 'worker crashed or timed out' });
        resolve();
      });
    });
  await Promise.all(Array.from({ length: WORKERS }, runWorker));
  (results as Map<string, unknown>).set('__peakRss', peakRss);
  return results;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  let entries = JSON.parse(readFileSync(DEV, 'utf8')) as Entry[];
  if (opt('class')) entries = entries.filter((e) => e.class === opt('class'));
  if (opt('limit')) entries = entries.slice(0, Number(opt('limit')));
  const withFix = !args.includes('--no-fix');
  const t0 = performance.now();
  process.stderr.write(`fetching ${entries.length} entries (npm pack, cached in bench/.out)\n`);
  const vuln = await pool(entries, 4, (e) => fetchPackage(OUT, e.package, e.version));
  const fixed = await pool(entries, 4, (e) => (withFix && e.fixedVersion ? fetchPackage(OUT, e.package, e.fixedVersion) : Promise.resolve(undefined)));
  const fetchMs = performance.now() - t0;
  const dirs = [...new Set([...vuln, ...fixed].filter((d): d is string => !!d))];
  process.stderr.write(`scanning ${dirs.length} package versions with ${WORKERS} workers\n`);
  const t1 = performance.now();
  const scans = await scanAll(dirs);
  const scanMs = performance.now() - t1;
  const peakRss = (scans as Map<string, unknown>).get('__peakRss') as number;

  type Side = { hits: (s: ScanOutput) => Hit[] };
  const engine: Side = { hits: (s) => s.findings.map((f) => ({ file: f.file, line: f.line, cwe: f.cwe, rule: f.ruleId })) };
  const baseline: Side = { hits: (s) => s.baseline.map((f) => ({ ...f, rule: f.cwe })) };
  const classes = [...new Set(entries.map((e) => e.class))].sort();
  const report: Record<string, unknown> = {
    engineVersion: ENGINE_VERSION,
    rulePackHash: rulePackHash(),
    dataset: relative(repo, DEV),
    entries: entries.length,
    fetchSeconds: +(fetchMs / 1000).toFixed(1),
    scanSeconds: +(scanMs / 1000).toFixed(1),
    peakWorkerRssMb: Math.round(peakRss / 1e6),
    mainRssMb: Math.round(process.memoryUsage().rss / 1e6),
    workers: WORKERS,
  };
  const errors = [...scans.entries()].filter(([k, v]) => k !== '__peakRss' && v && typeof v === 'object' && 'error' in v).map(([k, v]) => ({ dir: relative(OUT, k), error: (v as { error: string }).error.split('\n')[0] }));
  report.scanErrors = errors;

  const details: Record<string, unknown>[] = [];
  for (const [name, side] of [['nullpath', engine], ['grep-baseline', baseline]] as const) {
    const perClass: Record<string, Record<string, number | string>> = {};
    let unavailable = 0;
    let unlocatable = 0;
    const perPackage = new Map<string, number>();
    let kloc = 0;
    let classFindings = 0;
    let classTp = 0;
    let weakFileFindings = 0;
    let weakFileTp = 0;
    let pairs = 0;
    let pairDetected = 0;
    let pairCorrect = 0;
    const totals = { n: 0, det: 0, len: 0, exact: 0, file: 0 };
    for (const c of classes) perClass[c] = { n: 0, detected: 0, lenient: 0, exactLine: 0, fileLevel: 0 };
    entries.forEach((e, i) => {
      const dir = vuln[i];
      const s = dir ? scans.get(dir) : undefined;
      if (!dir || !s || 'error' in s) {
        unavailable++;
        return;
      }
      const file = resolveSinkFile(s.files, e.sinkFile);
      if (!file) {
        unlocatable++;
        return;
      }
      const hits = side.hits(s);
      if (!perPackage.has(dir)) {
        perPackage.set(dir, hits.length);
        kloc += s.lines / 1000;
      }
      const d = detect(e, file, hits);
      if (name === 'nullpath') {
        details.push({ id: e.id, class: e.class, sinkFile: file, sinkLine: e.sinkLine, detected: d.detected, ms: Math.round(s.ms), inFile: hits.filter((h) => h.file === file).map((h) => `${h.line} ${h.rule}`), skipped: s.skipped });
      }
      const pc = perClass[e.class]!;
      pc.n = (pc.n as number) + 1;
      if (d.detected) pc.detected = (pc.detected as number) + 1;
      if (d.detectedLenient) pc.lenient = (pc.lenient as number) + 1;
      if (d.exactLine) pc.exactLine = (pc.exactLine as number) + 1;
      if (d.fileLevel) pc.fileLevel = (pc.fileLevel as number) + 1;
      totals.n++;
      totals.det += d.detected ? 1 : 0;
      totals.len += d.detectedLenient ? 1 : 0;
      totals.exact += d.exactLine ? 1 : 0;
      totals.file += d.fileLevel ? 1 : 0;
      const ofClass = hits.filter((h) => h.cwe === e.cwe);
      classFindings += ofClass.length;
      classTp += ofClass.filter((h) => h.file === file && Math.abs(h.line - e.sinkLine) <= 2).length;
      const inFile = hits.filter((h) => h.file === file);
      weakFileFindings += inFile.length;
      weakFileTp += inFile.filter((h) => Math.abs(h.line - e.sinkLine) <= 2 && h.cwe === e.cwe).length;
      const fdir = fixed[i];
      const fs = fdir ? scans.get(fdir) : undefined;
      if (fdir && fs && !('error' in fs)) {
        pairs++;
        if (d.detected) {
          pairDetected++;
          const fhits = side.hits(fs);
          const count = (hs: Hit[]): number => hs.filter((h) => h.file === file && h.rule === d.rule).length;
          if (count(fhits) < count(hits)) pairCorrect++;
        }
      }
    });
    const counts = [...perPackage.values()];
    for (const c of classes) {
      const pc = perClass[c]!;
      pc.recall = pct(pc.detected as number, pc.n as number);
      pc.recallLenient = pct(pc.lenient as number, pc.n as number);
    }
    report[name] = {
      recall: pct(totals.det, totals.n),
      recallLenient: pct(totals.len, totals.n),
      exactLineRecall: pct(totals.exact, totals.n),
      fileLevelRecall: pct(totals.file, totals.n),
      locatableEntries: totals.n,
      unavailable,
      unlocatable,
      perClass,
      findingsPerPackage: { median: median(counts), mean: +(counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length)).toFixed(1), over10: counts.filter((c) => c > 10).length, packages: counts.length },
      findingsPerKloc: +(counts.reduce((a, b) => a + b, 0) / Math.max(0.001, kloc)).toFixed(2),
      precisionProxyClassCwe: pct(classTp, classFindings),
      precisionProxyWeaknessFiles: pct(weakFileTp, weakFileFindings),
      fixPairs: { scanned: pairs, detected: pairDetected, pairCorrect, pairCorrectRate: pct(pairCorrect, pairs) },
    };
  }
  writeFileSync(join(OUT, 'secbench-results.json'), JSON.stringify(report, null, 2));
  writeFileSync(join(OUT, 'secbench-entries.json'), JSON.stringify(details, null, 2));
  printReport(report, classes);
}

function printReport(r: Record<string, unknown>, classes: string[]): void {
  const line = (s: string): void => void process.stdout.write(`${s}\n`);
  line(`SecBench.js DEV split — engine ${r.engineVersion}, rule packs ${r.rulePackHash}, ${r.entries} entries`);
  line(`wall time: fetch ${r.fetchSeconds}s, scan ${r.scanSeconds}s (${r.workers} workers); peak worker RSS ${r.peakWorkerRssMb} MB, main ${r.mainRssMb} MB`);
  for (const name of ['nullpath', 'grep-baseline']) {
    const s = r[name] as Record<string, unknown> & { perClass: Record<string, Record<string, unknown>>; findingsPerPackage: Record<string, number>; fixPairs: Record<string, unknown> };
    line('');
    line(`== ${name} ==`);
    line(`recall ${s.recall} (lenient CWE ${s.recallLenient}, exact line ${s.exactLineRecall}, file level ${s.fileLevelRecall}) over ${s.locatableEntries} locatable entries; unavailable ${s.unavailable}, unlocatable ${s.unlocatable}`);
    for (const c of classes) {
      const pc = s.perClass[c]!;
      line(`  ${c.padEnd(20)} ${String(pc.detected).padStart(3)}/${String(pc.n).padEnd(3)} recall ${String(pc.recall).padStart(6)}  lenient ${pc.recallLenient}`);
    }
    line(`findings per package: median ${s.findingsPerPackage.median}, mean ${s.findingsPerPackage.mean}, packages with >10: ${s.findingsPerPackage.over10}/${s.findingsPerPackage.packages}; findings/KLOC ${s.findingsPerKloc}`);
    line(`precision proxy: class-CWE findings hitting the labelled sink ${s.precisionProxyClassCwe}; TP share in weakness files ${s.precisionProxyWeaknessFiles}`);
    line(`fix pairs: ${s.fixPairs.scanned} scanned, ${s.fixPairs.detected} detected, pair-correct ${s.fixPairs.pairCorrect} (${s.fixPairs.pairCorrectRate})`);
  }
  const errs = r.scanErrors as unknown[];
  if (errs.length) line(`\nscan errors: ${JSON.stringify(errs)}`);
}

if (!existsSync(join(repo, 'bench'))) throw new Error('run from the repository');
await main();
