/** Scoring of the SecBench.js DEV split (shared/bench/README.md, sast.md §3.2). */

export interface Entry {
  id: string;
  class: string;
  cwe: string;
  package: string;
  version: string;
  sinkFile: string;
  sinkLine: number;
  fixedVersion: string | null;
}

export interface Hit {
  file: string;
  line: number;
  cwe: string;
  /** Rule id (engine) or CWE (baseline): what "the detecting rule" means for fix pairs. */
  rule: string;
}

export const ALIASES: Record<string, string[]> = {
  'CWE-1321': ['CWE-915', 'CWE-471'],
  'CWE-1333': ['CWE-400', 'CWE-730', 'CWE-185'],
  'CWE-78': ['CWE-77', 'CWE-88'],
  'CWE-22': ['CWE-23', 'CWE-36', 'CWE-73'],
  'CWE-94': ['CWE-95'],
};

export function cweMatches(expected: string, actual: string, lenient: boolean): boolean {
  return actual === expected || (lenient && (ALIASES[expected] ?? []).includes(actual));
}

/** (a) exact path, (b) the unique file ending with `/<sinkFile>`, (c) unlocatable. */
export function resolveSinkFile(files: readonly string[], sinkFile: string): string | undefined {
  if (files.includes(sinkFile)) return sinkFile;
  const candidates = files.filter((f) => f.endsWith(`/${sinkFile}`));
  return candidates.length === 1 ? candidates[0] : undefined;
}

export interface Detection {
  detected: boolean;
  detectedLenient: boolean;
  exactLine: boolean;
  fileLevel: boolean;
  rule: string | undefined;
}

export function detect(e: Entry, file: string, hits: readonly Hit[]): Detection {
  const inFile = hits.filter((h) => h.file === file);
  const near = (h: Hit): boolean => Math.abs(h.line - e.sinkLine) <= 2;
  const exact = inFile.find((h) => near(h) && cweMatches(e.cwe, h.cwe, false));
  const lenient = inFile.find((h) => near(h) && cweMatches(e.cwe, h.cwe, true));
  return {
    detected: !!exact,
    detectedLenient: !!lenient,
    exactLine: inFile.some((h) => h.line === e.sinkLine && cweMatches(e.cwe, h.cwe, false)),
    fileLevel: inFile.some((h) => cweMatches(e.cwe, h.cwe, false)),
    rule: exact?.rule ?? lenient?.rule,
  };
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`;
}
