/**
 * Import-scale bench: writes a synthetic osv.dev-style npm all.zip (default 210,000 records, ≈ the real npm export,
 * mostly MAL-* malware notices) and imports it into the file store, reporting time, peak RSS, reopen and lookup cost.
 * Run: node --import tsx bench/sca-parity/import-scale.ts [records]
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FileAdvisoryStore, importOsv } from '@nullpath/sca';

function record(i: number): Record<string, unknown> {
  const mal = i % 10 !== 0;
  const name = mal ? `evil-pkg-${i}` : `lib-${i % 5000}`;
  return {
    schema_version: '1.5.0',
    id: mal ? `MAL-2025-${i}` : `GHSA-sim-${i.toString(36).padStart(4, '0')}-${i}`,
    modified: '2025-06-01T00:00:00Z',
    published: '2025-05-01T00:00:00Z',
    summary: mal ? `Malicious code in ${name} (npm)` : `Synthetic advisory ${i}`,
    details: `${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(12)}`,
    affected: [{ package: { ecosystem: 'npm', name }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, ...(mal ? [] : [{ fixed: `${1 + (i % 7)}.2.3` }])] }], database_specific: { source: 'https://example.invalid/' } }],
    references: [{ type: mal ? 'WEB' : 'ADVISORY', url: `https://example.invalid/${i}` }],
    database_specific: { 'malicious-packages-origins': mal ? [{ source: 'ossf-package-analysis', sha256: 'a'.repeat(64) }] : undefined },
  };
}

/** Minimal zip writer (deflate, zip64 end records), so the bench needs no extra dependency. */
function writeZip(file: string, count: number): void {
  const fd = openSync(file, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const id = String(record(i)['id']);
    const data = Buffer.from(JSON.stringify(record(i)));
    const comp = deflateRawSync(data);
    const nameBuf = Buffer.from(`${id}.json`);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    writeSync(fd, local);
    writeSync(fd, nameBuf);
    writeSync(fd, comp);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(0, 12);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(comp.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(nameBuf.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, nameBuf);
    offset += 30 + nameBuf.length + comp.length;
  }
  const cdBuf = Buffer.concat(central);
  writeSync(fd, cdBuf);
  // zip64 end records: the real npm export has far more than 65,535 entries
  const z64 = Buffer.alloc(56);
  z64.writeUInt32LE(0x06064b50, 0);
  z64.writeBigUInt64LE(44n, 4);
  z64.writeUInt16LE(45, 12);
  z64.writeUInt16LE(45, 14);
  z64.writeBigUInt64LE(BigInt(count), 24);
  z64.writeBigUInt64LE(BigInt(count), 32);
  z64.writeBigUInt64LE(BigInt(cdBuf.length), 40);
  z64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cdBuf.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  writeSync(fd, Buffer.concat([z64, locator, end]));
  closeSync(fd);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--write') {
    writeZip(process.argv[3]!, Number(process.argv[4]));
    return;
  }
  const count = Number(process.argv[2] ?? 210_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'np-sca-import-'));
  try {
    const zip = path.join(dir, 'all.zip');
    let t = performance.now();
    // written by a child process so the import below starts from a clean heap
    spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--write', zip, String(count)], { stdio: 'inherit' });
    const zipMb = statSync(zip).size / 1e6;
    process.stdout.write(`wrote ${count} records, zip ${zipMb.toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    let peak = process.memoryUsage().rss;
    const baseline = peak;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const store = await FileAdvisoryStore.open(path.join(dir, 'store'));
    t = performance.now();
    const run = await importOsv(store, zip, { batchSize: 1000 });
    await store.close();
    const importS = (performance.now() - t) / 1000;
    clearInterval(timer);
    process.stdout.write(`import: ${run.inserted} inserted, ${run.invalid} invalid in ${importS.toFixed(1)} s (${Math.round(run.read / importS)} records/s); RSS baseline ${(baseline / 1e6).toFixed(0)} MB, peak ${(peak / 1e6).toFixed(0)} MB\n`);
    const storeMb = statSync(path.join(dir, 'store', 'records.ndjson')).size / 1e6;
    const indexMb = statSync(path.join(dir, 'store', 'index.json')).size / 1e6;
    t = performance.now();
    const reopened = await FileAdvisoryStore.open(path.join(dir, 'store'), { create: false });
    const openMs = performance.now() - t;
    t = performance.now();
    let hits = 0;
    for (let i = 0; i < 1000; i++) hits += (await reopened.findByPackage('npm', `lib-${i}`)).length;
    const lookupMs = (performance.now() - t) / 1000;
    await reopened.close();
    process.stdout.write(`store: records ${storeMb.toFixed(1)} MB + index ${indexMb.toFixed(1)} MB; reopen ${openMs.toFixed(0)} ms; findByPackage ${lookupMs.toFixed(3)} ms avg (${hits} records over 1000 lookups)\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
