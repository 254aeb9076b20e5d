import { AppError } from './errors';

/**
 * The identity of a repository URL, as ZeroPath's clients send it to `resolve-by-url`
 * (api-compat.md §4.2 #3): `https://host/owner/repo`, lower-case host, no credentials, no `.git`,
 * no trailing slash. ssh (`git@host:owner/repo.git`, `ssh://git@host/owner/repo`) and git:// map to
 * the same form; `file://` URLs keep their path.
 */
export function normalizeRepoUrl(input: string): string {
  const raw = input.trim();
  const scp = /^([\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(raw);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !/^[a-zA-Z]:[\\/]/.test(raw)) {
    return `https://${scp[2]!.toLowerCase()}/${trimPath(scp[3]!)}`;
  }
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new AppError('VALIDATION_FAILED', `url: '${redactCredentials(raw)}' is not a git URL (https, ssh, git or file)`, {
      details: { field: 'url' },
    });
  }
  const protocol = u.protocol.toLowerCase();
  if (protocol === 'file:') return `file://${trimPath(decodeURIComponent(u.pathname)).replace(/^(?!\/)/, '/')}`;
  if (!['http:', 'https:', 'ssh:', 'git:', 'git+ssh:', 'ssh+git:'].includes(protocol)) {
    throw new AppError('VALIDATION_FAILED', `url: unsupported scheme '${protocol.replace(':', '')}' (use https, ssh, git or file)`, {
      details: { field: 'url' },
    });
  }
  return `https://${u.hostname.toLowerCase()}/${trimPath(decodeURIComponent(u.pathname))}`;
}

function trimPath(p: string): string {
  return p.replace(/^\/+/, '').replace(/\/+$/, '').replace(/\.git$/i, '').replace(/\/+$/, '');
}

/** `https://user:secret@host/x` → `https://***@host/x`: URLs in messages and logs never carry credentials. */
export function redactCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]+@/i, '$1***@');
}

/** `owner/repo` (or the last path segments) for display, the way Backstage matches repositories. */
export function repoDisplayName(normalized: string): string {
  const path = normalized.replace(/^[a-z]+:\/\/[^/]*\/?/i, '');
  const parts = path.split('/').filter(Boolean);
  return parts.slice(-2).join('/') || normalized;
}
