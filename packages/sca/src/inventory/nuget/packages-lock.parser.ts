import type { Ecosystem } from '../../model/ecosystem';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph, type LockNode } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';

const ECO: Ecosystem = 'NuGet';
type Dict = Record<string, unknown>;
const isDict = (x: unknown): x is Dict => typeof x === 'object' && x !== null && !Array.isArray(x);

/** NuGet packages.lock.json: one dependency map per target framework; `Project` entries are local projects. */
export const nugetLockParser: ManifestParser = {
  name: 'nuget-packages-lock',
  ecosystem: ECO,
  matches: (file) => file === 'packages.lock.json',
  parse(input: ParseInput): LockGraph {
    let doc: Dict;
    try {
      doc = JSON.parse(input.content) as Dict;
    } catch (err) {
      throw new ManifestParseError(`invalid JSON: ${(err as Error).message}`);
    }
    if (!isDict(doc) || !isDict(doc['dependencies'])) throw new ManifestParseError('no "dependencies" object');
    const graph = newGraph(ECO);
    const edges: Array<[string, string, string]> = [];
    const fwIndex = new Map<string, string>();
    for (const [framework, deps] of Object.entries(doc['dependencies'])) {
      if (!isDict(deps)) continue;
      for (const [name, e] of Object.entries(deps)) {
        if (!isDict(e)) continue;
        const type = String(e['type'] ?? '');
        const version = String(e['resolved'] ?? '');
        const node: LockNode = { id: `${name.toLowerCase()}@${version}`, name, version, source: type === 'Project' ? 'link' : 'registry', deps: [] };
        addNode(graph, node);
        if (type === 'Direct' || type === 'Project') addRoot(graph, node.id, 'prod');
        if (isDict(e['dependencies'])) for (const d of Object.keys(e['dependencies'])) edges.push([node.id, framework, d.toLowerCase()]);
        const fw = `${framework}\u0000${name.toLowerCase()}`;
        fwIndex.set(fw, node.id);
      }
    }
    for (const [from, framework, dep] of edges) {
      const to = fwIndex.get(`${framework}\u0000${dep}`);
      if (to && to !== from) graph.nodes.get(from)!.deps.push(to);
    }
    return graph;
  },
};
