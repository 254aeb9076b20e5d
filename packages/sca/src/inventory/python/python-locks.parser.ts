import { parse as parseToml } from 'smol-toml';
import type { Ecosystem } from '../../model/ecosystem';
import type { Scope, SourceType } from '../../model/package.types';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph, type LockNode } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';
import { pyKey, requirementName } from './pep508';
import { pyprojectRoots } from './pyproject-roots';

const ECO: Ecosystem = 'PyPI';
type Dict = Record<string, unknown>;
const isDict = (x: unknown): x is Dict => typeof x === 'object' && x !== null && !Array.isArray(x);

function toml(input: ParseInput): Dict {
  try {
    return parseToml(input.content) as Dict;
  } catch (err) {
    throw new ManifestParseError(`invalid TOML: ${(err as Error).message}`);
  }
}

function packagesOf(doc: Dict): Dict[] {
  const list = doc['package'];
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new ManifestParseError('"package" is not an array of tables');
  return list.filter(isDict);
}

/** Roots from pyproject.toml; when absent, nodes no other node depends on (keeping their lockfile scope). */
function applyRoots(graph: LockGraph, input: ParseInput): void {
  const declared = pyprojectRoots(input.readSibling('pyproject.toml'));
  const byKey = new Map<string, LockNode[]>();
  for (const n of graph.nodes.values()) byKey.set(pyKey(n.name), [...(byKey.get(pyKey(n.name)) ?? []), n]);
  if (declared.size > 0) {
    for (const [k, scope] of declared) for (const n of byKey.get(k) ?? []) addRoot(graph, n.id, scope);
    return;
  }
  const required = new Set([...graph.nodes.values()].flatMap((n) => n.deps));
  for (const n of graph.nodes.values()) if (!required.has(n.id)) addRoot(graph, n.id, n.scope ?? 'prod');
}

function linkDepsByName(graph: LockGraph, depNames: Map<string, string[]>): void {
  const byKey = new Map<string, string>();
  for (const n of graph.nodes.values()) if (!byKey.has(pyKey(n.name))) byKey.set(pyKey(n.name), n.id);
  for (const [id, names] of depNames) {
    const node = graph.nodes.get(id)!;
    for (const name of names) {
      const dep = byKey.get(pyKey(name));
      if (dep && dep !== id) node.deps.push(dep);
    }
  }
}

/** poetry.lock (1.x `category`, 2.x `groups`). */
export const poetryLockParser: ManifestParser = {
  name: 'poetry-lock',
  ecosystem: ECO,
  matches: (file) => file === 'poetry.lock',
  parse(input) {
    const doc = toml(input);
    const graph = newGraph(ECO);
    const depNames = new Map<string, string[]>();
    for (const p of packagesOf(doc)) {
      const name = String(p['name'] ?? '');
      const version = String(p['version'] ?? '');
      const src = isDict(p['source']) ? p['source'] : undefined;
      const type = String(src?.['type'] ?? '');
      const source: SourceType = type === 'git' ? 'git' : type === 'directory' || type === 'file' || type === 'url' ? 'file' : 'registry';
      const groups = Array.isArray(p['groups']) ? p['groups'].map(String) : undefined;
      const scope: Scope = p['category'] === 'dev' || (groups && !groups.includes('main')) ? 'dev' : p['optional'] === true ? 'optional' : 'prod';
      const node: LockNode = { id: `${pyKey(name)}@${version}`, name, version, source, deps: [], scope };
      if (source !== 'registry') node.resolved = String(src?.['url'] ?? '');
      addNode(graph, node);
      depNames.set(node.id, isDict(p['dependencies']) ? Object.keys(p['dependencies']) : []);
    }
    linkDepsByName(graph, depNames);
    applyRoots(graph, input);
    return graph;
  },
};

/** Pipfile.lock: `default` is production, `develop` is dev; the Pipfile beside it tells which are direct. */
export const pipfileLockParser: ManifestParser = {
  name: 'pipfile-lock',
  ecosystem: ECO,
  matches: (file) => file === 'Pipfile.lock',
  parse(input) {
    let doc: Dict;
    try {
      doc = JSON.parse(input.content) as Dict;
    } catch (err) {
      throw new ManifestParseError(`invalid JSON: ${(err as Error).message}`);
    }
    if (!isDict(doc) || (!isDict(doc['default']) && !isDict(doc['develop']))) throw new ManifestParseError('no "default" or "develop" section');
    const graph = newGraph(ECO);
    let pipfile: Dict = {};
    try {
      const text = input.readSibling('Pipfile');
      if (text !== undefined) pipfile = parseToml(text) as Dict;
    } catch {
      graph.warnings.push('Pipfile beside the lockfile is not valid TOML; direct dependencies unknown');
    }
    for (const [section, scope] of [['default', 'prod'], ['develop', 'dev']] as const) {
      const entries = isDict(doc[section]) ? doc[section] : {};
      const declared = isDict(pipfile[section === 'default' ? 'packages' : 'dev-packages']) ? Object.keys(pipfile[section === 'default' ? 'packages' : 'dev-packages'] as Dict).map(pyKey) : [];
      for (const [name, e] of Object.entries(entries)) {
        if (!isDict(e)) continue;
        const source: SourceType = typeof e['git'] === 'string' ? 'git' : typeof e['path'] === 'string' || typeof e['file'] === 'string' ? 'file' : 'registry';
        const version = typeof e['version'] === 'string' ? e['version'].replace(/^===?/, '') : '';
        const node: LockNode = { id: `${section}:${pyKey(name)}`, name, version, source, deps: [], scope };
        if (source !== 'registry') node.resolved = String(e['git'] ?? e['path'] ?? e['file']);
        addNode(graph, node);
        if (declared.includes(pyKey(name))) addRoot(graph, node.id, scope);
      }
    }
    return graph;
  },
};

/** uv.lock: the project itself is the `editable`/`virtual` package whose dependencies are the direct ones. */
export const uvLockParser: ManifestParser = {
  name: 'uv-lock',
  ecosystem: ECO,
  matches: (file) => file === 'uv.lock',
  parse(input) {
    const doc = toml(input);
    const graph = newGraph(ECO);
    const pkgs = packagesOf(doc);
    const projects: Dict[] = [];
    const idOf = (name: string, version?: string): string | undefined => {
      const k = pyKey(name);
      const all = [...graph.nodes.values()].filter((n) => pyKey(n.name) === k);
      return (version ? all.find((n) => n.version === version) : undefined)?.id ?? all[0]?.id;
    };
    for (const p of pkgs) {
      const src = isDict(p['source']) ? p['source'] : {};
      if (typeof src['editable'] === 'string' || typeof src['virtual'] === 'string') {
        projects.push(p);
        continue;
      }
      const name = String(p['name'] ?? '');
      const version = String(p['version'] ?? '');
      const source: SourceType = typeof src['git'] === 'string' ? 'git' : typeof src['path'] === 'string' || typeof src['directory'] === 'string' || typeof src['url'] === 'string' ? 'file' : 'registry';
      const node: LockNode = { id: `${pyKey(name)}@${version}`, name, version, source, deps: [] };
      if (source !== 'registry') node.resolved = String(src['git'] ?? src['path'] ?? src['directory'] ?? src['url']);
      addNode(graph, node);
    }
    const depList = (x: unknown): Array<{ name: string; version?: string }> =>
      (Array.isArray(x) ? x : []).filter(isDict).map((d) => (typeof d['version'] === 'string' ? { name: String(d['name']), version: d['version'] } : { name: String(d['name']) }));
    for (const p of pkgs) {
      const id = `${pyKey(String(p['name'] ?? ''))}@${String(p['version'] ?? '')}`;
      const node = graph.nodes.get(id);
      if (!node) continue;
      const all = [...depList(p['dependencies']), ...(isDict(p['optional-dependencies']) ? Object.values(p['optional-dependencies']).flatMap(depList) : [])];
      for (const d of all) {
        const dep = idOf(d.name, d.version);
        if (dep && dep !== id) node.deps.push(dep);
      }
    }
    for (const proj of projects) {
      for (const d of depList(proj['dependencies'])) {
        const id = idOf(d.name, d.version);
        if (id) addRoot(graph, id, 'prod');
      }
      if (isDict(proj['optional-dependencies'])) for (const d of Object.values(proj['optional-dependencies']).flatMap(depList)) {
        const id = idOf(d.name, d.version);
        if (id) addRoot(graph, id, 'optional');
      }
      if (isDict(proj['dev-dependencies'])) for (const d of Object.values(proj['dev-dependencies']).flatMap(depList)) {
        const id = idOf(d.name, d.version);
        if (id) addRoot(graph, id, 'dev');
      }
    }
    if (projects.length === 0) applyRoots(graph, input);
    return graph;
  },
};

/** pdm.lock: `groups` carries the scope (`default` = production). */
export const pdmLockParser: ManifestParser = {
  name: 'pdm-lock',
  ecosystem: ECO,
  matches: (file) => file === 'pdm.lock',
  parse(input) {
    const doc = toml(input);
    const graph = newGraph(ECO);
    const depNames = new Map<string, string[]>();
    for (const p of packagesOf(doc)) {
      const name = String(p['name'] ?? '');
      const version = String(p['version'] ?? '');
      const groups = Array.isArray(p['groups']) ? p['groups'].map(String) : ['default'];
      const source: SourceType = typeof p['git'] === 'string' ? 'git' : typeof p['path'] === 'string' || typeof p['url'] === 'string' ? 'file' : 'registry';
      const node: LockNode = { id: `${pyKey(name)}@${version}`, name, version, source, deps: [], scope: groups.includes('default') ? 'prod' : 'dev' };
      if (source !== 'registry') node.resolved = String(p['git'] ?? p['path'] ?? p['url']);
      addNode(graph, node);
      depNames.set(node.id, (Array.isArray(p['dependencies']) ? p['dependencies'] : []).map((d) => requirementName(String(d))).filter((n): n is string => n !== undefined));
    }
    linkDepsByName(graph, depNames);
    applyRoots(graph, input);
    return graph;
  },
};
