/** One step of a taint trace, source first. */
export interface TraceStep {
  file: string;
  line: number;
  column?: number;
  label: string;
  code?: string;
}

export type Reachability = 'reachable' | 'not-reachable' | 'unknown';

export interface ScaDetails {
  packageName: string;
  version: string;
  ecosystem: string;
  purl: string | null;
  vulnId: string;
  aliases: string[];
  summary: string;
  /** CVSS-like 0–10. */
  severityScore: number;
  fixedVersion: string | null;
  /** e.g. "upgrade lodash 4.17.15 → 4.17.21". */
  fixText: string | null;
  /** For a transitive package, the direct dependency to change, when known. */
  upgradeVia: string | null;
  transitivity: 'direct' | 'transitive';
  scope: string;
  paths: string[][];
  manifestPath: string;
  reachability: Reachability;
  evidence: Array<{ file: string; line: number; kind: string; detail?: string }>;
  references: string[];
}

/**
 * What the scan worker hands to ingestion, analyzer-neutral. The fingerprint is the identity of a
 * finding within a repository scope: it must survive unrelated edits and line shifts.
 */
export interface FindingInput {
  fingerprint: string;
  category: 'SAST' | 'SCA' | 'SECRETS';
  ruleId: string;
  vulnClass: string;
  cwes: string[];
  language: string | null;
  title: string;
  description: string;
  remediation: string | null;
  /** 0–100 (api-compat.md §3.1 windows). */
  score: number;
  /** 0–100. */
  confidence: number;
  file: string | null;
  startLine: number | null;
  endLine: number | null;
  startColumn: number | null;
  endColumn: number | null;
  snippet: string | null;
  trace: TraceStep[] | null;
  sca: ScaDetails | null;
  /** Source lines around the finding (a few before and after), for reviewers. */
  context?: { startLine: number; code: string };
  /** Set at ingest from the analyser's evidence (staticValidation). */
  validation?: { verdict: 'CONFIRMED' | 'DISCONFIRMED' | 'UNKNOWN'; assessment: string };
}
