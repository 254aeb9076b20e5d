import { describe, expect, it } from 'vitest';
import type { AdvisoryStore } from '../src/store/advisory-store.types';
import type { OsvRecord } from '../src/osv/osv.types';

const rec = (id: string, modified: string, ecosystem: string, name: string, extra: Partial<OsvRecord> = {}): OsvRecord => ({
  id,
  modified,
  affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }],
  ...extra,
});

/**
 * Behaviour every AdvisoryStore must have (see README "Advisory store"). Exported as `@nullpath/sca/testing` so the
 * platform-database implementation can run the same cases: `describeAdvisoryStoreContract('db', () => makeStore())`.
 */
export function describeAdvisoryStoreContract(label: string, makeStore: () => Promise<AdvisoryStore>): void {
  describe(`AdvisoryStore contract: ${label}`, () => {
    it('upserts by modified: newer replaces, older or equal is unchanged, and package keys follow the new version', async () => {
      const s = await makeStore();
      expect(await s.upsert([rec('GHSA-c-0001', '2024-01-02T00:00:00Z', 'npm', 'a')])).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
      expect(await s.upsert([rec('GHSA-c-0001', '2024-01-02T00:00:00Z', 'npm', 'a'), rec('GHSA-c-0001', '2024-01-01T00:00:00Z', 'npm', 'a')])).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
      expect(await s.upsert([rec('GHSA-c-0001', '2024-01-03T00:00:00Z', 'npm', 'b')])).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
      expect(await s.findByPackage('npm', 'a')).toEqual([]);
      expect((await s.findByPackage('npm', 'b')).map((r) => r.modified)).toEqual(['2024-01-03T00:00:00Z']);
    });

    it('looks up by canonical ecosystem (suffix dropped) and normalised name; ids sorted; withdrawn included', async () => {
      const s = await makeStore();
      await s.upsert([
        rec('PYSEC-c-2', '2024-01-01T00:00:00Z', 'PyPI', 'PyYAML'),
        rec('PYSEC-c-1', '2024-01-01T00:00:00Z', 'PyPI', 'pyyaml', { withdrawn: '2024-02-01T00:00:00Z' }),
        rec('GHSA-c-m', '2024-01-01T00:00:00Z', 'Maven:https://repo.maven.apache.org/maven2/', 'org.x:y'),
        rec('GHSA-c-n', '2024-01-01T00:00:00Z', 'NuGet', 'Newtonsoft.Json'),
      ]);
      expect((await s.findByPackage('PyPI', 'pyyaml')).map((r) => r.id)).toEqual(['PYSEC-c-1', 'PYSEC-c-2']);
      expect((await s.findByPackage('Maven', 'org.x:y')).map((r) => r.id)).toEqual(['GHSA-c-m']);
      expect((await s.findByPackage('NuGet', 'newtonsoft.json')).map((r) => r.id)).toEqual(['GHSA-c-n']);
      expect(await s.findByPackage('npm', 'pyyaml')).toEqual([]);
    });

    it('keeps records of unsupported ecosystems by id without indexing them', async () => {
      const s = await makeStore();
      await s.upsert([rec('DSA-c-1', '2024-01-01T00:00:00Z', 'Debian:12', 'openssl')]);
      expect((await s.getById('DSA-c-1'))?.id).toBe('DSA-c-1');
      expect(await s.getById('nope')).toBeUndefined();
    });

    it('reports metadata: totals, withdrawn, per ecosystem, newest modified and import runs', async () => {
      const s = await makeStore();
      await s.upsert([rec('GHSA-c-1', '2024-03-01T00:00:00Z', 'npm', 'a'), rec('GHSA-c-2', '2024-05-01T00:00:00Z', 'npm', 'b', { withdrawn: '2024-06-01T00:00:00Z' }), rec('GO-c-1', '2024-04-01T00:00:00Z', 'Go', 'x.io/y')]);
      const run = { source: 'contract', kind: 'folder' as const, startedAt: '2024-07-01T00:00:00Z', finishedAt: '2024-07-01T00:00:01Z', read: 3, inserted: 3, updated: 0, unchanged: 0, invalid: 0, filtered: 0 };
      await s.recordImport(run);
      const meta = await s.meta();
      expect(meta).toMatchObject({ totalRecords: 3, withdrawnRecords: 1, byEcosystem: { npm: 2, Go: 1 }, newestModified: '2024-05-01T00:00:00Z', lastImportAt: '2024-07-01T00:00:01Z' });
      expect(meta.imports).toEqual([run]);
    });
  });
}
