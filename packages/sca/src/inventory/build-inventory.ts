import { PackageURL } from 'packageurl-js';
import { normaliseName, PURL_TYPE, type Ecosystem } from '../model/ecosystem';
import type { InventoryPackage, Scope } from '../model/package.types';
import type { LockGraph, LockNode } from './lock-graph';

const SCOPE_RANK: Record<Scope, number> = { prod: 0, optional: 1, peer: 2, dev: 3 };
const MAX_PATHS = 3;

export function bestScope(scopes: Iterable<Scope>): Scope {
  let best: Scope = 'dev';
  let seen = false;
  for (const s of scopes) {
    if (!seen || SCOPE_RANK[s] < SCOPE_RANK[best]) best = s;
    seen = true;
  }
  return seen ? best : 'prod';
}

export function purlFor(ecosystem: Ecosystem, name: string, version: string): string {
  let namespace: string | undefined;
  let pkgName = name;
  if (ecosystem === 'npm' && name.startsWith('@') && name.includes('/')) [namespace, pkgName] = [name.slice(0, name.indexOf('/')), name.slice(name.indexOf('/') + 1)];
  if ((ecosystem === 'Maven' && name.includes(':')) || (ecosystem === 'Packagist' && name.includes('/')) || ecosystem === 'Go') {
    const sep = ecosystem === 'Maven' ? ':' : '/';
    const i = name.lastIndexOf(sep);
    if (i > 0) [namespace, pkgName] = [name.slice(0, i), name.slice(i + 1)];
  }
  if (ecosystem === 'PyPI') pkgName = normaliseName('PyPI', name);
  try {
    return new PackageURL(PURL_TYPE[ecosystem], namespace, pkgName, version || undefined, undefined, undefined).toString();
  } catch {
    return `pkg:${PURL_TYPE[ecosystem]}/${encodeURIComponent(name)}${version ? `@${encodeURIComponent(version)}` : ''}`;
  }
}

const label = (n: LockNode): string => (n.version ? `${n.name}@${n.version}` : n.name);

/**
 * Turns a parser's graph into inventory entries: scope (lockfile flag, else inherited from the roots that reach the
 * node), direct flag, bounded paths from the roots, and the direct dependencies that pull each node in. Copies
 * with the same name, version and source merge into one entry whose `scopes` keep every scope seen.
 */
export function buildInventory(graph: LockGraph, manifest: string): InventoryPackage[] {
  const { nodes, roots } = graph;
  const reachScopes = new Map<string, Set<Scope>>();
  const directOf = new Map<string, Set<string>>();
  for (const root of roots) {
    const rootNode = nodes.get(root.id);
    if (!rootNode) continue;
    const seen = new Set<string>([root.id]);
    const stack = [root.id];
    while (stack.length > 0) {
      const id = stack.pop()!;
      let sc = reachScopes.get(id);
      if (!sc) reachScopes.set(id, (sc = new Set()));
      sc.add(root.scope);
      let d = directOf.get(id);
      if (!d) directOf.set(id, (d = new Set()));
      d.add(rootNode.name);
      for (const dep of nodes.get(id)?.deps ?? []) if (!seen.has(dep) && nodes.has(dep)) (seen.add(dep), stack.push(dep));
    }
  }
  const paths = new Map<string, string[][]>();
  const queue: Array<{ id: string; path: string[]; ids: string[] }> = [];
  for (const root of roots) {
    const n = nodes.get(root.id);
    if (n) queue.push({ id: root.id, path: [label(n)], ids: [root.id] });
  }
  for (let i = 0; i < queue.length; i++) {
    const { id, path, ids } = queue[i]!;
    const list = paths.get(id) ?? [];
    if (list.length >= MAX_PATHS) continue;
    list.push(path);
    paths.set(id, list);
    if (list.length > 1) continue;
    for (const dep of nodes.get(id)?.deps ?? []) {
      const n = nodes.get(dep);
      if (n && !ids.includes(dep) && (paths.get(dep)?.length ?? 0) < MAX_PATHS) queue.push({ id: dep, path: [...path, label(n)], ids: [...ids, dep] });
    }
  }
  const rootIds = new Set(roots.map((r) => r.id));
  const merged = new Map<string, InventoryPackage>();
  const pkgOfNode = new Map<string, InventoryPackage>();
  for (const node of nodes.values()) {
    const scopes = new Set<Scope>();
    if (node.scope) scopes.add(node.scope);
    else for (const s of reachScopes.get(node.id) ?? []) scopes.add(s);
    if (scopes.size === 0) scopes.add('prod');
    const key = `${node.name}\u0000${node.version}\u0000${node.source}\u0000${node.source === 'registry' ? '' : node.resolved ?? ''}`;
    let pkg = merged.get(key);
    if (!pkg) {
      pkg = {
        ecosystem: graph.ecosystem,
        name: node.name,
        normalizedName: normaliseName(graph.ecosystem, node.name),
        version: node.version,
        purl: purlFor(graph.ecosystem, node.name, node.version),
        scope: 'dev',
        scopes: [],
        direct: false,
        paths: [],
        dependencies: [],
        directDependencies: [],
        manifest,
        source: node.source,
      };
      if (node.resolved !== undefined && node.source !== 'registry') pkg.resolved = node.resolved;
      merged.set(key, pkg);
    }
    pkg.scopes = [...new Set([...pkg.scopes, ...scopes])].sort((a, b) => SCOPE_RANK[a] - SCOPE_RANK[b]);
    pkg.scope = bestScope(pkg.scopes);
    pkg.direct ||= rootIds.has(node.id);
    for (const p of paths.get(node.id) ?? []) if (pkg.paths.length < MAX_PATHS && !pkg.paths.some((q) => q.join('>') === p.join('>'))) pkg.paths.push(p);
    pkg.directDependencies = [...new Set([...pkg.directDependencies, ...(directOf.get(node.id) ?? [])])].sort();
    pkgOfNode.set(node.id, pkg);
  }
  for (const node of nodes.values()) {
    const pkg = pkgOfNode.get(node.id)!;
    for (const dep of node.deps) {
      const target = pkgOfNode.get(dep);
      if (target && target !== pkg && !pkg.dependencies.includes(target.purl)) pkg.dependencies.push(target.purl);
    }
  }
  for (const pkg of merged.values()) pkg.dependencies.sort();
  return [...merged.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
}
