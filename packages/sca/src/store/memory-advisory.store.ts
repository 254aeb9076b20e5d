import type { OsvRecord } from '../osv/osv.types';
import type { AdvisoryMeta, AdvisoryStore, ImportRun, UpsertResult } from './advisory-store.types';
import { packageKey, packageKeys, recordEcosystems } from './package-keys';

/** In-memory store: tests, and the bundled seed set when nothing was imported. */
export class MemoryAdvisoryStore implements AdvisoryStore {
  private readonly byId = new Map<string, OsvRecord>();
  private readonly byPackage = new Map<string, Set<string>>();
  private readonly imports: ImportRun[] = [];

  async upsert(records: readonly OsvRecord[]): Promise<UpsertResult> {
    const result: UpsertResult = { inserted: 0, updated: 0, unchanged: 0 };
    for (const r of records) {
      const old = this.byId.get(r.id);
      if (old && old.modified >= r.modified) {
        result.unchanged++;
        continue;
      }
      if (old) for (const k of packageKeys(old)) this.byPackage.get(k)?.delete(r.id);
      this.byId.set(r.id, r);
      for (const k of packageKeys(r)) {
        let set = this.byPackage.get(k);
        if (!set) this.byPackage.set(k, (set = new Set()));
        set.add(r.id);
      }
      if (old) result.updated++;
      else result.inserted++;
    }
    return result;
  }

  async findByPackage(ecosystem: string, normalizedName: string): Promise<OsvRecord[]> {
    const ids = this.byPackage.get(packageKey(ecosystem, normalizedName));
    return ids ? [...ids].sort().map((id) => this.byId.get(id)!) : [];
  }

  async getById(id: string): Promise<OsvRecord | undefined> {
    return this.byId.get(id);
  }

  async recordImport(run: ImportRun): Promise<void> {
    this.imports.push(run);
  }

  async meta(): Promise<AdvisoryMeta> {
    return summarise(this.byId.values(), this.imports);
  }
}

export function summarise(records: Iterable<Pick<OsvRecord, 'modified' | 'withdrawn' | 'affected'>>, imports: readonly ImportRun[]): AdvisoryMeta {
  const meta: AdvisoryMeta = { imports: [...imports], totalRecords: 0, withdrawnRecords: 0, byEcosystem: {} };
  for (const r of records) {
    meta.totalRecords++;
    if (r.withdrawn) meta.withdrawnRecords++;
    if (!meta.newestModified || r.modified > meta.newestModified) meta.newestModified = r.modified;
    for (const e of recordEcosystems(r as OsvRecord)) meta.byEcosystem[e] = (meta.byEcosystem[e] ?? 0) + 1;
  }
  const last = imports.at(-1);
  if (last) meta.lastImportAt = last.finishedAt;
  return meta;
}
