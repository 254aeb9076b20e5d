import { Worker } from 'node:worker_threads';
import type { Finding, ScanResult } from '../report/finding.types';
import { grammarFor } from '../parse/parser-pool';
import { importComponents, packChunks, type SourceFile } from './partition';
import type { ScanOptions } from './scan';

/** Below this much code a thread's start-up (grammars, rule compilation) costs more than it saves. */
const MIN_PARALLEL_BYTES = 400_000;
/** More chunks than threads, so a thread that finishes early takes the next one. */
const CHUNKS_PER_THREAD = 3;
/**
 * Chunks are also kept to about this much code (measured on bench/sast: 1.5 MB → 2.05 GB peak, 600 KB →
 * 1.7 GB and faster): a thread's memory peaks with the program it
 * holds, so smaller chunks bound memory (a component larger than this stays whole).
 */
const CHUNK_BYTES = 600_000;

/** The options every chunk's scan shares: everything but the files and what cannot cross a thread. */
export type ThreadInit = Omit<ScanOptions, 'files' | 'contextFiles' | 'onProgress' | 'signal' | 'threads'>;

export type ThreadReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'result'; result: ScanResult }
  | { id: number; type: 'error'; message: string };

/**
 * Analyses independent groups of files (see importComponents) on worker threads and merges the
 * results. Returns undefined when the scan is too small or cannot be split; the caller then scans
 * in process. Results equal an in-process scan's because no flow crosses a group boundary.
 */
export async function scanInThreads(opts: ScanOptions, threads: number, minBytes = MIN_PARALLEL_BYTES): Promise<ScanResult | undefined> {
  const code = opts.files.filter((f) => grammarFor(f.path));
  const codeBytes = code.reduce((n, f) => n + f.content.length, 0);
  if (codeBytes < minBytes) return undefined;
  const components = importComponents(opts.files);
  if (components.length < 2) return undefined;
  const { chunks, context } = packChunks(opts.files, components, Math.max(threads * CHUNKS_PER_THREAD, Math.ceil(codeBytes / CHUNK_BYTES)));
  if (chunks.length < 2) return undefined;
  const started = performance.now();
  // Callbacks and the abort signal cannot be posted to a thread; files go per chunk.
  const { files: _files, contextFiles: _context, onProgress: _progress, signal: _signal, threads: _threads, ...init } = opts;
  const results = await runChunks(chunks, context, init, Math.min(threads, chunks.length), opts);
  return merge(results, performance.now() - started);
}

function runChunks(chunks: SourceFile[][], context: SourceFile[], init: ThreadInit, threads: number, opts: ScanOptions): Promise<ScanResult[]> {
  const codeFiles = chunks.map((c) => c.filter((f) => grammarFor(f.path)).length);
  const total = codeFiles.reduce((a, b) => a + b, 0);
  const fraction = chunks.map(() => 0);
  const results: ScanResult[] = [];
  const workers: Worker[] = [];
  let next = 0;
  let settled = false;
  return new Promise<ScanResult[]>((resolve, reject) => {
    const finish = (err?: Error): void => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(results);
    };
    const onAbort = (): void => finish(opts.signal!.reason instanceof Error ? opts.signal!.reason : new Error('scan aborted'));
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const report = (): void => {
      const done = Math.round(fraction.reduce((n, f, i) => n + f * codeFiles[i]!, 0));
      opts.onProgress?.({ phase: 'analyze', done, total });
    };
    const retired = new Set<Worker>();
    const feed = (w: Worker): void => {
      if (next >= chunks.length) {
        retired.add(w);
        void w.terminate();
        if (results.length === chunks.length) finish();
        return;
      }
      const id = next++;
      w.postMessage({ id, files: chunks[id], context });
    };
    for (let i = 0; i < threads; i++) {
      const w = new Worker(new URL('./scan-thread.mjs', import.meta.url), { workerData: init });
      workers.push(w);
      w.on('message', (m: ThreadReply) => {
        if (m.type === 'progress') {
          fraction[m.id] = m.total ? m.done / m.total : 0;
          return report();
        }
        if (m.type === 'error') return finish(new Error(`scan thread failed: ${m.message}`));
        fraction[m.id] = 1;
        results.push(m.result);
        report();
        feed(w);
      });
      w.on('error', (err) => finish(new Error(`scan thread crashed: ${err.message}`)));
      w.on('exit', (code) => {
        if (code !== 0 && !settled && !retired.has(w)) finish(new Error(`scan thread exited with code ${code} (out of memory?)`));
      });
      w.once('online', () => feed(w));
    }
  });
}

function merge(parts: ScanResult[], wallMs: number): ScanResult {
  const findings: Finding[] = parts.flatMap((p) => p.findings);
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const sum = (k: 'files' | 'analyzedFiles' | 'skippedFiles' | 'lines' | 'functions' | 'parseMs' | 'analysisMs' | 'sinkSites' | 'sinkSitesReached'): number => parts.reduce((n, p) => n + p.stats[k], 0);
  return {
    findings,
    skipped: parts.flatMap((p) => p.skipped),
    stats: {
      files: sum('files'),
      analyzedFiles: sum('analyzedFiles'),
      skippedFiles: sum('skippedFiles'),
      lines: sum('lines'),
      functions: sum('functions'),
      rules: parts[0]?.stats.rules ?? 0,
      durationMs: Math.round(wallMs),
      // Summed over threads: CPU time spent in each phase, not wall time.
      parseMs: sum('parseMs'),
      analysisMs: sum('analysisMs'),
      sinkSites: sum('sinkSites'),
      sinkSitesReached: sum('sinkSitesReached'),
      partiallyParsed: parts.flatMap((p) => p.stats.partiallyParsed),
      analysisBudgetExhausted: parts.some((p) => p.stats.analysisBudgetExhausted),
    },
  };
}
