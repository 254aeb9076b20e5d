import { lstat, open, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { looksMinified } from '../scan/minified';
import { isIgnored, parseIgnore, type IgnoreRule } from './ignore-rules';

export interface WalkOptions {
  /** Default `.nullpathignore` at the root. */
  ignoreFileName?: string | undefined;
  /** Extra gitignore-style patterns. */
  ignore?: readonly string[] | undefined;
  /** Files above this size are skipped and reported. Default 1.5 MB. */
  maxFileBytes?: number | undefined;
}

export interface WalkResult {
  files: { path: string; content: string }[];
  skipped: { path: string; reason: string }[];
}

/** Directories that hold dependencies, VCS data, virtualenvs or build caches: never scanned. */
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'bower_components',
  'jspm_packages',
  'vendor',
  'vendors',
  'third_party',
  'third-party',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
  '.next',
  '.nuxt',
  '.cache',
  'coverage',
  '.nullpath',
]);

const SOURCE = /\.(m|c)?(j|t)sx?$|\.py$|\.java$/i;
/** Text files that commonly hold credentials; scanned by secret rules only. */
const SECRETS_TEXT = /(^|\/)(\.env(\..*)?|\.npmrc|\.yarnrc(\.yml)?|\.pypirc|\.netrc|dockerfile|docker-compose\.ya?ml)$|\.(json|ya?ml|ini|cfg|conf|toml|properties|xml|sh|bash|zsh|pem|key|tf|tfvars|gradle|env)$/i;

/**
 * Collects the files of a directory tree for a scan: source files plus configuration/text files
 * for secret detection. Vendored, minified, binary and oversized files are skipped; minified and
 * oversized source files are reported with the reason (nothing is dropped silently).
 */
export async function collectFiles(root: string, opts: WalkOptions = {}): Promise<WalkResult> {
  const maxBytes = opts.maxFileBytes ?? 1_500_000;
  const rules: IgnoreRule[] = [];
  const ignoreName = opts.ignoreFileName ?? '.nullpathignore';
  try {
    rules.push(...parseIgnore(await readFile(join(root, ignoreName), 'utf8')));
  } catch {
    // no ignore file
  }
  if (opts.ignore?.length) rules.push(...parseIgnore(opts.ignore.join('\n')));
  const result: WalkResult = { files: [], skipped: [] };
  const rootStat = await lstat(root);
  if (rootStat.isFile()) {
    await addFile(root, root.split(sep).pop() ?? root, rootStat.size, maxBytes, result);
    return result;
  }
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const abs = join(dir, e.name);
      const rel = relative(root, abs).split(sep).join('/');
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name) || isIgnored(rules, rel, true)) continue;
        await visit(abs);
      } else if (e.isFile()) {
        if (isIgnored(rules, rel, false)) continue;
        if (!SOURCE.test(e.name) && !SECRETS_TEXT.test(rel) && !/(^|\/)(ts|js)config(\.[\w-]+)?\.json$/.test(rel)) continue;
        if (/\.d\.(m|c)?ts$/.test(e.name)) continue;
        const st = await lstat(abs);
        await addFile(abs, rel, st.size, maxBytes, result);
      }
    }
  };
  await visit(root);
  return result;
}

async function addFile(abs: string, rel: string, size: number, maxBytes: number, out: WalkResult): Promise<void> {
  const isSource = SOURCE.test(rel);
  if (size > maxBytes) {
    if (isSource) out.skipped.push({ path: rel, reason: `file too large (${size} bytes > ${maxBytes})` });
    return;
  }
  if (await isBinary(abs)) return;
  const content = await readFile(abs, 'utf8');
  if (isSource && looksMinified(rel, content)) {
    out.skipped.push({ path: rel, reason: 'minified or generated code' });
    return;
  }
  out.files.push({ path: rel, content });
}

async function isBinary(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).includes(0);
  } finally {
    await fh.close();
  }
}
