import type { IrModule } from '../ir/ir.types';
import { compileSecretRules, scanSecrets } from '../match/secrets';
import { runMatchRules } from '../match/match-runner';
import { parseFile } from '../parse/parse-file';
import { grammarFor, ParserPool } from '../parse/parser-pool';
import { assignFingerprints } from '../report/fingerprint';
import type { Finding, ScanResult, SkippedFile } from '../report/finding.types';
import type { ModelSet } from '../rule-schema/model.schema';
import type { Rule } from '../rule-schema/rule.schema';
import { ModuleResolver, RESOLVER_CONFIG_FILES } from '../taint/module-resolve';
import { TaintProgram } from '../taint/program';
import { looksMinified } from './minified';
import { scanInThreads } from './scan-threads';
import { compileRuleSet, type ThreatModel } from './rule-set';
import { TaintFindings } from './taint-findings';

export interface ScanProgress {
  phase: 'parse' | 'analyze' | 'match' | 'done';
  done: number;
  total: number;
  file?: string | undefined;
}

export interface ScanOptions {
  files: readonly { path: string; content: string }[];
  rules: readonly Rule[];
  /** Models-as-data (sources, sinks, sanitizers, propagators, types, patterns), e.g. from the rule packs or a user file. */
  models?: readonly { origin: string; set: ModelSet }[] | undefined;
  /** Default `['remote']`. */
  threatModels?: readonly ThreatModel[] | undefined;
  onProgress?: ((p: ScanProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** Per-file budget for parsing and for analysis (each), in ms. Default 20 000. */
  timeBudgetMs?: number | undefined;
  /**
   * Budget for the whole taint analysis of one program, in ms. Default 60 s plus 1 ms per line of
   * analysed code. Past it the analysis stops and the findings so far are returned, with
   * `stats.analysisBudgetExhausted` set.
   */
  analysisBudgetMs?: number | undefined;
  /** Heap growth allowed to the analysis per thread, in MB (default 1200); past it the analysis stops the same way. */
  analysisHeapMb?: number | undefined;
  /** Files above this size are skipped and reported. Default 1.5 MB. */
  maxFileBytes?: number | undefined;
  /**
   * Worker threads to analyse independent parts of the code base in parallel (files that do not
   * import each other). Default 1: everything on the calling thread. Small scans stay on the
   * calling thread whatever this says, because starting a thread costs more than they do.
   */
  threads?: number | undefined;
  /** Files read only to resolve imports (tsconfig/jsconfig path aliases), not scanned. Set by the thread pool. */
  contextFiles?: readonly { path: string; content: string }[] | undefined;
}


/** Files in, findings out. Never throws for a bad file: it is reported in `skipped` with the reason. */
export async function scan(opts: ScanOptions): Promise<ScanResult> {
  if ((opts.threads ?? 1) > 1) {
    const threaded = await scanInThreads(opts, opts.threads!);
    if (threaded) return threaded;
  }
  return scanInProcess(opts);
}

export async function scanInProcess(opts: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const budget = opts.timeBudgetMs ?? 20_000;
  const maxBytes = opts.maxFileBytes ?? 1_500_000;
  const pool = new ParserPool();
  const skipped: SkippedFile[] = [];
  const partiallyParsed: string[] = [];
  try {
    const rs = await compileRuleSet(opts.rules, opts.models ?? [], opts.threatModels ?? ['remote'], pool);
    const modules: IrModule[] = [];
    const ids = { nextFn: 0, nextClass: 0 };
    const sources = opts.files.filter((f) => grammarFor(f.path));
    let lines = 0;
    let done = 0;
    const parseStart = performance.now();
    for (const file of sources) {
      throwIfAborted(opts.signal);
      opts.onProgress?.({ phase: 'parse', done: done++, total: sources.length, file: file.path });
      const lang = grammarFor(file.path)!.language;
      if (!rs.languages.has(lang) && !(lang === 'typescript' && rs.languages.has('javascript'))) continue;
      if (Buffer.byteLength(file.content) > maxBytes) {
        skipped.push({ path: file.path, reason: `file too large (${Buffer.byteLength(file.content)} bytes > ${maxBytes})` });
        continue;
      }
      if (looksMinified(file.path, file.content)) {
        skipped.push({ path: file.path, reason: 'minified or generated code' });
        continue;
      }
      const out = await parseFile(pool, file, ids, Date.now() + budget);
      if (!out.ok) {
        skipped.push({ path: file.path, reason: out.reason });
        continue;
      }
      if (out.parseErrors) partiallyParsed.push(file.path);
      lines += out.module.lines.length;
      modules.push(out.module);
    }
    const parseMs = performance.now() - parseStart;
    const byFile = new Map(modules.map((m) => [m.file, m]));
    const keys = new Map<Finding, string>();
    const findings: Finding[] = [];

    const analysisStart = performance.now();
    let functions = 0;
    let sinkSites = 0;
    let sinkSitesReached = 0;
    let budgetExhausted = false;
    if (rs.taintRules.length && modules.length) {
      const taint = new TaintFindings(rs, byFile);
      const totalFns = modules.reduce((n, m) => n + m.functions.size, 0);
      let analysed = 0;
      const program = new TaintProgram(modules, {
        models: rs.models,
        nameSinks: rs.nameSinks,
        resolver: new ModuleResolver(
          modules.map((m) => m.file),
          [...opts.files, ...(opts.contextFiles ?? [])].filter((f) => RESOLVER_CONFIG_FILES.test(f.path)),
        ),
        report: (hit) => taint.onHit(hit),
        fileBudgetMs: budget,
        totalBudgetMs: opts.analysisBudgetMs ?? 60_000 + lines,
        heapBudgetBytes: (opts.analysisHeapMb ?? 1200) * 1024 * 1024,
        libraryMode: rs.threatModels.includes('library'),
        signal: opts.signal,
        onFunction: () => {
          analysed++;
          if ((analysed & 31) === 0) opts.onProgress?.({ phase: 'analyze', done: Math.min(analysed, totalFns), total: totalFns });
        },
      });
      await program.run();
      functions = totalFns;
      for (const [file, ms] of program.timedOut) skipped.push({ path: file, reason: `analysis time budget exceeded (${Math.round(ms)} ms > ${budget} ms)` });
      const timedOut = new Set(program.timedOut.keys());
      const tf = taint.findings().filter((f) => !timedOut.has(f.file));
      for (const f of tf) keys.set(f, taint.keys.get(f)!);
      findings.push(...tf);
      budgetExhausted = program.budgetExhausted;
      sinkSites = program.sinkSites.size;
      sinkSitesReached = [...program.sinkSites.values()].filter(Boolean).length;
    } else functions = modules.reduce((n, m) => n + m.functions.size, 0);
    const analysisMs = performance.now() - analysisStart;

    opts.onProgress?.({ phase: 'match', done: 0, total: modules.length });
    for (const m of modules) findings.push(...runMatchRules(m, rs.matchRules, keys));
    const secretRules = compileSecretRules(rs.secretRules);
    if (secretRules.length) {
      const skippedPaths = new Set(skipped.map((s) => s.path));
      for (const f of opts.files) {
        if (skippedPaths.has(f.path) || Buffer.byteLength(f.content) > maxBytes) continue;
        findings.push(...scanSecrets(f, secretRules, keys));
      }
    }
    assignFingerprints(findings, (f) => keys.get(f) ?? `${f.ruleId}\u0000${f.file}`);
    findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
    opts.onProgress?.({ phase: 'done', done: 1, total: 1 });
    return {
      findings,
      skipped,
      stats: {
        files: opts.files.length,
        analyzedFiles: modules.length,
        skippedFiles: skipped.length,
        lines,
        functions,
        rules: rs.rules.length,
        durationMs: Math.round(performance.now() - started),
        parseMs: Math.round(parseMs),
        analysisMs: Math.round(analysisMs),
        sinkSites,
        sinkSitesReached,
        partiallyParsed,
        analysisBudgetExhausted: budgetExhausted,
      },
    };
  } finally {
    pool.dispose();
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('scan aborted');
}
