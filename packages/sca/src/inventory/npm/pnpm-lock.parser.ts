import { parse as parseYaml } from 'yaml';
import type { Ecosystem } from '../../model/ecosystem';
import type { Scope, SourceType } from '../../model/package.types';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph, type LockNode } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';

const ECO: Ecosystem = 'npm';

type Dict = Record<string, unknown>;
const isDict = (x: unknown): x is Dict => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `name@1.2.3(peer@1)` (v9), `/name@1.2.3(peer)` (v6), `/name/1.2.3_peer` (v5) → name and version. */
export function splitPnpmKey(key: string, major: number): { name: string; version: string } {
  let k = key.startsWith('/') ? key.slice(1) : key;
  if (major < 6) {
    k = k.replace(/_[^/]*$/, '');
    const i = k.lastIndexOf('/');
    return i > 0 ? { name: k.slice(0, i), version: k.slice(i + 1) } : { name: k, version: '' };
  }
  k = k.replace(/\(.*$/, '');
  const i = k.lastIndexOf('@');
  return i > 0 ? { name: k.slice(0, i), version: k.slice(i + 1) } : { name: k, version: '' };
}

/** pnpm-lock.yaml v5.x, 6.x, 7–9 (`snapshots`). Scope flags from v6 `dev`/`optional`, else inherited from importers. */
export const pnpmLockParser: ManifestParser = {
  name: 'pnpm-lock',
  ecosystem: ECO,
  matches: (file) => file === 'pnpm-lock.yaml',
  parse(input: ParseInput): LockGraph {
    const doc = parseYaml(input.content) as unknown;
    if (!isDict(doc)) throw new ManifestParseError('not a YAML mapping');
    const major = Math.floor(Number.parseFloat(String(doc['lockfileVersion'] ?? '0')));
    if (!(major >= 5)) throw new ManifestParseError(`unsupported lockfileVersion ${String(doc['lockfileVersion'])}`);
    const packages = isDict(doc['packages']) ? doc['packages'] : {};
    const snapshots = isDict(doc['snapshots']) ? doc['snapshots'] : undefined;
    const graph = newGraph(ECO);
    const keyFor = (name: string, ref: string): string => {
      if (ref.startsWith('link:') || ref.startsWith('file:')) return `${ref}#${name}`;
      if (major >= 9) return ref.indexOf('@', 1) > 0 && !/^\d/.test(ref) ? ref : `${name}@${ref}`;
      if (ref.startsWith('/')) return ref;
      return major >= 6 ? `/${name}@${ref}` : `/${name}/${ref}`;
    };
    const ensureLink = (name: string, ref: string): string => {
      const id = keyFor(name, ref);
      if (!graph.nodes.has(id)) addNode(graph, { id, name, version: '', source: ref.startsWith('link:') ? 'link' : 'file', resolved: ref, deps: [] });
      return id;
    };
    const nodeKeys = snapshots ? Object.keys(snapshots) : Object.keys(packages);
    for (const key of nodeKeys) {
      const snap = (snapshots ? snapshots[key] : packages[key]) as Dict | undefined;
      const meta = (snapshots ? packages[key.replace(/\(.*$/, '')] : snap) as Dict | undefined;
      const fromKey = splitPnpmKey(key, major);
      const name = typeof meta?.['name'] === 'string' ? meta['name'] : fromKey.name;
      const version = typeof meta?.['version'] === 'string' ? meta['version'] : fromKey.version;
      const resolution = isDict(meta?.['resolution']) ? meta['resolution'] : {};
      let source: SourceType = 'registry';
      if (resolution['type'] === 'git' || typeof resolution['repo'] === 'string') source = 'git';
      else if (resolution['type'] === 'directory') source = 'link';
      else if (typeof resolution['tarball'] === 'string' && String(resolution['tarball']).startsWith('file:')) source = 'file';
      else if (typeof resolution['tarball'] === 'string' && /codeload\.github\.com|gitlab\.com\/.*\/-\/archive/.test(String(resolution['tarball']))) source = 'git';
      const node: LockNode = { id: key, name, version, source, deps: [] };
      if (source !== 'registry') node.resolved = String(resolution['repo'] ?? resolution['tarball'] ?? resolution['directory'] ?? key);
      if (meta?.['dev'] === true) node.scope = 'dev';
      else if (meta?.['optional'] === true) node.scope = 'optional';
      else if (meta?.['dev'] === false) node.scope = 'prod';
      addNode(graph, node);
    }
    for (const key of nodeKeys) {
      const snap = (snapshots ? snapshots[key] : packages[key]) as Dict | undefined;
      const node = graph.nodes.get(key)!;
      for (const sec of ['dependencies', 'optionalDependencies']) {
        const deps = snap?.[sec];
        if (!isDict(deps)) continue;
        for (const [n, ref] of Object.entries(deps)) {
          const r = String(ref);
          const id = r.startsWith('link:') || r.startsWith('file:') ? ensureLink(n, r) : keyFor(n, r);
          if (graph.nodes.has(id)) node.deps.push(id);
        }
      }
    }
    const importers: Dict = isDict(doc['importers']) ? doc['importers'] : { '.': doc };
    const sections: Array<[string, Scope]> = [['dependencies', 'prod'], ['optionalDependencies', 'optional'], ['devDependencies', 'dev']];
    for (const imp of Object.values(importers)) {
      if (!isDict(imp)) continue;
      for (const [sec, scope] of sections) {
        const deps = imp[sec];
        if (!isDict(deps)) continue;
        for (const [n, v] of Object.entries(deps)) {
          const ref = isDict(v) ? String(v['version'] ?? '') : String(v);
          const id = ref.startsWith('link:') || ref.startsWith('file:') ? ensureLink(n, ref) : keyFor(n, ref);
          if (graph.nodes.has(id)) addRoot(graph, id, scope);
          else graph.warnings.push(`importer dependency ${n}@${ref} has no package entry`);
        }
      }
    }
    return graph;
  },
};
