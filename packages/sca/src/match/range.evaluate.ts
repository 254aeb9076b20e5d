import type { Ecosystem } from '../model/ecosystem';
import type { OsvAffected, OsvEvent, OsvRange } from '../osv/osv.types';
import { comparatorFor, compareVersions, type VersionCompare } from '../versions/version-scheme';

export type AffectedState = 'affected' | 'not-affected' | 'unknown';

interface Ev {
  kind: 'introduced' | 'fixed' | 'last_affected' | 'limit';
  version: string;
}

const ORDER: Record<Ev['kind'], number> = { introduced: 0, fixed: 1, last_affected: 1, limit: 2 };

function events(range: OsvRange): Ev[] {
  const out: Ev[] = [];
  for (const e of range.events as OsvEvent[]) {
    for (const kind of ['introduced', 'fixed', 'last_affected', 'limit'] as const) {
      const v = e[kind];
      if (typeof v === 'string') out.push({ kind, version: v });
    }
  }
  return out;
}

/** `introduced: "0"` means "since the first version"; it sorts below everything without being parsed. */
const isZero = (e: Ev): boolean => e.kind === 'introduced' && e.version === '0';

/**
 * OSV evaluation of one SEMVER/ECOSYSTEM range: sort events by version and walk them; the version is affected
 * when the last event at or below it is `introduced` (`last_affected` inclusive, `fixed`/`limit` exclusive).
 * Returns unknown when any bound cannot be ordered in this ecosystem (never a silent "not affected").
 */
export function evaluateRange(version: string, range: OsvRange, cmp: VersionCompare): AffectedState {
  const evs = events(range);
  const rank = (e: Ev): number | null => (isZero(e) ? 1 : cmp(version, e.version));
  for (const e of evs) if (!isZero(e) && cmp(e.version, e.version) === null) return 'unknown';
  if (cmp(version, version) === null) return 'unknown';
  const sorted = [...evs].sort((a, b) => {
    if (isZero(a) || isZero(b)) return isZero(a) === isZero(b) ? 0 : isZero(a) ? -1 : 1;
    const c = cmp(a.version, b.version) ?? 0;
    return c !== 0 ? c : ORDER[a.kind] - ORDER[b.kind];
  });
  const limits = sorted.filter((e) => e.kind === 'limit');
  if (limits.length > 0 && limits.every((l) => (rank(l) ?? 0) >= 0)) return 'not-affected';
  let affected = false;
  for (const e of sorted) {
    const r = rank(e)!;
    if (e.kind === 'introduced' && r >= 0) affected = true;
    else if (e.kind === 'fixed' && r >= 0) affected = false;
    else if (e.kind === 'last_affected' && r > 0) affected = false;
  }
  return affected ? 'affected' : 'not-affected';
}

/**
 * One `affected[]` entry: the enumerated `versions` list first (exact, then ordering-equal), then every
 * SEMVER/ECOSYSTEM range, OR-ed. GIT ranges need the commit graph, so offline only `versions` counts for them.
 */
export function evaluateAffected(ecosystem: Ecosystem, version: string, affected: OsvAffected): AffectedState {
  const versions = affected.versions ?? [];
  if (versions.includes(version)) return 'affected';
  const versionParsable = compareVersions(ecosystem, version, version) !== null;
  if (versionParsable && versions.some((v) => compareVersions(ecosystem, v, version) === 0)) return 'affected';
  let unknown = false;
  let anyRange = false;
  for (const range of affected.ranges ?? []) {
    if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') continue;
    anyRange = true;
    const s = evaluateRange(version, range, comparatorFor(ecosystem, range.type));
    if (s === 'affected') return 'affected';
    if (s === 'unknown') unknown = true;
  }
  if (unknown) return 'unknown';
  if (!versionParsable && (anyRange || versions.length > 0)) return 'unknown';
  return 'not-affected';
}

/** Every `fixed` (and `last_affected`) bound of SEMVER/ECOSYSTEM ranges: candidates for the fix version. */
export function rangeBounds(affected: OsvAffected): { fixed: string[]; lastAffected: string[] } {
  const fixed: string[] = [];
  const lastAffected: string[] = [];
  for (const range of affected.ranges ?? []) {
    if (range.type === 'GIT') continue;
    for (const e of events(range)) {
      if (e.kind === 'fixed') fixed.push(e.version);
      if (e.kind === 'last_affected') lastAffected.push(e.version);
    }
  }
  return { fixed, lastAffected };
}
