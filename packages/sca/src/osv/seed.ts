import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryAdvisoryStore } from '../store/memory-advisory.store';
import { importOsv } from './osv-import';

/** The curated OSV seed set shipped with the package (data + NOTICE.md + INDEX.json). */
export const SEED_ADVISORIES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../advisories');

/** A memory store filled from the seed set; used when no advisory data was imported. */
export async function openSeedStore(): Promise<MemoryAdvisoryStore> {
  const store = new MemoryAdvisoryStore();
  await importOsv(store, SEED_ADVISORIES_DIR, { label: 'bundled seed set (packages/sca/advisories)', kind: 'seed' });
  return store;
}
