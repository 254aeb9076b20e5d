import type { OsvRecord } from '../osv/osv.types';

export interface UpsertResult {
  inserted: number;
  updated: number;
  /** Already stored with the same or a newer `modified`. */
  unchanged: number;
}

export interface ImportRun {
  /** Folder or zip path, or a label such as "bundled seed set". */
  source: string;
  kind: 'folder' | 'zip' | 'file' | 'seed';
  sha256?: string;
  ecosystems?: string[];
  startedAt: string;
  finishedAt: string;
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  invalid: number;
  filtered: number;
}

export interface AdvisoryMeta {
  imports: ImportRun[];
  totalRecords: number;
  withdrawnRecords: number;
  byEcosystem: Record<string, number>;
  /** Newest `modified` among stored records: "advisory data as of …". */
  newestModified?: string;
  /** finishedAt of the last import. */
  lastImportAt?: string;
}

/**
 * Where OSV records live. Implemented by the file store here (offline CLI) and by the platform database in
 * @nullpath/db. All methods are async; records go in and come out as plain OSV JSON.
 *
 * Invariants every implementation keeps:
 * - `upsert` replaces a stored record only when the incoming `modified` is newer (ISO-8601 compares as text).
 * - `findByPackage` keys on (OSV ecosystem without `:suffix`, name normalised with `normaliseName`) taken from each
 *   `affected[].package`; it returns withdrawn records too (the matcher skips them, audits can see them).
 */
export interface AdvisoryStore {
  upsert(records: readonly OsvRecord[]): Promise<UpsertResult>;
  findByPackage(ecosystem: string, normalizedName: string): Promise<OsvRecord[]>;
  getById(id: string): Promise<OsvRecord | undefined>;
  recordImport(run: ImportRun): Promise<void>;
  meta(): Promise<AdvisoryMeta>;
}
