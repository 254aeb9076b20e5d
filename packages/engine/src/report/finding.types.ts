export type SeverityLevel = 'critical' | 'high' | 'medium' | 'low' | 'info';
export type Confidence = 'high' | 'medium' | 'low';

export interface TraceStep {
  kind: 'source' | 'step' | 'sink';
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  note: string;
}

/** One reported problem. Owned by the engine; the worker maps it into core findings. */
export interface Finding {
  ruleId: string;
  cwe: string;
  title: string;
  /** 0–10. */
  severity: number;
  level: SeverityLevel;
  confidence: Confidence;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  snippet: string;
  /** Source → steps → sink for taint findings; a single sink step for pattern and secret findings. */
  trace: TraceStep[];
  /** Stable across unrelated edits and line shifts. */
  fingerprint: string;
  /** Enclosing function, when known. */
  function: string | undefined;
  /** Source kind (`remote`, `library`, ...) of taint findings. */
  sourceKind: string | undefined;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface ScanStats {
  files: number;
  analyzedFiles: number;
  skippedFiles: number;
  lines: number;
  functions: number;
  rules: number;
  durationMs: number;
  parseMs: number;
  analysisMs: number;
  /** R16 coverage: sink call sites seen, and how many were reached by some taint. */
  sinkSites: number;
  sinkSitesReached: number;
  /** Files with small syntax errors that were analysed anyway. */
  partiallyParsed: string[];
  /** The whole-scan analysis budget ran out: findings are those found until then (NOTE(scan-budget)). */
  analysisBudgetExhausted: boolean;
}

export interface ScanResult {
  findings: Finding[];
  skipped: SkippedFile[];
  stats: ScanStats;
}

export function levelOf(severity: number): SeverityLevel {
  if (severity >= 9) return 'critical';
  if (severity >= 7) return 'high';
  if (severity >= 4) return 'medium';
  if (severity >= 1) return 'low';
  return 'info';
}

export const LEVEL_ORDER: Record<SeverityLevel, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
