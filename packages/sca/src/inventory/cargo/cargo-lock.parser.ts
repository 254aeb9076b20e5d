import { parse as parseToml } from 'smol-toml';
import type { Ecosystem } from '../../model/ecosystem';
import type { SourceType } from '../../model/package.types';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph, type LockNode } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';

const ECO: Ecosystem = 'crates.io';
type Dict = Record<string, unknown>;
const isDict = (x: unknown): x is Dict => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Crates a Cargo.toml lists only under `[dev-dependencies]` (also per-target tables): their subtree is dev scope. */
function devOnlyCrates(toml: string | undefined): Set<string> {
  const out = new Set<string>();
  if (toml === undefined) return out;
  let doc: Dict;
  try {
    doc = parseToml(toml) as Dict;
  } catch {
    return out;
  }
  const tables = [doc, ...Object.values(isDict(doc['target']) ? doc['target'] : {}).filter(isDict)];
  const names = (key: string): string[] => tables.flatMap((t) => (isDict(t[key]) ? Object.entries(t[key]).map(([n, v]) => (isDict(v) && typeof v['package'] === 'string' ? v['package'] : n)) : []));
  const prod = new Set([...names('dependencies'), ...names('build-dependencies')]);
  for (const n of names('dev-dependencies')) if (!prod.has(n)) out.add(n);
  return out;
}

/**
 * Cargo.lock v1–v4. Packages without `source` are workspace members (the project itself): their dependencies are
 * the direct ones. Cargo.lock does not separate dev-dependencies, so a Cargo.toml beside it decides which direct
 * crates are dev-only; without one every crate is reported as prod.
 */
export const cargoLockParser: ManifestParser = {
  name: 'cargo-lock',
  ecosystem: ECO,
  matches: (file) => file === 'Cargo.lock',
  parse(input: ParseInput): LockGraph {
    let doc: Dict;
    try {
      doc = parseToml(input.content) as Dict;
    } catch (err) {
      throw new ManifestParseError(`invalid TOML: ${(err as Error).message}`);
    }
    const pkgs = Array.isArray(doc['package']) ? doc['package'].filter(isDict) : [];
    const graph = newGraph(ECO);
    const members: Dict[] = [];
    const byName = new Map<string, LockNode[]>();
    for (const p of pkgs) {
      const name = String(p['name'] ?? '');
      const version = String(p['version'] ?? '');
      const src = typeof p['source'] === 'string' ? p['source'] : undefined;
      if (src === undefined) {
        members.push(p);
        continue;
      }
      const source: SourceType = src.startsWith('git+') ? 'git' : src.startsWith('path+') ? 'file' : 'registry';
      const node: LockNode = { id: `${name}@${version}@${src}`, name, version, source, deps: [] };
      if (source !== 'registry') node.resolved = src;
      addNode(graph, node);
      byName.set(name, [...(byName.get(name) ?? []), node]);
    }
    // "name", "name version" or "name version (source)"
    const resolve = (spec: string): string | undefined => {
      const [name, version] = spec.split(' ');
      const cands = byName.get(name ?? '') ?? [];
      return (version ? cands.find((c) => c.version === version) : cands[0])?.id;
    };
    for (const p of pkgs) {
      if (typeof p['source'] !== 'string') continue;
      const id = `${String(p['name'])}@${String(p['version'])}@${p['source']}`;
      const node = graph.nodes.get(id)!;
      for (const d of Array.isArray(p['dependencies']) ? p['dependencies'] : []) {
        const dep = resolve(String(d));
        if (dep) node.deps.push(dep);
      }
    }
    const devOnly = devOnlyCrates(input.readSibling('Cargo.toml'));
    for (const m of members) for (const d of Array.isArray(m['dependencies']) ? m['dependencies'] : []) {
      const dep = resolve(String(d));
      if (dep) addRoot(graph, dep, devOnly.has(String(d).split(' ')[0]!) ? 'dev' : 'prod');
    }
    return graph;
  },
};
