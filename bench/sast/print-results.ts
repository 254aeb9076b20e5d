/** Figures and targets of bench/sast, printed and returned for the results JSON. */
import { reasonKind } from '../lib/bench-env';
import type { RootResult } from './scan-child';

export interface PartResult {
  name: string;
  lang: 'js' | 'python';
  roots: RootResult[];
  failed: { label: string; how: string }[];
  /** Child process wall time (start-up and rule loading included), summed over restarts. */
  wallMs: number;
  loadMs: number;
  /** Child's peak RSS once the rules were loaded, before the first package. */
  loadRss: number;
  peakRssBytes: number;
  dirs?: Record<string, string> | undefined;
}

export interface Results {
  engineVersion: string;
  rulePackHash: string;
  node: string;
  cpus: number;
  threads: number;
  threatModels: string[];
  timeBudgetMs: number;
  corpus: string;
  parts: PartResult[];
  unavailable?: string[];
  eslint?: {
    files: number;
    lines: number;
    wallMs: number;
    peakRssBytes: number | undefined;
    findings: number;
    parseErrors: number;
    commonjsRetries: number;
    crashed: { file: string; message: string }[];
    concurrency: string;
    versions: Record<string, string>;
  };
}

const TARGET_WALL_S = 60;
const TARGET_RSS_BYTES = 1.5e9;

const mb = (b: number | undefined): string => (b === undefined ? '?' : `${Math.round(b / 1e6)}`);
const sec = (ms: number): string => (ms / 1000).toFixed(1);
const rate = (lines: number, ms: number): string => (ms > 0 ? Math.round(lines / (ms / 1000)).toLocaleString('en-US') : '–');

export function printResults(r: Results): Record<string, unknown> {
  const line = (s = ''): void => void process.stdout.write(`${s}\n`);
  line(`bench/sast — engine ${r.engineVersion}, rule packs ${r.rulePackHash}, node ${r.node}, ${r.cpus} cores (shared with other work), threads ${r.threads}, threat models ${r.threatModels.join('+')}`);
  if (r.unavailable?.length) line(`unavailable on npm: ${r.unavailable.join(', ')}`);
  line('');
  line(`${'part'.padEnd(44)} ${'files'.padStart(6)} ${'lines'.padStart(9)} ${'wall s'.padStart(7)} ${'scan s'.padStart(7)} ${'lines/s'.padStart(8)} ${'peak RSS MB'.padStart(11)} ${'findings'.padStart(8)}`);
  const row = (name: string, files: number, lines: number, wallMs: number, scanMs: number, rss: number, findings: number): void =>
    line(`${name.padEnd(44)} ${String(files).padStart(6)} ${lines.toLocaleString('en-US').padStart(9)} ${sec(wallMs).padStart(7)} ${sec(scanMs).padStart(7)} ${rate(lines, wallMs).padStart(8)} ${mb(rss).padStart(11)} ${String(findings).padStart(8)}`);
  const total = { files: 0, lines: 0, wallMs: 0, scanMs: 0, rss: 0, findings: 0, failed: 0 };
  for (const p of r.parts) {
    const files = p.roots.reduce((n, x) => n + x.files, 0);
    const lines = p.roots.reduce((n, x) => n + x.lines, 0);
    // A whole-part scan reports the part's time on every root: count it once.
    const scanMs = p.roots.some((x) => x.sharedMs) ? Math.max(0, ...p.roots.map((x) => x.ms)) : p.roots.reduce((n, x) => n + x.ms, 0);
    const findings = p.roots.reduce((n, x) => n + x.findings, 0);
    row(p.name, files, lines, p.wallMs, scanMs, p.peakRssBytes, findings);
    total.files += files;
    total.lines += lines;
    total.wallMs += p.wallMs;
    total.scanMs += scanMs;
    total.rss = Math.max(total.rss, p.peakRssBytes);
    total.findings += findings;
    total.failed += p.failed.length;
  }
  row('total', total.files, total.lines, total.wallMs, total.scanMs, total.rss, total.findings);
  line('(wall = scanning child process from spawn to exit, incl. Node start-up and rule loading; scan = collectFiles + scan(), one scan per part unless --per-package)');
  line('');
  for (const p of r.parts) {
    const kinds = new Map<string, number>();
    for (const s of p.roots.flatMap((x) => x.skipped)) kinds.set(reasonKind(s.reason), (kinds.get(reasonKind(s.reason)) ?? 0) + 1);
    line(`${p.name}: skipped files ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}; partially parsed ${p.roots.reduce((n, x) => n + x.partiallyParsed, 0)}; rule loading ${sec(p.loadMs)} s, RSS after loading ${mb(p.loadRss)} MB`);
    const slow = p.roots.flatMap((x) => x.skipped.filter((s) => s.reason.startsWith('analysis time budget')).map((s) => `${x.label}/${s.path}`));
    if (slow.length) line(`  over the per-file analysis budget (${r.timeBudgetMs} ms): ${slow.join(', ')}`);
    if (p.roots.length > 1 && !p.roots.some((x) => x.sharedMs)) {
      const top = [...p.roots].sort((a, b) => b.ms - a.ms).slice(0, 5);
      line(`  slowest: ${top.map((x) => `${x.label} ${sec(x.ms)} s (${x.lines.toLocaleString('en-US')} lines)`).join(', ')}`);
    }
    let prev = p.loadRss;
    const raisers = p.roots.map((x) => {
      const rise = x.maxRssAfter - prev;
      prev = Math.max(prev, x.maxRssAfter);
      return { x, rise };
    });
    const top = raisers.filter((y) => y.rise > 0).sort((a, b) => b.rise - a.rise).slice(0, 3);
    if (top.length && !p.roots.some((x) => x.sharedMs)) line(`  peak RSS raised most by: ${top.map((y) => `${y.x.label} +${mb(y.rise)} MB (to ${mb(y.x.maxRssAfter)} MB)`).join(', ')}`);
    for (const f of p.failed) line(`  FAILED ${f.label}: ${f.how}`);
  }
  const js = r.parts.find((p) => p.lang === 'js');
  let ratio: number | undefined;
  if (r.eslint && js) {
    const e = r.eslint;
    ratio = js.wallMs / e.wallMs;
    line('');
    line(`ESLint security stack (eslint ${e.versions.eslint}, concurrency ${e.concurrency}) on the same ${e.files} JS/TS files, ${e.lines.toLocaleString('en-US')} lines:`);
    line(`  wall ${sec(e.wallMs)} s, ${rate(e.lines, e.wallMs)} lines/s, peak RSS ${mb(e.peakRssBytes)} MB, findings ${e.findings}, parse errors ${e.parseErrors} (after ${e.commonjsRetries} CommonJS retries), crashed files ${e.crashed.length}`);
    line(`  nullpath JS wall / ESLint wall = ${sec(js.wallMs)} / ${sec(e.wallMs)} = ${ratio.toFixed(2)}`);
  }
  const failedNote = total.failed ? ` (${total.failed} package(s) failed, so incomplete)` : '';
  const verdict = (ok: boolean): string => (ok && !total.failed ? 'met' : 'NOT met');
  const targets: Record<string, string> = {
    [`whole corpus ≤ ${TARGET_WALL_S} s`]: `${sec(total.wallMs)} s — ${verdict(total.wallMs <= TARGET_WALL_S * 1000)}${failedNote}`,
    [`peak RSS ≤ ${TARGET_RSS_BYTES / 1e9} GB`]: `${mb(total.rss)} MB — ${verdict(total.rss <= TARGET_RSS_BYTES)}${failedNote}`,
  };
  if (ratio !== undefined) targets['nullpath JS at least as fast as ESLint'] = `ratio ${ratio.toFixed(2)} — ${verdict(ratio <= 1)}${failedNote}`;
  line('');
  line('targets:');
  for (const [k, v] of Object.entries(targets)) line(`  ${k}: ${v}`);
  return { total: { ...total, linesPerSecond: Math.round(total.lines / (total.wallMs / 1000)) }, ratioJsWallToEslintWall: ratio, targets };
}
