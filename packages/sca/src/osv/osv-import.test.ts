import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/inventory-helpers';
import { FileAdvisoryStore } from '../store/file-advisory.store';
import { MemoryAdvisoryStore } from '../store/memory-advisory.store';
import { importOsv } from './osv-import';
import { readOsvSource } from './osv-source.reader';
import { openSeedStore } from './seed';

const FOLDER = path.join(FIXTURES, 'osv/folder');
const ZIP = path.join(FIXTURES, 'osv/mini-all.zip');
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(path.join(tmpdir(), 'np-sca-store-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('OSV sources', () => {
  it('streams a folder of JSON and YAML, validating each record; bad files are errors and the stream continues', async () => {
    const items = [];
    for await (const item of readOsvSource(FOLDER)) items.push(item.kind === 'record' ? `record ${item.record.id}` : item.kind === 'error' ? `error ${item.file}: ${item.error.split(':')[0]}` : `filtered ${item.id}`);
    expect(items).toEqual([
      'record PYSEC-2020-0001',
      'record GHSA-test-0001',
      'record GHSA-test-0002',
      'error npm/bad-fixed-and-last.json: schema',
      'error npm/bad-missing-modified.json: schema',
      'error npm/broken.json: cannot parse',
    ]);
  });

  it('streams an all.zip entry by entry, with progress and an ecosystem filter', async () => {
    const progress: Array<[number, number]> = [];
    const items = [];
    for await (const item of readOsvSource(ZIP, { ecosystems: ['Go', 'Debian'], onProgress: (d, t) => progress.push([d, t]) })) items.push(`${item.kind}:${item.kind === 'record' ? item.record.id : item.kind === 'filtered' ? item.id : item.file}`);
    expect(items).toEqual(['record:GO-2024-0001', 'filtered:GHSA-zip1-0001', 'filtered:MAL-2024-0001', 'record:DSA-1', 'error:invalid.json']);
    expect(progress.at(-1)).toEqual([5, 5]);
  });
});

describe('importOsv into stores', () => {
  it('records counts and provenance; the file store survives a reopen and keeps withdrawn records', async () => {
    const dir = tempDir();
    const store = await FileAdvisoryStore.open(dir);
    const errors: string[] = [];
    const run = await importOsv(store, FOLDER, { onError: (f) => errors.push(f) });
    expect(run).toMatchObject({ kind: 'folder', read: 6, inserted: 3, updated: 0, unchanged: 0, invalid: 3, filtered: 0 });
    expect(errors).toHaveLength(3);
    await store.close();

    const again = await FileAdvisoryStore.open(dir, { create: false });
    expect((await again.findByPackage('npm', 'demo-lib')).map((r) => r.id)).toEqual(['GHSA-test-0001', 'GHSA-test-0002']);
    expect((await again.findByPackage('PyPI', 'pyyaml')).map((r) => r.id)).toEqual(['PYSEC-2020-0001']);
    const meta = await again.meta();
    expect(meta).toMatchObject({ totalRecords: 3, withdrawnRecords: 1, byEcosystem: { npm: 2, PyPI: 1 }, newestModified: '2024-05-01T00:00:00Z' });
    expect(meta.imports).toHaveLength(1);
    await again.close();
  });

  it('upserts by modified: older or equal copies are unchanged, newer ones replace', async () => {
    const dir = tempDir();
    const store = await FileAdvisoryStore.open(dir);
    const base = { id: 'GHSA-up-0001', affected: [{ package: { ecosystem: 'npm', name: 'a' } }] };
    expect(await store.upsert([{ ...base, modified: '2024-01-02T00:00:00Z', summary: 'v2' }])).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect(await store.upsert([{ ...base, modified: '2024-01-01T00:00:00Z', summary: 'v1' }])).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    expect(await store.upsert([{ ...base, modified: '2024-01-03T00:00:00Z', summary: 'v3', affected: [{ package: { ecosystem: 'npm', name: 'b' } }] }])).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect((await store.getById('GHSA-up-0001'))!.summary).toBe('v3');
    expect(await store.findByPackage('npm', 'a')).toEqual([]);
    await store.close();
    const reopened = await FileAdvisoryStore.open(dir);
    expect((await reopened.findByPackage('npm', 'b'))[0]!.summary).toBe('v3');
    await reopened.close();
  });

  it('refuses a second live writer but takes over a lock left by a dead process', async () => {
    const dir = tempDir();
    const first = await FileAdvisoryStore.open(dir);
    await first.upsert([{ id: 'GHSA-lock-0001', modified: '2024-01-01T00:00:00Z' }]);
    const second = await FileAdvisoryStore.open(dir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'write.lock'), String(process.ppid)); // a live process that is not us
    await expect(second.upsert([{ id: 'GHSA-lock-0002', modified: '2024-01-01T00:00:00Z' }])).rejects.toThrow(/is being written by process/);
    writeFileSync(path.join(dir, 'write.lock'), '2147483646'); // no such process
    await expect(second.upsert([{ id: 'GHSA-lock-0002', modified: '2024-01-01T00:00:00Z' }])).resolves.toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    await second.close();
  });

  it('imports a zip with its sha256 and an ecosystem filter', async () => {
    const store = new MemoryAdvisoryStore();
    const run = await importOsv(store, ZIP, { ecosystems: ['npm'] });
    expect(run).toMatchObject({ kind: 'zip', read: 5, inserted: 2, invalid: 1, filtered: 2, ecosystems: ['npm'] });
    expect(run.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await store.findByPackage('npm', 'evil-pkg')).map((r) => r.id)).toEqual(['MAL-2024-0001']);
  });

  it('--skip-malicious drops MAL-* records as filtered', async () => {
    const store = new MemoryAdvisoryStore();
    const run = await importOsv(store, ZIP, { ecosystems: ['npm'], skipMalicious: true });
    expect(run).toMatchObject({ inserted: 1, filtered: 3 });
    expect(await store.findByPackage('npm', 'evil-pkg')).toEqual([]);
  });

  it('the bundled seed set loads completely and validly (781 records, 5 withdrawn)', async () => {
    const store = await openSeedStore();
    const meta = await store.meta();
    expect(meta.imports[0]).toMatchObject({ kind: 'seed', read: 781, inserted: 781, invalid: 0 });
    expect(meta.withdrawnRecords).toBe(5);
    expect(meta.byEcosystem).toMatchObject({ npm: 536, Go: 60, 'crates.io': 60, PyPI: 62 });
  });
});
