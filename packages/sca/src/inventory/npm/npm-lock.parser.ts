import type { Ecosystem } from '../../model/ecosystem';
import type { Scope } from '../../model/package.types';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';
import { npmSourceOf, readPackageJsonDeps } from './npm-source';

interface V2Entry {
  name?: string;
  version?: string;
  resolved?: string | false;
  link?: boolean;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

interface V1Entry {
  version?: string;
  resolved?: string | false;
  dev?: boolean;
  optional?: boolean;
  requires?: Record<string, string>;
  dependencies?: Record<string, V1Entry>;
}

const ECO: Ecosystem = 'npm';

function flagScope(e: { dev?: boolean; optional?: boolean; devOptional?: boolean; peer?: boolean }): Scope {
  if (e.peer) return 'peer';
  if (e.dev) return 'dev';
  if (e.optional || e.devOptional) return 'optional';
  return 'prod';
}

function nameFromLocation(loc: string): string {
  const i = loc.lastIndexOf('node_modules/');
  return i >= 0 ? loc.slice(i + 'node_modules/'.length) : loc;
}

function resolveFrom(packages: Record<string, unknown>, loc: string, name: string): string | undefined {
  let base = loc;
  for (;;) {
    const cand = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (cand in packages) return cand;
    if (base === '') return undefined;
    const i = base.lastIndexOf('/node_modules/');
    base = i >= 0 ? base.slice(0, i) : '';
  }
}

/** Versions written as `npm:real-name@1.2.3` are aliases: the real package is what gets matched. */
function unalias(name: string, version: string): { name: string; version: string } {
  const m = /^npm:(@?[^@]+)@(.+)$/.exec(version);
  return m ? { name: m[1]!, version: m[2]! } : { name, version };
}

function parseV2(graph: LockGraph, packages: Record<string, V2Entry>): void {
  // a workspace folder's devDependencies are installed too (npm flags them dev), so they are edges of its link
  const depNames = (e: V2Entry, workspace = false): string[] => [
    ...Object.keys(e.dependencies ?? {}),
    ...(workspace ? Object.keys(e.devDependencies ?? {}) : []),
    ...Object.keys(e.optionalDependencies ?? {}),
    ...Object.keys(e.peerDependencies ?? {}).filter((n) => !e.peerDependenciesMeta?.[n]?.optional),
  ];
  const depsOf = (loc: string, e: V2Entry, workspace = false): string[] =>
    depNames(e, workspace).map((n) => resolveFrom(packages, loc, n)).filter((x): x is string => x !== undefined && x !== loc);
  for (const [loc, e] of Object.entries(packages)) {
    if (loc === '' || !loc.includes('node_modules/')) continue;
    const target = e.link && typeof e.resolved === 'string' ? e.resolved : undefined;
    const targetEntry = target !== undefined ? packages[target] : undefined;
    // v2 aliases: the location names the alias, `name` the real package
    const node = { id: loc, name: e.name ?? targetEntry?.name ?? nameFromLocation(loc), version: e.version ?? targetEntry?.version ?? '', source: npmSourceOf(e.resolved, Boolean(e.link)), deps: target !== undefined && targetEntry ? depsOf(target, targetEntry, true) : depsOf(loc, e), scope: flagScope(e) };
    if (node.source !== 'registry' && typeof e.resolved === 'string') Object.assign(node, { resolved: e.resolved });
    addNode(graph, node);
  }
  const root = packages[''] ?? {};
  const sections: Array<[Record<string, string> | undefined, Scope]> = [
    [root.dependencies, 'prod'],
    [root.optionalDependencies, 'optional'],
    [root.peerDependencies, 'peer'],
    [root.devDependencies, 'dev'],
  ];
  for (const [section, scope] of sections) {
    for (const name of Object.keys(section ?? {})) {
      const id = resolveFrom(packages, '', name);
      if (id && graph.nodes.has(id)) addRoot(graph, id, scope);
    }
  }
  // Workspace members appear as top-level links; their own dependencies hang below them.
  for (const [loc, e] of Object.entries(packages)) if (e.link && loc.startsWith('node_modules/') && !loc.slice(13).includes('node_modules/')) addRoot(graph, loc, 'prod');
}

function parseV1(graph: LockGraph, deps: Record<string, V1Entry>, rootDeps: Array<{ name: string; scope: Scope }> | undefined): void {
  const flat: Record<string, V1Entry> = {};
  const walk = (prefix: string, level: Record<string, V1Entry>): void => {
    for (const [name, e] of Object.entries(level)) {
      const loc = `${prefix}node_modules/${name}`;
      flat[loc] = e;
      if (e.dependencies) walk(`${loc}/`, e.dependencies);
    }
  };
  walk('', deps);
  const required = new Set<string>();
  for (const [loc, e] of Object.entries(flat)) {
    const rawVersion = e.version ?? '';
    const real = unalias(nameFromLocation(loc), rawVersion);
    const source = npmSourceOf(/^(git|github:|file:)/.test(rawVersion) ? rawVersion : e.resolved);
    const depIds = Object.keys(e.requires ?? {}).map((n) => resolveFrom(flat, loc, n)).filter((x): x is string => x !== undefined);
    depIds.forEach((d) => required.add(d));
    const node = { id: loc, name: real.name, version: source === 'registry' ? real.version : rawVersion, source, deps: depIds, scope: flagScope(e) };
    if (source !== 'registry') Object.assign(node, { resolved: typeof e.resolved === 'string' ? e.resolved : rawVersion });
    addNode(graph, node);
  }
  if (rootDeps) {
    for (const d of rootDeps) {
      const id = resolveFrom(flat, '', d.name);
      if (id) addRoot(graph, id, d.scope);
    }
  } else {
    for (const loc of Object.keys(flat)) if (!loc.slice(13).includes('node_modules/') && !required.has(loc)) addRoot(graph, loc, flagScope(flat[loc]!));
  }
}

/** package-lock.json v1/v2/v3 and npm-shrinkwrap.json. v2 files are read from `packages` (the v1 part is legacy). */
export const npmLockParser: ManifestParser = {
  name: 'npm-lock',
  ecosystem: ECO,
  matches: (file) => file === 'package-lock.json' || file === 'npm-shrinkwrap.json',
  parse(input: ParseInput): LockGraph {
    let json: { lockfileVersion?: number; packages?: Record<string, V2Entry>; dependencies?: Record<string, V1Entry> };
    try {
      json = JSON.parse(input.content) as typeof json;
    } catch (err) {
      throw new ManifestParseError(`invalid JSON: ${(err as Error).message}`);
    }
    if (typeof json !== 'object' || json === null) throw new ManifestParseError('not a lockfile object');
    const graph = newGraph(ECO);
    if (json.packages && typeof json.packages === 'object') parseV2(graph, json.packages);
    else if (json.dependencies && typeof json.dependencies === 'object') {
      const pkgJson = readPackageJsonDeps(input.readSibling('package.json'));
      parseV1(graph, json.dependencies, pkgJson?.deps);
    } else if (json.lockfileVersion === undefined) throw new ManifestParseError('neither "packages" nor "dependencies": not an npm lockfile');
    return graph;
  },
};
