import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Folders never descended into: installed dependencies and vendored trees are the *result* of manifests, and
 * their own lockfiles would be reported as the project's (Trivy #4948). Skipping them is deliberate.
 */
export const SKIPPED_DIRS = new Set([
  'node_modules', 'bower_components', 'jspm_packages', '.pnpm-store', '.yarn', '.git', '.hg', '.svn',
  'vendor', 'third_party', 'third-party', '.venv', 'venv', '.tox', '__pycache__', 'site-packages', '.nullpath', '.bundle', 'Pods',
]);

export interface DiscoveredTree {
  /** Relative paths (forward slashes) of every regular file outside skipped folders. */
  files: string[];
}

/** One walk of the tree; symlinks are not followed, so a link cycle cannot hang the scan. */
export async function walkTree(root: string, maxFiles = 200_000): Promise<DiscoveredTree> {
  const files: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (files.length >= maxFiles) return;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) await walk(path.join(dir, e.name), r);
      } else if (e.isFile()) files.push(r);
    }
  };
  await walk(root, '');
  return { files };
}
