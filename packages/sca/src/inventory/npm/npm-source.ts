import type { Scope, SourceType } from '../../model/package.types';

/** Source type from a lockfile `resolved`/version string (registry tarball, git, file, link). */
export function npmSourceOf(resolved: string | undefined | false, link = false): SourceType {
  if (link) return 'link';
  if (typeof resolved !== 'string' || resolved === '') return 'registry';
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(resolved) || /^[\w-]+\/[\w.-]+(#.*)?$/.test(resolved)) return 'git';
  if (resolved.startsWith('file:')) return 'file';
  if (resolved.startsWith('link:') || resolved.startsWith('portal:')) return 'link';
  return 'registry';
}

export interface PackageJsonDeps {
  name?: string;
  deps: Array<{ name: string; range: string; scope: Scope }>;
  workspaces: string[];
}

/** Declared dependencies of a package.json, each with the scope its section gives it. */
export function readPackageJsonDeps(text: string | undefined): PackageJsonDeps | undefined {
  if (text === undefined) return undefined;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const deps: PackageJsonDeps['deps'] = [];
  const sections: Array<[string, Scope]> = [
    ['dependencies', 'prod'],
    ['optionalDependencies', 'optional'],
    ['peerDependencies', 'peer'],
    ['devDependencies', 'dev'],
  ];
  for (const [key, scope] of sections) {
    const section = json[key];
    if (typeof section !== 'object' || section === null) continue;
    for (const [name, range] of Object.entries(section as Record<string, unknown>)) {
      if (typeof range !== 'string') continue;
      // optionalDependencies are also listed under dependencies by npm; keep the first (most production-like) only
      if (!deps.some((d) => d.name === name)) deps.push({ name, range, scope });
    }
  }
  const ws = json['workspaces'];
  const workspaces = Array.isArray(ws) ? ws : typeof ws === 'object' && ws !== null && Array.isArray((ws as { packages?: unknown }).packages) ? (ws as { packages: unknown[] }).packages : [];
  const out: PackageJsonDeps = { deps, workspaces: workspaces.filter((w): w is string => typeof w === 'string') };
  if (typeof json['name'] === 'string') out.name = json['name'];
  return out;
}
