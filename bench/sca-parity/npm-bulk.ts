import { canonicalEcosystem, normaliseName, severityOf, type OsvRecord } from '@nullpath/sca';

export interface BulkAdvisory {
  id: number;
  url: string;
  title: string;
  severity: 'low' | 'moderate' | 'high' | 'critical';
  vulnerable_versions: string;
  cwe: string[];
  cvss: { score: number; vectorString: string | null };
}

const SEV: Record<string, BulkAdvisory['severity']> = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'moderate', LOW: 'low', INFO: 'low', UNKNOWN: 'moderate' };

/**
 * OSV events → node-semver range string, the format of the registry's bulk advisory endpoint. `introduced: "0"`
 * becomes `>=0.0.0-0` so prereleases of 0.0.0 are not lost; `last_affected` is inclusive; enumerated versions are
 * exact comparators.
 */
export function osvToNpmRange(record: OsvRecord, name: string): string | undefined {
  const parts: string[] = [];
  for (const a of record.affected ?? []) {
    if (!a.package || canonicalEcosystem(a.package.ecosystem) !== 'npm' || normaliseName('npm', a.package.name) !== name) continue;
    for (const r of a.ranges ?? []) {
      if (r.type === 'GIT') continue;
      let start: string | undefined;
      for (const e of r.events) {
        if (e.introduced !== undefined) start = e.introduced === '0' ? '0.0.0-0' : e.introduced;
        else if (start !== undefined && e.fixed !== undefined) (parts.push(`>=${start} <${e.fixed}`), (start = undefined));
        else if (start !== undefined && e.last_affected !== undefined) (parts.push(`>=${start} <=${e.last_affected}`), (start = undefined));
        else if (start !== undefined && e.limit !== undefined) (parts.push(`>=${start} <${e.limit}`), (start = undefined));
      }
      if (start !== undefined) parts.push(`>=${start}`);
    }
    for (const v of a.versions ?? []) parts.push(v);
  }
  return parts.length > 0 ? parts.join(' || ') : undefined;
}

export function toBulk(record: OsvRecord, name: string, numericId: number): BulkAdvisory | undefined {
  const range = osvToNpmRange(record, name);
  if (!range) return undefined;
  const sev = severityOf(record);
  return {
    id: numericId,
    url: `https://osv.dev/vulnerability/${record.id}`,
    title: record.summary ?? record.id,
    severity: SEV[sev.level] ?? 'moderate',
    vulnerable_versions: range,
    cwe: Array.isArray(record.database_specific?.['cwe_ids']) ? (record.database_specific['cwe_ids'] as string[]) : [],
    cvss: { score: sev.cvssScore ?? 0, vectorString: sev.cvssVector ?? null },
  };
}
