import { open, type FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntryInfo {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const WINDOW = 4 * 1024 * 1024;

/** Reads arbitrary byte ranges through one large window, so sequential access costs one syscall per 4 MB. */
class WindowReader {
  private buf = Buffer.alloc(0);
  private start = 0;
  constructor(private readonly fh: FileHandle, private readonly size: number) {}

  async read(pos: number, len: number): Promise<Buffer> {
    if (pos < this.start || pos + len > this.start + this.buf.length) {
      const want = Math.min(Math.max(WINDOW, len), this.size - pos);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await this.fh.read(buf, 0, want, pos);
      this.buf = buf.subarray(0, bytesRead);
      this.start = pos;
      if (bytesRead < len) throw new Error(`unexpected end of zip at ${pos}`);
    }
    return this.buf.subarray(pos - this.start, pos - this.start + len);
  }
}

function zip64Extra(extra: Buffer, need: { size: boolean; comp: boolean; offset: boolean }): { size?: number; comp?: number; offset?: number } {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      const out: { size?: number; comp?: number; offset?: number } = {};
      if (need.size) (out.size = Number(extra.readBigUInt64LE(p)), (p += 8));
      if (need.comp) (out.comp = Number(extra.readBigUInt64LE(p)), (p += 8));
      if (need.offset) out.offset = Number(extra.readBigUInt64LE(p));
      return out;
    }
    i += 4 + len;
  }
  return {};
}

/**
 * Streams the entries of a zip file: the central directory is read (metadata only), then entries are visited in
 * file order through a 4 MB window and inflated one at a time. Only one record and one window are ever in memory,
 * whatever the archive size; zip64 archives (the npm export has >65,535 entries) are supported.
 * NOTE(zip-reader): replaces yauzl's lazy-entry API, whose per-entry small reads made a 210k-entry import ~10x slower.
 */
export async function* readZipEntries(file: string, onCount?: (total: number) => void): AsyncGenerator<{ entry: ZipEntryInfo; data: () => Buffer }> {
  const fh = await open(file, 'r');
  try {
    const size = (await fh.stat()).size;
    const tailLen = Math.min(size, 65_557 + 76);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
    if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && tail.readUInt32LE(eocd - 20) === 0x07064b50) {
      const z64Offset = Number(tail.readBigUInt64LE(eocd - 20 + 8));
      const z64 = Buffer.alloc(56);
      await fh.read(z64, 0, 56, z64Offset);
      if (z64.readUInt32LE(0) !== 0x06064b50) throw new Error('bad zip64 end of central directory');
      count = Number(z64.readBigUInt64LE(32));
      cdSize = Number(z64.readBigUInt64LE(40));
      cdOffset = Number(z64.readBigUInt64LE(48));
    }
    onCount?.(count);
    const reader = new WindowReader(fh, size);
    const entries: ZipEntryInfo[] = [];
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      const h = await reader.read(p, 46);
      if (h.readUInt32LE(0) !== 0x02014b50) throw new Error(`bad central directory record ${i}`);
      const nameLen = h.readUInt16LE(28);
      const extraLen = h.readUInt16LE(30);
      const commentLen = h.readUInt16LE(32);
      const flags = h.readUInt16LE(8);
      const method = h.readUInt16LE(10);
      let comp = h.readUInt32LE(20);
      let sz = h.readUInt32LE(24);
      let off = h.readUInt32LE(42);
      const rest = Buffer.from(await reader.read(p + 46, nameLen + extraLen));
      const name = rest.subarray(0, nameLen).toString('utf8');
      if (comp === 0xffffffff || sz === 0xffffffff || off === 0xffffffff) {
        const z = zip64Extra(rest.subarray(nameLen), { size: sz === 0xffffffff, comp: comp === 0xffffffff, offset: off === 0xffffffff });
        sz = z.size ?? sz;
        comp = z.comp ?? comp;
        off = z.offset ?? off;
      }
      entries.push({ name, method, flags, compressedSize: comp, size: sz, localOffset: off });
      p += 46 + nameLen + extraLen + commentLen;
    }
    if (p - cdOffset > cdSize) throw new Error('central directory overruns its size');
    entries.sort((a, b) => a.localOffset - b.localOffset);
    for (const entry of entries) {
      const lh = await reader.read(entry.localOffset, 30);
      if (lh.readUInt32LE(0) !== 0x04034b50) throw new Error(`bad local header for ${entry.name}`);
      const dataStart = entry.localOffset + 30 + lh.readUInt16LE(26) + lh.readUInt16LE(28);
      const raw = Buffer.from(await reader.read(dataStart, entry.compressedSize));
      yield {
        entry,
        data: () => {
          if (entry.flags & 1) throw new Error('encrypted entry');
          if (entry.method === 0) return raw;
          if (entry.method === 8) return inflateRawSync(raw);
          throw new Error(`unsupported compression method ${entry.method}`);
        },
      };
    }
  } finally {
    await fh.close();
  }
}
