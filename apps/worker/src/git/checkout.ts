import { mkdir } from 'node:fs/promises';
import { guardGitRemote, type GuardedRemote, type OutboundPolicy } from '@nullpath/outbound';
import type { GitCredentials } from '@nullpath/services';
import { git } from './git';

/** Time cap for one fetch; a remote that trickles bytes cannot hold a worker forever. */
const FETCH_TIMEOUT_MS = 10 * 60_000;

export interface Checkout {
  dir: string;
  commitSha: string;
}

async function fetchRef(dir: string, remote: GuardedRemote, ref: string, depth: number | null, signal: AbortSignal): Promise<string> {
  await git([...remote.configArgs, 'fetch', '--no-tags', '--no-recurse-submodules', ...(depth ? [`--depth=${depth}`] : []), '--', remote.url, ref], {
    cwd: dir, signal, env: remote.env, timeoutMs: FETCH_TIMEOUT_MS,
  });
  return (await git(['rev-parse', 'FETCH_HEAD'], { cwd: dir, signal })).trim();
}

/** A shallow checkout of one branch (or tag/sha) into `dir`. */
export async function checkoutBranch(dir: string, policy: OutboundPolicy, url: string, creds: GitCredentials | null, ref: string, signal: AbortSignal): Promise<Checkout> {
  const remote = await guardGitRemote(url, policy, creds);
  await mkdir(dir, { recursive: true });
  await git([...remote.configArgs, 'init', '-q'], { cwd: dir, signal, env: remote.env });
  const sha = await fetchRef(dir, remote, ref, 1, signal);
  await git([...remote.configArgs, 'checkout', '-q', '--detach', sha], { cwd: dir, signal, env: remote.env });
  return { dir, commitSha: sha };
}

export interface PrCheckout extends Checkout {
  baseSha: string;
  /** Changed lines of the head relative to the merge base, per repository-relative path. */
  changed: Map<string, Set<number>>;
}

/** Fetches base and head (enough history for a merge base) and checks out the head. */
export async function checkoutPr(
  dir: string,
  policy: OutboundPolicy,
  url: string,
  creds: GitCredentials | null,
  baseRef: string,
  headRef: string,
  signal: AbortSignal,
): Promise<PrCheckout> {
  const remote = await guardGitRemote(url, policy, creds);
  await mkdir(dir, { recursive: true });
  await git([...remote.configArgs, 'init', '-q'], { cwd: dir, signal, env: remote.env });
  const baseSha = await fetchRef(dir, remote, baseRef, 500, signal);
  const headSha = await fetchRef(dir, remote, headRef, 500, signal);
  await git([...remote.configArgs, 'checkout', '-q', '--detach', headSha], { cwd: dir, signal, env: remote.env });
  let from = baseSha;
  try {
    from = (await git(['merge-base', baseSha, headSha], { cwd: dir, signal })).trim();
  } catch {
    // Histories too shallow to meet: diff against the base tip instead.
  }
  const diff = await git(['diff', '--unified=0', '--no-color', '--no-renames', from, headSha], { cwd: dir, signal });
  return { dir, commitSha: headSha, baseSha, changed: changedLines(diff) };
}

/** Lines added or modified in the new version, from a `--unified=0` diff. */
export function changedLines(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let file: string | null = null;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const p = line.slice(4).trim();
      file = p === '/dev/null' ? null : p.replace(/^b\//, '');
      if (file && !out.has(file)) out.set(file, new Set());
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && file) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      const set = out.get(file)!;
      for (let i = 0; i < count; i++) set.add(start + i);
    }
  }
  return out;
}
