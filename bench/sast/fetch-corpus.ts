/**
 * Brings the bench/sast corpus into bench/.out: npm packages with `npm pack` (bench/lib/npm-pack)
 * and Debian packages with `apt-get download` + `dpkg -x`, the only registries the project
 * machine reaches (sast.md §5).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUT } from '../lib/bench-env';
import { fetchPackage, pool } from '../lib/npm-pack';

export interface Corpus {
  npm: string[];
  debian: { package: string; version: string; root: string }[];
}

/** "@babel/core@7.29.13" → ["@babel/core", "7.29.13"]. */
export function splitSpec(spec: string): [string, string] {
  const at = spec.lastIndexOf('@');
  return [spec.slice(0, at), spec.slice(at + 1)];
}

export async function fetchNpm(specs: readonly string[]): Promise<{ spec: string; dir: string | undefined }[]> {
  const dirs = await pool(specs, 4, (s) => fetchPackage(OUT, ...splitSpec(s)));
  return specs.map((spec, i) => ({ spec, dir: dirs[i] }));
}

/**
 * Downloads the pinned Debian version, falling back to the archive's current one when the pin has
 * left the archive (security updates replace it); returns the unpacked root and the version used.
 */
export function fetchDebian(d: Corpus['debian'][number]): { dir: string; version: string } {
  const base = join(OUT, 'debian');
  mkdirSync(base, { recursive: true });
  const debs = (): string[] => readdirSync(base).filter((f) => f.startsWith(`${d.package}_`) && f.endsWith('.deb'));
  if (debs().length === 0) {
    const download = (spec: string): boolean => {
      try {
        execFileSync('apt-get', ['download', spec], { cwd: base, stdio: ['ignore', 'ignore', 'pipe'] });
        return true;
      } catch {
        return false;
      }
    };
    if (!download(`${d.package}=${d.version}`) && !download(d.package)) {
      // apt-get download needs package lists; a fresh machine has none until `apt-get update`.
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
      if (!download(`${d.package}=${d.version}`) && !download(d.package)) throw new Error(`apt-get download ${d.package} failed`);
    }
  }
  const deb = debs().sort().pop()!;
  const version = decodeURIComponent(deb.slice(d.package.length + 1).replace(/_all\.deb$|_[a-z0-9]+\.deb$/, ''));
  const unpacked = join(base, deb.replace(/\.deb$/, ''));
  if (!existsSync(join(unpacked, d.root))) execFileSync('dpkg', ['-x', join(base, deb), unpacked]);
  return { dir: join(unpacked, d.root), version };
}
