/**
 * Child process of bench/sast/run.ts: scans the roots it is sent, one engine scan per root, so the
 * parent can measure this process's peak RSS apart from its own and survive an engine crash.
 * Messages out: {start}, {done, ...figures} per root, then {end, maxRss}.
 */
import { loadModelFile, loadRules, scan, type ScanOptions, type ThreatModel } from '@nullpath/engine';
import { collectFiles } from '@nullpath/engine/files';
import { loadBuiltinPacks } from '@nullpath/rules';
import { analysedJsFiles } from '../lib/bench-env';

export interface ChildJob {
  lang: 'js' | 'python';
  roots: { label: string; dir: string }[];
  threads: number;
  threatModels: ThreatModel[];
  budgetMs: number;
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
    for (const root of job.roots) {
      process.send!({ start: root.label });
      const started = performance.now();
      const walked = await collectFiles(root.dir);
      // `threads` is new in ScanOptions; the cast keeps this compiling against engines without it.
      const options = { files: walked.files, rules, models, threatModels: job.threatModels, timeBudgetMs: job.budgetMs, threads: job.threads } as ScanOptions;
      const result = await scan(options);
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
