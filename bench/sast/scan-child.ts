/**
 * Child process of bench/sast/run.ts: scans the roots it is sent, so the parent can measure this
 * process's peak RSS apart from its own and survive an engine crash. By default all roots form
 * one scan (paths prefixed by the root's label), which is how a repository of several packages is
 * scanned and lets the engine spread independent packages over its threads; `perRoot` scans one
 * root at a time (per-package timings, no cross-package parallelism).
 * Messages out: {start}, {done, ...figures} per root, then {end, maxRss}.
 */
import { loadModelFile, loadRules, scan, type ScanOptions, type ThreatModel } from '@nullpath/engine';
import { collectFiles } from '@nullpath/engine/files';
import { loadBuiltinPacks } from '@nullpath/rules';
import { analysedJsFiles } from '../lib/bench-env';

/** What the engine parses with the part's pack (its grammarFor): JS/TS (no .d.ts), or Python. */
const GRAMMAR = { js: /\.(m|c)?(j|t)sx?$/, python: /\.pyw?$/ } as const;

export interface ChildJob {
  lang: 'js' | 'python';
  roots: { label: string; dir: string }[];
  threads: number;
  threatModels: ThreatModel[];
  budgetMs: number;
  perRoot: boolean;
}

export interface RootResult {
  label: string;
  files: number;
  lines: number;
  ms: number;
  findings: number;
  skipped: { path: string; reason: string }[];
  partiallyParsed: number;
  /** The child's peak RSS (bytes) so far after this root: where it jumps, this root set the peak. */
  maxRssAfter: number;
  /** In a whole-part scan the time is the part's, shared by all its roots. */
  sharedMs?: boolean;
  /** JS/TS files the engine analysed, relative to the root: what the ESLint stack is timed on. */
  analysedJs: string[];
}

process.once('message', (job: ChildJob) => {
  void (async () => {
    const t0 = performance.now();
    // Built-in pack folders are named by file extension: js (JS and TS) and py.
    const packs = loadBuiltinPacks([job.lang === 'python' ? 'py' : 'js']);
    const rules = loadRules(packs.rules);
    const models = packs.models.map((m) => ({ origin: m.origin, set: loadModelFile(m) }));
    process.send!({ loaded: true, loadMs: performance.now() - t0, loadRss: process.resourceUsage().maxRSS * 1024 });
    const options = (files: ScanOptions['files']): ScanOptions => ({ files, rules, models, threatModels: job.threatModels, timeBudgetMs: job.budgetMs, threads: job.threads });
    if (!job.perRoot) {
      process.send!({ start: `all ${job.roots.length} roots` });
      const started = performance.now();
      const walked = await Promise.all(job.roots.map(async (r) => ({ root: r, w: await collectFiles(r.dir) })));
      const files = walked.flatMap(({ root, w }) => w.files.map((f) => ({ path: `${root.label}/${f.path}`, content: f.content })));
      const result = await scan(options(files));
      const ms = performance.now() - started;
      for (const { root, w } of walked) {
        const prefix = `${root.label}/`;
        const own = <T extends { path: string }>(xs: readonly T[]): T[] => xs.filter((x) => x.path.startsWith(prefix)).map((x) => ({ ...x, path: x.path.slice(prefix.length) }));
        const skipped = own(result.skipped);
        const dropped = new Set(skipped.map((x) => x.path));
        const analysed = w.files.filter((f) => GRAMMAR[job.lang].test(f.path) && !dropped.has(f.path));
        const done: RootResult = {
          label: root.label,
          files: analysed.length,
          lines: analysed.reduce((n, f) => n + f.content.split('\n').length, 0),
          ms,
          sharedMs: true,
          findings: result.findings.filter((f) => f.file.startsWith(prefix)).length,
          skipped: [...w.skipped, ...skipped],
          partiallyParsed: result.stats.partiallyParsed.filter((x) => x.startsWith(prefix)).length,
          maxRssAfter: process.resourceUsage().maxRSS * 1024,
          analysedJs: job.lang === 'js' ? analysedJsFiles(w.files, skipped) : [],
        };
        await new Promise<void>((resolve) => process.send!({ done }, () => resolve()));
      }
    }
    for (const root of job.perRoot ? job.roots : []) {
      process.send!({ start: root.label });
      const started = performance.now();
      const walked = await collectFiles(root.dir);
      const result = await scan(options(walked.files));
      const done: RootResult = {
        label: root.label,
        files: result.stats.analyzedFiles,
        lines: result.stats.lines,
        ms: performance.now() - started,
        findings: result.findings.length,
        skipped: [...walked.skipped, ...result.skipped],
        partiallyParsed: result.stats.partiallyParsed.length,
        maxRssAfter: process.resourceUsage().maxRSS * 1024,
        analysedJs: job.lang === 'js' ? analysedJsFiles(walked.files, result.skipped) : [],
      };
      await new Promise<void>((resolve) => process.send!({ done }, () => resolve()));
    }
    process.send!({ end: true, maxRss: process.resourceUsage().maxRSS * 1024 }, () => process.exit(0));
  })();
});
