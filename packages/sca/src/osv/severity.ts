import { scoreLevel, type ScoreLevel } from '@nullpath/core';
import cvss from 'ae-cvss-calculator';
import type { OsvRecord, OsvSeverity } from './osv.types';

export interface SeverityInfo {
  /** CRITICAL … INFO on the platform's 0–100 scale, or UNKNOWN when the record carries nothing usable. */
  level: ScoreLevel | 'UNKNOWN';
  /** CVSS base score 0–10 when a vector was scored. */
  cvssScore?: number;
  cvssVector?: string;
  /** Where the level came from. */
  source: 'cvss_v4' | 'cvss_v3' | 'cvss_v2' | 'database_specific' | 'none';
}

type Scorer = new (vector: string) => { calculateScores(): { base?: number; overall?: number } };
const lib = cvss as unknown as { Cvss2: Scorer; Cvss3P0: Scorer; Cvss3P1: Scorer; Cvss4P0: Scorer };

function score(s: OsvSeverity): number | undefined {
  try {
    const v = s.score.trim();
    const Ctor =
      s.type === 'CVSS_V4' ? lib.Cvss4P0 : s.type === 'CVSS_V3' ? (v.startsWith('CVSS:3.0') ? lib.Cvss3P0 : lib.Cvss3P1) : s.type === 'CVSS_V2' ? lib.Cvss2 : undefined;
    if (!Ctor) return undefined;
    const r = new Ctor(v).calculateScores();
    const base = r.base ?? r.overall;
    return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
  } catch {
    return undefined;
  }
}

const WORDS: Record<string, ScoreLevel> = {
  CRITICAL: 'CRITICAL',
  HIGH: 'HIGH',
  MODERATE: 'MEDIUM',
  MEDIUM: 'MEDIUM',
  LOW: 'LOW',
  INFORMATIONAL: 'INFO',
  INFO: 'INFO',
  NONE: 'INFO',
};

/**
 * CVSS vectors win (v4, then v3, then v2; record-level before affected-level); otherwise the record's own word
 * (GHSA `database_specific.severity`, also lower-case in old records). RustSec informational notices are INFO.
 */
export function severityOf(record: OsvRecord): SeverityInfo {
  const all = [...(record.severity ?? []), ...(record.affected ?? []).flatMap((a) => a.severity ?? [])];
  for (const [type, source] of [['CVSS_V4', 'cvss_v4'], ['CVSS_V3', 'cvss_v3'], ['CVSS_V2', 'cvss_v2']] as const) {
    for (const s of all.filter((x) => x.type === type)) {
      const base = score(s);
      if (base !== undefined) return { level: scoreLevel(base * 10), cvssScore: base, cvssVector: s.score, source };
    }
  }
  const word = [record.database_specific?.['severity'], ...(record.affected ?? []).map((a) => a.ecosystem_specific?.['severity'] ?? a.database_specific?.['severity'])]
    .find((w): w is string => typeof w === 'string' && WORDS[w.toUpperCase()] !== undefined);
  if (word) return { level: WORDS[word.toUpperCase()]!, source: 'database_specific' };
  const informational = (record.affected ?? []).some((a) => typeof a.database_specific?.['informational'] === 'string');
  if (informational) return { level: 'INFO', source: 'database_specific' };
  return { level: 'UNKNOWN', source: 'none' };
}

/** CWE ids from GHSA `database_specific.cwe_ids` (other databases rarely carry them). */
export function cwesOf(record: OsvRecord): string[] {
  const ids = record.database_specific?.['cwe_ids'] ?? record.database_specific?.['cwe'];
  const list = Array.isArray(ids) ? ids : typeof ids === 'string' ? [ids] : [];
  return list.filter((x): x is string => typeof x === 'string');
}
