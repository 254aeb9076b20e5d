import { stat } from 'node:fs/promises';
import type { AdvisoryStore, ImportRun } from '../store/advisory-store.types';
import type { OsvRecord } from './osv.types';
import { readOsvSource, sha256File } from './osv-source.reader';

export interface ImportOptions {
  ecosystems?: readonly string[];
  skipMalicious?: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Called for every invalid file; the batch continues. */
  onError?: (file: string, error: string) => void;
  /** Overrides the provenance label (default: the path). */
  label?: string;
  kind?: ImportRun['kind'];
}

/** Reads, validates and upserts a folder or zip of OSV records into any store, then records the import run. */
export async function importOsv(store: AdvisoryStore, source: string, options: ImportOptions = {}): Promise<ImportRun> {
  const startedAt = new Date().toISOString();
  const info = await stat(source);
  const kind: ImportRun['kind'] = options.kind ?? (info.isDirectory() ? 'folder' : /\.zip$/i.test(source) ? 'zip' : 'file');
  const run: ImportRun = { source: options.label ?? source, kind, startedAt, finishedAt: startedAt, read: 0, inserted: 0, updated: 0, unchanged: 0, invalid: 0, filtered: 0 };
  if (options.ecosystems) run.ecosystems = [...options.ecosystems];
  if (kind === 'zip') run.sha256 = await sha256File(source);
  const batchSize = options.batchSize ?? 500;
  let batch: OsvRecord[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const r = await store.upsert(batch);
    run.inserted += r.inserted;
    run.updated += r.updated;
    run.unchanged += r.unchanged;
    batch = [];
  };
  const readOptions: Parameters<typeof readOsvSource>[1] = {};
  if (options.ecosystems) readOptions.ecosystems = options.ecosystems;
  if (options.onProgress) readOptions.onProgress = options.onProgress;
  if (options.skipMalicious) readOptions.skipMalicious = true;
  for await (const item of readOsvSource(source, readOptions)) {
    run.read++;
    if (item.kind === 'error') {
      run.invalid++;
      options.onError?.(item.file, item.error);
    } else if (item.kind === 'filtered') run.filtered++;
    else {
      batch.push(item.record);
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  run.finishedAt = new Date().toISOString();
  await store.recordImport(run);
  return run;
}
