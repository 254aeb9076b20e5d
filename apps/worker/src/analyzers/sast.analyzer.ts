import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Finding, type Rule, type ScanProgress, type SkippedFile, scan } from '@nullpath/engine';
import { git } from '../git/git';

/** Paths the scanner never reads even when committed (vendored and generated trees). */
const SKIP = /(^|\/)(node_modules|vendor|third_party|\.git|dist|build|coverage|__pycache__|\.venv|venv)\//;
const SOURCE = /\.(jsx?|mjs|cjs|tsx?|mts|cts|py|json)$/;

export interface RuleSource {
  rules: readonly Rule[];
  models: Parameters<typeof scan>[0]['models'];
}

export interface SastOutput {
  findings: Finding[];
  skipped: SkippedFile[];
  files: number;
  /** Rule id → remediation text with its references. */
  remediation: ReadonlyMap<string, string>;
  /** Source lines `from`..`to` (1-based, inclusive, clamped) of an analysed file, for code context. */
  lines: SourceLines;
}

export type SourceLines = (file: string, from: number, to: number) => { startLine: number; code: string } | null;

/**
 * Runs the engine over the tracked files of a checkout (or of one partition of it). Using
 * `git ls-files` means untracked build output and ignored dependencies are never scanned.
 */
export async function runSast(
  checkoutDir: string,
  partition: string,
  rules: RuleSource,
  opts: { signal: AbortSignal; threads?: number | undefined; onProgress?: (p: ScanProgress) => void },
): Promise<SastOutput> {
  const listed = (await git(['ls-files', '-z', '--', ...(partition ? [partition] : [])], { cwd: checkoutDir, signal: opts.signal }))
    .split('\0')
    .filter((p) => p && SOURCE.test(p) && !SKIP.test(`/${p}`));
  const files: Array<{ path: string; content: string }> = [];
  for (const p of listed) {
    const content = await readFile(join(checkoutDir, p), 'utf8').catch(() => null);
    if (content !== null) files.push({ path: partition ? p.slice(partition.length + 1) : p, content });
  }
  const result = await scan({
    files,
    rules: rules.rules,
    models: rules.models,
    threatModels: ['remote'],
    signal: opts.signal,
    threads: opts.threads,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  // Every rule ships remediation text (and references): findings carry it so the issue page can show how to fix.
  const remediation = new Map(rules.rules.map((r) => [r.id, [r.remediation, ...(r.references ?? []).map((u) => `- ${u}`)].join('\n')]));
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const split = new Map<string, string[]>();
  const lines: SourceLines = (file, from, to) => {
    const content = byPath.get(file);
    if (content === undefined) return null;
    const all = split.get(file) ?? split.set(file, content.split(/\r?\n/)).get(file)!;
    const start = Math.max(1, from);
    const end = Math.min(all.length, to);
    if (end < start) return null;
    // Long minified-looking lines are cut so one finding cannot store a megabyte of context.
    return { startLine: start, code: all.slice(start - 1, end).map((l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l)).join('\n') };
  };
  return { findings: result.findings, skipped: result.skipped, files: files.length, remediation, lines };
}
