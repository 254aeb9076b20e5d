import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { InventoryPackage, ScannedManifest, UnscannedManifest } from '../model/package.types';
import { buildInventory } from './build-inventory';
import { walkTree } from './discover';
import type { ParseInput } from './parser.types';
import { NPM_LOCKFILES, PARSERS } from './parsers';

export interface Inventory {
  packages: InventoryPackage[];
  manifests: ScannedManifest[];
  unscanned: UnscannedManifest[];
  /** Every file found (relative), for the source-file pass of reachability. */
  files: string[];
}

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

function readInside(root: string, rel: string): string | undefined {
  const abs = path.resolve(root, rel);
  if (abs !== root && !abs.startsWith(root + path.sep)) return undefined;
  try {
    // editors on Windows write a BOM, which JSON.parse and TOML parsers reject
    return readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/**
 * Finds every manifest under `root` and parses it. A file that fails to parse becomes an unscanned manifest with
 * the reason; nothing is dropped silently and one bad file never stops the rest.
 */
export async function collectInventory(root: string, onManifest?: (path: string) => void): Promise<Inventory> {
  const absRoot = path.resolve(root);
  const { files } = await walkTree(absRoot);
  const out: Inventory = { packages: [], manifests: [], unscanned: [], files };
  const npmLockDirs = new Set(files.filter((f) => NPM_LOCKFILES.has(path.posix.basename(f))).map((f) => path.posix.dirname(f)));
  for (const rel of files) {
    const base = path.posix.basename(rel);
    if (base === 'package.json') {
      const dir = path.posix.dirname(rel);
      const covered = [...npmLockDirs].some((d) => d === '.' || d === dir || dir.startsWith(`${d}/`));
      if (!covered) out.unscanned.push({ path: rel, parser: 'npm-lock', reason: 'package.json without a lockfile (package-lock.json, yarn.lock, pnpm-lock.yaml or bun.lock): versions are not resolved' });
      continue;
    }
    const parser = PARSERS.find((p) => p.matches(base, rel));
    if (!parser) continue;
    onManifest?.(rel);
    const dir = path.posix.dirname(rel);
    const content = readInside(absRoot, rel);
    if (content === undefined) {
      out.unscanned.push({ path: rel, parser: parser.name, reason: 'cannot read file' });
      continue;
    }
    if (content.length > MAX_MANIFEST_BYTES) {
      out.unscanned.push({ path: rel, parser: parser.name, reason: `file larger than ${MAX_MANIFEST_BYTES} bytes` });
      continue;
    }
    const input: ParseInput = {
      path: rel,
      content,
      readSibling: (name) => readInside(absRoot, path.posix.join(dir, name)),
      readRelative: (p) => {
        const target = path.posix.normalize(path.posix.join(dir, p));
        const text = readInside(absRoot, target);
        return text === undefined ? undefined : { path: target, content: text };
      },
      listDir: (p) => {
        try {
          return readdirSync(path.resolve(absRoot, dir, p), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
        } catch {
          return [];
        }
      },
    };
    try {
      const graph = parser.parse(input);
      const packages = buildInventory(graph, rel);
      out.packages.push(...packages);
      out.manifests.push({ path: rel, ecosystem: parser.ecosystem, parser: parser.name, packageCount: packages.length, transitiveKnown: graph.transitiveKnown, warnings: graph.warnings });
    } catch (err) {
      out.unscanned.push({ path: rel, parser: parser.name, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return out;
}
