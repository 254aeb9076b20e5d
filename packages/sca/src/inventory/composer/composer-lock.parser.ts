import type { Ecosystem } from '../../model/ecosystem';
import type { Scope, SourceType } from '../../model/package.types';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph, type LockNode } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';

const ECO: Ecosystem = 'Packagist';
type Dict = Record<string, unknown>;
const isDict = (x: unknown): x is Dict => typeof x === 'object' && x !== null && !Array.isArray(x);

/** composer.lock: `packages` are prod, `packages-dev` dev (Trivy ignored the latter until 2025); composer.json gives roots. */
export const composerLockParser: ManifestParser = {
  name: 'composer-lock',
  ecosystem: ECO,
  matches: (file) => file === 'composer.lock',
  parse(input: ParseInput): LockGraph {
    let doc: Dict;
    try {
      doc = JSON.parse(input.content) as Dict;
    } catch (err) {
      throw new ManifestParseError(`invalid JSON: ${(err as Error).message}`);
    }
    if (!isDict(doc) || !Array.isArray(doc['packages'])) throw new ManifestParseError('no "packages" array');
    const graph = newGraph(ECO);
    const requires = new Map<string, string[]>();
    for (const [section, scope] of [['packages', 'prod'], ['packages-dev', 'dev']] as const) {
      for (const p of (Array.isArray(doc[section]) ? doc[section] : []).filter(isDict)) {
        const name = String(p['name'] ?? '').toLowerCase();
        const version = String(p['version'] ?? '');
        const src = isDict(p['source']) ? p['source'] : {};
        const dist = isDict(p['dist']) ? p['dist'] : {};
        const source: SourceType = dist['type'] === 'path' ? 'link' : !isDict(p['dist']) && src['type'] === 'git' ? 'git' : 'registry';
        const node: LockNode = { id: name, name, version, source, deps: [], scope: scope as Scope };
        if (source !== 'registry') node.resolved = String(src['url'] ?? dist['url'] ?? '');
        addNode(graph, node);
        requires.set(name, isDict(p['require']) ? Object.keys(p['require']).map((n) => n.toLowerCase()) : []);
      }
    }
    for (const [id, names] of requires) for (const n of names) if (graph.nodes.has(n)) graph.nodes.get(id)!.deps.push(n);
    let manifest: Dict | undefined;
    try {
      const text = input.readSibling('composer.json');
      if (text !== undefined) manifest = JSON.parse(text) as Dict;
    } catch {
      graph.warnings.push('composer.json beside the lockfile is not valid JSON');
    }
    for (const [key, scope] of [['require', 'prod'], ['require-dev', 'dev']] as const) {
      const section = manifest?.[key];
      if (isDict(section)) for (const n of Object.keys(section)) if (graph.nodes.has(n.toLowerCase())) addRoot(graph, n.toLowerCase(), scope);
    }
    return graph;
  },
};
