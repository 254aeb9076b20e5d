import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Downloads `name@version` with `npm pack` into a tarball cache and unpacks it once. Returns the
 * package root (the tarball's single top-level folder, usually `package/`) or undefined when
 * the registry does not have that version.
 */
export function fetchPackage(outDir: string, name: string, version: string): Promise<string | undefined> {
  // Entries sharing a package version are fetched concurrently by pool(); without this the second
  // `npm pack` races the first for the same tarball, fails, and marks the version unavailable.
  const key = `${outDir}\u0000${name}@${version}`;
  let p = inFlight.get(key);
  if (!p) {
    p = fetchOnce(outDir, name, version);
    inFlight.set(key, p);
  }
  return p;
}

const inFlight = new Map<string, Promise<string | undefined>>();

async function fetchOnce(outDir: string, name: string, version: string): Promise<string | undefined> {
  const safe = `${name.replace('/', '__')}@${version}`;
  const tarballs = join(outDir, 'tarballs');
  const unpacked = join(outDir, 'packages', safe);
  const marker = join(unpacked, '.unpacked');
  if (existsSync(marker)) return packageRoot(unpacked);
  if (existsSync(join(outDir, 'unavailable', safe))) return undefined;
  mkdirSync(tarballs, { recursive: true });
  let tgz = readdirSync(tarballs).find((f) => f === `${safe}.tgz`);
  if (!tgz) {
    try {
      const { stdout } = await run('npm', ['pack', `${name}@${version}`, '--pack-destination', tarballs, '--silent', '--ignore-scripts'], { timeout: 120_000 });
      const produced = stdout.trim().split('\n').pop()?.trim();
      if (!produced) throw new Error('npm pack printed nothing');
      await run('mv', [join(tarballs, produced), join(tarballs, `${safe}.tgz`)]);
      tgz = `${safe}.tgz`;
    } catch {
      mkdirSync(join(outDir, 'unavailable'), { recursive: true });
      await run('touch', [join(outDir, 'unavailable', safe)]);
      return undefined;
    }
  }
  mkdirSync(unpacked, { recursive: true });
  await run('tar', ['xzf', join(tarballs, tgz), '-C', unpacked, '--no-same-owner', '--no-same-permissions']);
  await run('touch', [marker]);
  return packageRoot(unpacked);
}

function packageRoot(dir: string): string {
  const entries = readdirSync(dir).filter((e) => e !== '.unpacked' && statSync(join(dir, e)).isDirectory());
  return entries.length === 1 ? join(dir, entries[0]!) : dir;
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  });
  await Promise.all(workers);
  return out;
}
