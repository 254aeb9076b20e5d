import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { canonicalEcosystem } from '../model/ecosystem';
import type { OsvRecord } from './osv.types';
import { validateOsv } from './osv.validate';
import { readZipEntries } from './zip-entries.reader';

export type OsvSourceItem =
  | { kind: 'record'; record: OsvRecord; file: string }
  | { kind: 'error'; error: string; file: string }
  | { kind: 'filtered'; id: string; file: string };

export interface ReadOsvOptions {
  /** Keep only records with at least one affected package in these ecosystems (OSV spelling, any case). */
  ecosystems?: readonly string[];
  onProgress?: (done: number, total: number) => void;
  /** Drop `MAL-*` malware notices (most of the npm export) as `filtered`. */
  skipMalicious?: boolean;
}

const RECORD_FILE = /\.(json|ya?ml)$/i;
// The bundled seed set and GHSA checkouts carry non-record JSON next to the records.
const NOT_RECORDS = new Set(['index.json', 'package.json', 'package-lock.json', 'tsconfig.json']);

function decode(file: string, text: string): unknown {
  return /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
}

function wanted(record: OsvRecord, ecosystems: ReadonlySet<string> | undefined): boolean {
  if (!ecosystems) return true;
  return (record.affected ?? []).some((a) => {
    const e = a.package ? canonicalEcosystem(a.package.ecosystem) ?? a.package.ecosystem.split(':')[0] : undefined;
    return e !== undefined && ecosystems.has(e.toLowerCase());
  });
}

function toItem(file: string, text: string, ecosystems: ReadonlySet<string> | undefined, skipMalicious = false): OsvSourceItem {
  let data: unknown;
  try {
    data = decode(file, text);
  } catch (err) {
    return { kind: 'error', file, error: `cannot parse: ${err instanceof Error ? err.message : String(err)}` };
  }
  const v = validateOsv(data);
  if (!v.ok) return { kind: 'error', file, error: `schema: ${v.error}` };
  const keep = wanted(v.record, ecosystems) && !(skipMalicious && v.record.id.startsWith('MAL-'));
  return keep ? { kind: 'record', record: v.record, file } : { kind: 'filtered', id: v.record.id, file };
}

async function listFolder(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && RECORD_FILE.test(e.name) && !NOT_RECORDS.has(e.name.toLowerCase())) out.push(p);
    }
  };
  await walk(root);
  return out;
}

/**
 * Streams OSV records from a folder tree of `*.json`/`*.yaml` files or from an osv.dev `all.zip`. A zip is read
 * entry by entry (see NOTE(zip-reader)); the whole archive is never in memory. Every record is validated;
 * a bad file yields an `error` item and the stream continues.
 */
export async function* readOsvSource(source: string, options: ReadOsvOptions = {}): AsyncGenerator<OsvSourceItem> {
  const ecosystems = options.ecosystems ? new Set(options.ecosystems.map((e) => e.trim().toLowerCase())) : undefined;
  const info = await stat(source);
  if (info.isDirectory()) {
    const files = await listFolder(source);
    let done = 0;
    for (const f of files) {
      const rel = path.relative(source, f).split(path.sep).join('/');
      yield toItem(rel, await readFile(f, 'utf8'), ecosystems, options.skipMalicious);
      options.onProgress?.(++done, files.length);
    }
    return;
  }
  if (!/\.zip$/i.test(source)) {
    yield toItem(path.basename(source), await readFile(source, 'utf8'), ecosystems, options.skipMalicious);
    options.onProgress?.(1, 1);
    return;
  }
  let total = 0;
  let done = 0;
  for await (const { entry, data } of readZipEntries(source, (n) => (total = n))) {
    done++;
    if (!entry.name.endsWith('/') && RECORD_FILE.test(entry.name)) {
      let text: string;
      try {
        text = data().toString('utf8');
      } catch (err) {
        yield { kind: 'error', file: entry.name, error: `cannot read: ${err instanceof Error ? err.message : String(err)}` };
        continue;
      }
      yield toItem(entry.name, text, ecosystems, options.skipMalicious);
    }
    options.onProgress?.(done, total);
  }
}

/** sha256 of a file, streamed, for import provenance. */
export async function sha256File(file: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
