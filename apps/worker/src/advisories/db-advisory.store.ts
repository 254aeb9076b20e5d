import { type AdvisoryMeta, type AdvisoryStore, type ImportRun, type OsvRecord, SEED_ADVISORIES_DIR, importOsv, packageKeys } from '@nullpath/sca';
import type { Services } from '@nullpath/services';

const splitKey = (key: string) => {
  const [ecosystem = '', name = ''] = key.split('\u0000');
  return { ecosystem, name };
};

/** The platform database (through services) as an sca AdvisoryStore (contract in packages/sca/README.md). */
export function createDbAdvisoryStore(advisories: Services['advisories']): AdvisoryStore {
  return {
    upsert: (records: readonly OsvRecord[]) =>
      advisories.upsert(
        records.map((r) => ({
          id: r.id,
          modified: r.modified,
          withdrawn: r.withdrawn !== undefined,
          record: JSON.stringify(r),
          keys: packageKeys(r).map(splitKey),
        })),
      ),
    async findByPackage(ecosystem: string, normalizedName: string) {
      return (await advisories.findByPackage(ecosystem, normalizedName)).map((s) => JSON.parse(s) as OsvRecord);
    },
    async getById(id: string) {
      const s = await advisories.getById(id);
      return s === undefined ? undefined : (JSON.parse(s) as OsvRecord);
    },
    recordImport: (run: ImportRun) => advisories.recordImport(run.finishedAt, run),
    async meta(): Promise<AdvisoryMeta> {
      const s = await advisories.stats();
      const imports = s.imports as unknown as ImportRun[];
      const last = imports.at(-1)?.finishedAt;
      return {
        imports,
        totalRecords: s.total,
        withdrawnRecords: s.withdrawn,
        byEcosystem: s.byEcosystem,
        ...(s.newestModified ? { newestModified: s.newestModified } : {}),
        ...(last ? { lastImportAt: last } : {}),
      };
    },
  };
}

/** A fresh database gets the bundled seed set, so the first scan already has real advisory data. */
export async function ensureSeedAdvisories(store: AdvisoryStore): Promise<ImportRun | null> {
  if ((await store.meta()).totalRecords > 0) return null;
  return importOsv(store, SEED_ADVISORIES_DIR, { label: 'bundled seed set', kind: 'seed' });
}
