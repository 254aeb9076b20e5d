import { normaliseName, type Ecosystem } from '../src/model/ecosystem';
import type { InventoryPackage } from '../src/model/package.types';
import { purlFor } from '../src/inventory/build-inventory';
import type { OsvRecord } from '../src/osv/osv.types';

export function pkg(ecosystem: Ecosystem, name: string, version: string, over: Partial<InventoryPackage> = {}): InventoryPackage {
  return {
    ecosystem,
    name,
    normalizedName: normaliseName(ecosystem, name),
    version,
    purl: purlFor(ecosystem, name, version),
    scope: 'prod',
    scopes: ['prod'],
    direct: true,
    paths: [[`${name}@${version}`]],
    dependencies: [],
    directDependencies: [name],
    manifest: 'package-lock.json',
    source: 'registry',
    ...over,
  };
}

export function osv(id: string, ecosystem: string, name: string, events: Array<Record<string, string>>, over: Partial<OsvRecord> = {}): OsvRecord {
  return {
    id,
    modified: '2024-01-01T00:00:00Z',
    summary: `${id} summary`,
    affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events }] }],
    ...over,
  };
}
