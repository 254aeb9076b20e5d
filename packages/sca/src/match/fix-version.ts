import type { Ecosystem } from '../model/ecosystem';
import type { OsvAffected } from '../osv/osv.types';
import { compareVersions } from '../versions/version-scheme';
import { evaluateAffected, rangeBounds } from './range.evaluate';

export interface FixAdvice {
  kind: 'upgrade' | 'upgrade-past' | 'none' | 'unknown';
  /** For `upgrade`: the smallest fixed version above the installed one that no entry of the group still affects. */
  version?: string;
}

/**
 * Candidates are every `fixed` bound above the installed version in any matching entry; the first candidate that
 * is itself unaffected wins, so multi-range and multi-record groups (e.g. 4.x and 5.x branches, or overlapping
 * records) do not suggest a version another range still covers (osv-scanner #2694 showed "--" in such cases).
 */
export function fixAdvice(ecosystem: Ecosystem, installed: string, entries: readonly OsvAffected[]): FixAdvice {
  if (compareVersions(ecosystem, installed, installed) === null) return { kind: 'unknown' };
  const fixed = new Set<string>();
  const lastAffected = new Set<string>();
  for (const e of entries) {
    const b = rangeBounds(e);
    b.fixed.forEach((v) => fixed.add(v));
    b.lastAffected.forEach((v) => lastAffected.add(v));
  }
  const above = [...fixed]
    .filter((v) => (compareVersions(ecosystem, v, installed) ?? -1) > 0)
    .sort((a, b) => compareVersions(ecosystem, a, b) ?? 0);
  for (const candidate of above) {
    if (entries.every((e) => evaluateAffected(ecosystem, candidate, e) === 'not-affected')) return { kind: 'upgrade', version: candidate };
  }
  const past = [...lastAffected]
    .filter((v) => (compareVersions(ecosystem, v, installed) ?? -1) >= 0)
    .sort((a, b) => compareVersions(ecosystem, b, a) ?? 0)[0];
  if (past !== undefined) return { kind: 'upgrade-past', version: past };
  return { kind: 'none' };
}

export function fixText(name: string, installed: string, fix: FixAdvice): string {
  switch (fix.kind) {
    case 'upgrade':
      return `upgrade ${name} ${installed} → ${fix.version}`;
    case 'upgrade-past':
      return `upgrade ${name} past ${fix.version} (no fixed release named)`;
    case 'none':
      return `no fixed version of ${name} is known`;
    default:
      return `fix unknown: version ${installed || '(none)'} cannot be ordered`;
  }
}
