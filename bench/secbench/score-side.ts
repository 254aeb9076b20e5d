/**
 * Scores one side (the engine, the grep baseline or the ESLint stack) over the DEV entries with the
 * rule of shared/bench/README.md, so every side is measured by the same code on the same scans.
 */
import { detect, median, pct, resolveSinkFile, type Entry, type Hit } from './scoring';

/** What the scan worker (plus the ESLint pass) knows about one package version. */
export interface ScanOutput {
  findings: { ruleId: string; cwe: string; file: string; line: number }[];
  baseline: { file: string; line: number; cwe: string }[];
  eslint?: { ruleId: string; cwe: string; file: string; line: number }[];
  /** JS/TS files the engine analysed; the ESLint stack lints exactly these. */
  analysed: string[];
  skipped: { path: string; reason: string }[];
  lines: number;
  ms: number;
  rss: number;
  files: string[];
}

export type ScanMap = Map<string, ScanOutput | { error: string }>;

export const SIDES: Record<string, (s: ScanOutput) => Hit[]> = {
  nullpath: (s) => s.findings.map((f) => ({ file: f.file, line: f.line, cwe: f.cwe, rule: f.ruleId })),
  // The baseline has no rule ids: its CWE is "the detecting rule" for fix pairs.
  'grep-baseline': (s) => s.baseline.map((f) => ({ ...f, rule: f.cwe })),
  'eslint-security': (s) => (s.eslint ?? []).map((f) => ({ file: f.file, line: f.line, cwe: f.cwe, rule: f.ruleId })),
};

export interface PerClass {
  n: number;
  detected: number;
  lenient: number;
  exactLine: number;
  fileLevel: number;
  recall?: string;
  recallLenient?: string;
}

export interface SideReport {
  recall: string;
  recallLenient: string;
  exactLineRecall: string;
  fileLevelRecall: string;
  locatableEntries: number;
  unavailable: number;
  unlocatable: number;
  perClass: Record<string, PerClass>;
  findingsPerPackage: { median: number; mean: number; over10: number; packages: number };
  findingsPerKloc: number;
  precisionProxyClassCwe: string;
  precisionProxyWeaknessFiles: string;
  fixPairs: { scanned: number; detected: number; pairCorrect: number; pairCorrectRate: string };
}

export function scoreSide(
  entries: readonly Entry[],
  vuln: readonly (string | undefined)[],
  fixed: readonly (string | undefined)[],
  scans: ScanMap,
  hitsOf: (s: ScanOutput) => Hit[],
  onEntry?: (e: Entry, file: string, s: ScanOutput, hits: Hit[], detected: boolean) => void,
): SideReport {
  const classes = [...new Set(entries.map((e) => e.class))].sort();
  const perClass: Record<string, PerClass> = {};
  for (const c of classes) perClass[c] = { n: 0, detected: 0, lenient: 0, exactLine: 0, fileLevel: 0 };
  const perPackage = new Map<string, number>();
  const totals = { n: 0, det: 0, len: 0, exact: 0, file: 0 };
  const noise = { kloc: 0, classFindings: 0, classTp: 0, weakFileFindings: 0, weakFileTp: 0 };
  const pairs = { scanned: 0, detected: 0, correct: 0 };
  let unavailable = 0;
  let unlocatable = 0;
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
    const hits = hitsOf(s);
    if (!perPackage.has(dir)) {
      perPackage.set(dir, hits.length);
      noise.kloc += s.lines / 1000;
    }
    const d = detect(e, file, hits);
    onEntry?.(e, file, s, hits, d.detected);
    const pc = perClass[e.class]!;
    pc.n++;
    pc.detected += d.detected ? 1 : 0;
    pc.lenient += d.detectedLenient ? 1 : 0;
    pc.exactLine += d.exactLine ? 1 : 0;
    pc.fileLevel += d.fileLevel ? 1 : 0;
    totals.n++;
    totals.det += d.detected ? 1 : 0;
    totals.len += d.detectedLenient ? 1 : 0;
    totals.exact += d.exactLine ? 1 : 0;
    totals.file += d.fileLevel ? 1 : 0;
    const near = (h: Hit): boolean => h.file === file && Math.abs(h.line - e.sinkLine) <= 2;
    const ofClass = hits.filter((h) => h.cwe === e.cwe);
    noise.classFindings += ofClass.length;
    noise.classTp += ofClass.filter(near).length;
    const inFile = hits.filter((h) => h.file === file);
    noise.weakFileFindings += inFile.length;
    noise.weakFileTp += inFile.filter((h) => near(h) && h.cwe === e.cwe).length;
    const fdir = fixed[i];
    const fs = fdir ? scans.get(fdir) : undefined;
    if (fdir && fs && !('error' in fs)) {
      pairs.scanned++;
      if (d.detected) {
        pairs.detected++;
        const count = (hs: Hit[]): number => hs.filter((h) => h.file === file && h.rule === d.rule).length;
        if (count(hitsOf(fs)) < count(hits)) pairs.correct++;
      }
    }
  });
  for (const pc of Object.values(perClass)) {
    pc.recall = pct(pc.detected, pc.n);
    pc.recallLenient = pct(pc.lenient, pc.n);
  }
  const counts = [...perPackage.values()];
  const sum = counts.reduce((a, b) => a + b, 0);
  return {
    recall: pct(totals.det, totals.n),
    recallLenient: pct(totals.len, totals.n),
    exactLineRecall: pct(totals.exact, totals.n),
    fileLevelRecall: pct(totals.file, totals.n),
    locatableEntries: totals.n,
    unavailable,
    unlocatable,
    perClass,
    findingsPerPackage: { median: median(counts), mean: +(sum / Math.max(1, counts.length)).toFixed(1), over10: counts.filter((c) => c > 10).length, packages: counts.length },
    findingsPerKloc: +(sum / Math.max(0.001, noise.kloc)).toFixed(2),
    precisionProxyClassCwe: pct(noise.classTp, noise.classFindings),
    precisionProxyWeaknessFiles: pct(noise.weakFileTp, noise.weakFileFindings),
    fixPairs: { scanned: pairs.scanned, detected: pairs.detected, pairCorrect: pairs.correct, pairCorrectRate: pct(pairs.correct, pairs.scanned) },
  };
}
