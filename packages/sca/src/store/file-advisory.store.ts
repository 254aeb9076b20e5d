import { mkdir, open, readFile, rename, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { OsvRecord } from '../osv/osv.types';
import type { AdvisoryMeta, AdvisoryStore, ImportRun, UpsertResult } from './advisory-store.types';
import { packageKey, packageKeys, recordEcosystems } from './package-keys';

interface IdEntry {
  /** byte offset and length of the record's line in records.ndjson */
  o: number;
  l: number;
  m: string;
  w: boolean;
  e: string[];
  k: string[];
}

/** Columnar on disk: arrays of primitives parse several times faster than 200k small objects. */
interface IndexFile {
  format: 'nullpath-osv-store';
  version: 2;
  ids: string[];
  off: number[];
  len: number[];
  mod: string[];
  /** positions (in `ids`) of withdrawn records */
  withdrawn: number[];
  /** ecosystems per record, joined with `|` */
  eco: string[];
  /** package keys per record, joined with U+0001 */
  keys: string[];
  imports: ImportRun[];
  /** bytes of records.ndjson still referenced; the rest is superseded versions */
  liveBytes: number;
}

const RECORDS = 'records.ndjson';
const INDEX = 'index.json';
const LOCK = 'write.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Offline store in a directory: `records.ndjson` (append-only, one compact record per line) and `index.json`
 * (id → byte range, package key → ids, import runs). Lookups read only the lines they need, so a full npm
 * `all.zip` import (≈200k records) never has to sit in memory as parsed records.
 * NOTE(file-store-flush): the index is written by `flush()`; an interrupted import leaves the previous index, which
 * still points at valid lines because records are only ever appended.
 */
export class FileAdvisoryStore implements AdvisoryStore {
  private readonly ids = new Map<string, IdEntry>();
  private readonly byPackage = new Map<string, string[]>();
  private imports: ImportRun[] = [];
  private size = 0;
  private liveBytes = 0;
  private appendHandle: FileHandle | undefined;
  private readHandle: FileHandle | undefined;
  private dirty = false;
  private locked = false;

  private constructor(readonly dir: string) {}

  /** Opens (or, unless it is missing and `create` is false, creates) a store directory. */
  static async open(dir: string, options: { create?: boolean } = {}): Promise<FileAdvisoryStore> {
    const store = new FileAdvisoryStore(dir);
    let text: string | undefined;
    try {
      text = await readFile(path.join(dir, INDEX), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      if (options.create === false) throw new Error(`no advisory store at ${dir}`);
    }
    if (text !== undefined) {
      const index = JSON.parse(text) as IndexFile;
      if (index.format !== 'nullpath-osv-store' || index.version !== 2) throw new Error(`${dir}: not a Nullpath advisory store (or an older format: import again)`);
      const withdrawn = new Set(index.withdrawn);
      index.ids.forEach((id, i) => {
        const e = index.eco[i]!;
        const k = index.keys[i]!;
        store.track(id, { o: index.off[i]!, l: index.len[i]!, m: index.mod[i]!, w: withdrawn.has(i), e: e ? e.split('|') : [], k: k ? k.split('\u0001') : [] });
      });
      store.imports = index.imports;
      store.liveBytes = index.liveBytes;
      try {
        const fh = await open(path.join(dir, RECORDS), 'r');
        store.size = (await fh.stat()).size;
        await fh.close();
      } catch {
        store.size = 0;
      }
    }
    return store;
  }

  static async exists(dir: string): Promise<boolean> {
    try {
      await readFile(path.join(dir, INDEX), 'utf8');
      return true;
    } catch {
      return false;
    }
  }

  private track(id: string, e: IdEntry): void {
    this.ids.set(id, e);
    for (const k of e.k) {
      const list = this.byPackage.get(k);
      if (list) list.push(id);
      else this.byPackage.set(k, [id]);
    }
  }

  private untrack(id: string, e: IdEntry): void {
    for (const k of e.k) {
      const list = this.byPackage.get(k);
      if (list) this.byPackage.set(k, list.filter((x) => x !== id));
    }
    this.ids.delete(id);
    this.liveBytes -= e.l;
  }

  async upsert(records: readonly OsvRecord[]): Promise<UpsertResult> {
    const result: UpsertResult = { inserted: 0, updated: 0, unchanged: 0 };
    if (records.length === 0) return result;
    await mkdir(this.dir, { recursive: true });
    await this.lock();
    const chunks: Buffer[] = [];
    for (const r of records) {
      const old = this.ids.get(r.id);
      if (old && old.m >= r.modified) {
        result.unchanged++;
        continue;
      }
      const line = Buffer.from(`${JSON.stringify(r)}\n`, 'utf8');
      if (old) this.untrack(r.id, old);
      this.track(r.id, { o: this.size, l: line.length - 1, m: r.modified, w: Boolean(r.withdrawn), e: recordEcosystems(r), k: packageKeys(r) });
      this.size += line.length;
      this.liveBytes += line.length - 1;
      chunks.push(line);
      if (old) result.updated++;
      else result.inserted++;
    }
    if (chunks.length > 0) {
      this.appendHandle ??= await open(path.join(this.dir, RECORDS), 'a');
      await this.appendHandle.write(Buffer.concat(chunks));
      this.dirty = true;
    }
    return result;
  }

  async findByPackage(ecosystem: string, normalizedName: string): Promise<OsvRecord[]> {
    const ids = this.byPackage.get(packageKey(ecosystem, normalizedName));
    if (!ids || ids.length === 0) return [];
    const out: OsvRecord[] = [];
    for (const id of [...ids].sort()) {
      const r = await this.getById(id);
      if (r) out.push(r);
    }
    return out;
  }

  async getById(id: string): Promise<OsvRecord | undefined> {
    const e = this.ids.get(id);
    if (!e) return undefined;
    if (!this.readHandle) this.readHandle = await open(path.join(this.dir, RECORDS), 'r');
    const buf = Buffer.alloc(e.l);
    await this.readHandle.read(buf, 0, e.l, e.o);
    return JSON.parse(buf.toString('utf8')) as OsvRecord;
  }

  async recordImport(run: ImportRun): Promise<void> {
    this.imports.push(run);
    this.dirty = true;
    await this.flush();
  }

  async meta(): Promise<AdvisoryMeta> {
    const meta: AdvisoryMeta = { imports: [...this.imports], totalRecords: this.ids.size, withdrawnRecords: 0, byEcosystem: {} };
    for (const e of this.ids.values()) {
      if (e.w) meta.withdrawnRecords++;
      if (!meta.newestModified || e.m > meta.newestModified) meta.newestModified = e.m;
      for (const eco of e.e) meta.byEcosystem[eco] = (meta.byEcosystem[eco] ?? 0) + 1;
    }
    const last = this.imports.at(-1);
    if (last) meta.lastImportAt = last.finishedAt;
    return meta;
  }

  /**
   * One writer at a time: concurrent appends would interleave lines and the last index written would lose the
   * other writer's records. A lock left by a dead process is taken over.
   */
  private async lock(): Promise<void> {
    if (this.locked) return;
    const file = path.join(this.dir, LOCK);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fh = await open(file, 'wx');
        await fh.writeFile(String(process.pid));
        await fh.close();
        this.locked = true;
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const pid = Number(await readFile(file, 'utf8').catch(() => ''));
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new Error(`advisory store ${this.dir} is being written by process ${pid}`);
        await unlink(file).catch(() => undefined);
      }
    }
    throw new Error(`cannot lock advisory store ${this.dir}`);
  }

  /** Writes the index atomically (tmp file + rename). */
  async flush(): Promise<void> {
    if (!this.dirty) return;
    await this.appendHandle?.sync();
    const index: IndexFile = { format: 'nullpath-osv-store', version: 2, ids: [], off: [], len: [], mod: [], withdrawn: [], eco: [], keys: [], imports: this.imports, liveBytes: this.liveBytes };
    for (const [id, e] of this.ids) {
      if (e.w) index.withdrawn.push(index.ids.length);
      index.ids.push(id);
      index.off.push(e.o);
      index.len.push(e.l);
      index.mod.push(e.m);
      index.eco.push(e.e.join('|'));
      index.keys.push(e.k.join('\u0001'));
    }
    await mkdir(this.dir, { recursive: true });
    await this.lock();
    const tmp = path.join(this.dir, `${INDEX}.${process.pid}.tmp`);
    await writeFile(tmp, JSON.stringify(index));
    await rename(tmp, path.join(this.dir, INDEX));
    this.dirty = false;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.appendHandle?.close();
    await this.readHandle?.close();
    this.appendHandle = undefined;
    this.readHandle = undefined;
    if (this.locked) {
      await unlink(path.join(this.dir, LOCK)).catch(() => undefined);
      this.locked = false;
    }
  }
}
