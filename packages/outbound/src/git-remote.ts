import { realpathSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHost, OutboundRefusedError, type OutboundPolicy, type Resolver } from './policy';

/** Credentials for an https remote; passed to git through the environment, never in its arguments. */
export interface RemoteCredentials {
  username?: string | null | undefined;
  password: string;
}

export interface GuardedRemote {
  /** The URL to give git (credentials stripped). */
  url: string;
  /** `-c` options to put before the git subcommand. */
  configArgs: string[];
  /** Environment for git: protocol allow-list and, when given, the Authorization header via GIT_CONFIG_*. */
  env: Record<string, string>;
}

const SCP_LIKE = /^(?:[^@/\s]+@)?(\[[^\]]+\]|[^:/\s]+):(?!\/\/)/;

function parseRemote(url: string): { scheme: string; host: string; port: number | null } {
  if (url.startsWith('-')) throw new OutboundRefusedError('url: a repository URL may not start with "-"');
  // `<transport>::<address>` runs a remote helper (ext:: runs a command): never a host name.
  const helper = /^([a-z][a-z0-9+.-]*)::/i.exec(url);
  if (helper) throw new OutboundRefusedError(`url: the '${helper[1]!.toLowerCase()}' transport is not allowed (https, http, ssh or git)`);
  const scp = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? null : SCP_LIKE.exec(url);
  if (scp) return { scheme: 'ssh', host: scp[1]!.replace(/^\[|\]$/g, ''), port: 22 };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new OutboundRefusedError('url: not a valid repository URL');
  }
  const scheme = u.protocol.replace(/:$/, '').toLowerCase();
  if (scheme === 'file') return { scheme, host: '', port: null };
  if (!['https', 'http', 'ssh', 'git'].includes(scheme)) throw new OutboundRefusedError(`url: the '${scheme}' transport is not allowed (https, http, ssh or git)`);
  const defaults: Record<string, number> = { https: 443, http: 80, ssh: 22, git: 9418 };
  return { scheme, host: u.hostname.replace(/^\[|\]$/g, ''), port: u.port ? Number(u.port) : defaults[scheme]! };
}

/**
 * Checks a git remote against the policy and returns how to run git against it safely.
 * For http(s) the checked address is pinned with http.curloptResolve, so git cannot re-resolve the
 * name to something else (no DNS-rebinding window), and redirects are refused outright. ssh/git
 * resolve again inside their own clients; the check still refuses names that resolve locally.
 */
export async function guardGitRemote(rawUrl: string, policy: OutboundPolicy, creds: RemoteCredentials | null = null, resolve?: Resolver): Promise<GuardedRemote> {
  const url = rawUrl.trim();
  const { scheme, host, port } = parseRemote(url);
  const localAllowed = policy.allowLocal || (scheme === 'file' && isInsideAllowedPath(url, policy.allowLocalPaths ?? []));
  const protocols = ['https', 'ssh', 'git', ...(localAllowed ? ['file'] : []), ...(scheme === 'http' ? ['http'] : [])];
  if (scheme === 'file' && !localAllowed) {
    throw new OutboundRefusedError('url: file:// repositories are local; set NULLPATH_ALLOW_LOCAL_REPOS=1 to allow local repositories');
  }
  const configArgs = [
    '-c', 'protocol.allow=never',
    ...protocols.flatMap((p) => ['-c', `protocol.${p}.allow=always`]),
    '-c', 'http.followRedirects=false',
    '-c', 'core.hooksPath=/dev/null',
    '-c', 'core.fsmonitor=false',
    '-c', 'submodule.recurse=false',
    '-c', 'credential.helper=',
  ];
  const env: Record<string, string> = { GIT_ALLOW_PROTOCOL: protocols.join(':'), GIT_LFS_SKIP_SMUDGE: '1', GIT_TERMINAL_PROMPT: '0' };
  let gitUrl = url;
  if (scheme !== 'file') {
    const checked = await checkHost(host, policy, resolve);
    if (scheme === 'http' || scheme === 'https') {
      const u = new URL(url);
      u.username = '';
      u.password = '';
      gitUrl = u.toString();
      const pinned = checked.addresses[0]!;
      const addr = pinned.family === 6 ? `[${pinned.address}]` : pinned.address;
      configArgs.push('-c', `http.curloptResolve=${checked.host}:${port}:${addr}`);
      if (creds) {
        const basic = Buffer.from(`${creds.username ?? 'x-access-token'}:${creds.password}`, 'utf8').toString('base64');
        // NOTE(git-credentials-env): GIT_CONFIG_COUNT/KEY/VALUE keep the secret out of argv (ps) and URLs (logs).
        Object.assign(env, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraHeader', GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}` });
      }
    }
  }
  return { url: gitUrl, configArgs, env };
}

/** A file:// URL whose real path lies inside one of `dirs` (after resolving `..` and symlinks). */
function isInsideAllowedPath(url: string, dirs: readonly string[]): boolean {
  if (dirs.length === 0) return false;
  let target: string;
  try {
    target = realpathSync(fileURLToPath(url));
  } catch {
    return false;
  }
  return dirs.some((d) => {
    let base: string;
    try {
      base = realpathSync(d);
    } catch {
      return false;
    }
    return target === base || target.startsWith(`${base}${sep}`);
  });
}
