import { parse as parseToml } from 'smol-toml';
import type { Ecosystem } from '../../model/ecosystem';
import type { SourceType } from '../../model/package.types';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph, type LockNode } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';

const ECO: Ecosystem = 'crates.io';
type Dict = Record<string, unknown>;
const isDict = (x: unknown): x is Dict => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Cargo.lock v1–v4. Packages without `source` are workspace members (the project itself): their dependencies are
 * the direct ones. Cargo.lock does not record dev-dependencies separately, so every crate is reported as prod.
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
    for (const m of members) for (const d of Array.isArray(m['dependencies']) ? m['dependencies'] : []) {
      const dep = resolve(String(d));
      if (dep) addRoot(graph, dep, 'prod');
    }
    return graph;
  },
};
