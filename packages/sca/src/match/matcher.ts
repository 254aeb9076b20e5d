import type { InventoryPackage } from '../model/package.types';
import type { OsvAffected, OsvRecord } from '../osv/osv.types';
import { cwesOf, severityOf, type SeverityInfo } from '../osv/severity';
import type { AdvisoryStore } from '../store/advisory-store.types';
import { canonicalEcosystem, normaliseName } from '../model/ecosystem';
import { groupAliases, groupByAliases, representativeId } from './alias-group';
import type { AffectedSymbols, ScaFinding } from './finding.types';
import { fixAdvice, fixText } from './fix-version';
import { evaluateAffected } from './range.evaluate';
import { symbolsOf } from './symbols';

const LEVEL_RANK: Record<SeverityInfo['level'], number> = { CRITICAL: 5, HIGH: 4, MEDIUM: 3, LOW: 2, INFO: 1, UNKNOWN: 0 };

function entriesFor(record: OsvRecord, pkg: InventoryPackage): OsvAffected[] {
  return (record.affected ?? []).filter(
    (a) => a.package && canonicalEcosystem(a.package.ecosystem) === pkg.ecosystem && normaliseName(pkg.ecosystem, a.package.name) === pkg.normalizedName,
  );
}

function worst(records: readonly OsvRecord[]): SeverityInfo {
  return records
    .map(severityOf)
    .sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || (b.cvssScore ?? 0) - (a.cvssScore ?? 0))[0]!;
}

/**
 * Matches packages against the store by (ecosystem, normalised name) only. Non-registry sources (git, file, link)
 * are never matched: a git dependency named like an npm package is not that package (osv-scanner #2850).
 * Withdrawn records are skipped. Each package copy is evaluated on its own (several versions of one name each
 * get their own result).
 */
export async function matchPackages(packages: readonly InventoryPackage[], store: AdvisoryStore): Promise<Omit<ScaFinding, 'reachability'>[]> {
  const cache = new Map<string, Promise<OsvRecord[]>>();
  const findings: Omit<ScaFinding, 'reachability'>[] = [];
  for (const pkg of packages) {
    if (pkg.source !== 'registry') continue;
    const key = `${pkg.ecosystem}\u0000${pkg.normalizedName}`;
    let pending = cache.get(key);
    if (!pending) cache.set(key, (pending = store.findByPackage(pkg.ecosystem, pkg.normalizedName)));
    const records = (await pending).filter((r) => !r.withdrawn);
    const hits: Array<{ record: OsvRecord; entries: OsvAffected[]; state: 'affected' | 'unknown' }> = [];
    for (const record of records) {
      const entries = entriesFor(record, pkg);
      const states = entries.map((e) => evaluateAffected(pkg.ecosystem, pkg.version, e));
      if (states.includes('affected')) hits.push({ record, entries, state: 'affected' });
      else if (states.includes('unknown')) hits.push({ record, entries, state: 'unknown' });
    }
    for (const group of groupByAliases(hits.map((h) => h.record)).sort((a, b) => (representativeId(a) < representativeId(b) ? -1 : 1))) {
      const groupHits = hits.filter((h) => group.includes(h.record));
      const id = representativeId(group);
      const state = groupHits.some((h) => h.state === 'affected') ? 'affected' : 'unknown';
      const entries = groupHits.flatMap((h) => h.entries);
      const fix = state === 'affected' ? fixAdvice(pkg.ecosystem, pkg.version, entries) : { kind: 'unknown' as const };
      const rep = group.find((r) => r.id === id)!;
      const summary = rep.summary ?? group.find((r) => r.summary)?.summary ?? (rep.details ?? '').split('\n')[0] ?? '';
      const symbols: AffectedSymbols[] = group.flatMap((r) => symbolsOf(r, pkg));
      findings.push({
        id,
        aliases: groupAliases(group, id),
        recordIds: group.map((r) => r.id).sort(),
        summary,
        severity: worst(group),
        cwes: [...new Set(group.flatMap(cwesOf))].sort(),
        state,
        package: pkg,
        installedVersion: pkg.version,
        fix,
        fixText: fixText(pkg.name, pkg.version, fix),
        viaDirect: pkg.direct ? [] : pkg.directDependencies,
        symbols,
        references: [...new Set(group.flatMap((r) => (r.references ?? []).filter((x) => x.type === 'ADVISORY' || x.type === 'FIX').map((x) => x.url)))],
      });
    }
  }
  return findings;
}
