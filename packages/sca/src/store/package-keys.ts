import { canonicalEcosystem, normaliseName } from '../model/ecosystem';
import type { OsvRecord } from '../osv/osv.types';

/** Index keys `ecosystem\0normalisedName` of one record; records of unsupported ecosystems get none. */
export function packageKeys(record: OsvRecord): string[] {
  const keys = new Set<string>();
  for (const a of record.affected ?? []) {
    if (!a.package) continue;
    const eco = canonicalEcosystem(a.package.ecosystem);
    if (eco) keys.add(packageKey(eco, normaliseName(eco, a.package.name)));
  }
  return [...keys];
}

export function packageKey(ecosystem: string, normalizedName: string): string {
  return `${ecosystem}\u0000${normalizedName}`;
}

export function recordEcosystems(record: OsvRecord): string[] {
  const out = new Set<string>();
  for (const a of record.affected ?? []) if (a.package) out.add(canonicalEcosystem(a.package.ecosystem) ?? a.package.ecosystem);
  return [...out];
}
