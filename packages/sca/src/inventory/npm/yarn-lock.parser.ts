import { parse as parseYaml } from 'yaml';
import type { Ecosystem } from '../../model/ecosystem';
import type { SourceType } from '../../model/package.types';
import { addNode, ManifestParseError, newGraph, type LockGraph } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';
import { addDeclaredRoots } from './npm-roots';
import { npmSourceOf } from './npm-source';

const ECO: Ecosystem = 'npm';

interface Entry {
  descriptors: string[];
  version: string;
  resolved?: string;
  resolution?: string;
  linkType?: string;
  deps: Array<[string, string]>;
}

function unquote(s: string): string {
  const t = s.trim();
  return t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

/** Name of a descriptor `name@range` / `@scope/name@npm:range`. */
export function descriptorName(d: string): string {
  const i = d.indexOf('@', 1);
  return i > 0 ? d.slice(0, i) : d;
}

/** yarn v1's own format: top-level descriptor lists, two-space fields, four-space dependency maps. */
function parseV1(text: string): Entry[] {
  const entries: Entry[] = [];
  let cur: Entry | undefined;
  let section: string | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const indent = line.length - line.trimStart().length;
    if (indent === 0) {
      if (!line.endsWith(':')) throw new ManifestParseError(`line ${i + 1}: expected "descriptor:"`);
      cur = { descriptors: line.slice(0, -1).split(',').map(unquote).filter(Boolean), version: '', deps: [] };
      entries.push(cur);
      section = undefined;
      return;
    }
    if (!cur) throw new ManifestParseError(`line ${i + 1}: field outside an entry`);
    const body = line.trim();
    if (indent <= 2) {
      if (body.endsWith(':')) section = body.slice(0, -1);
      else {
        section = undefined;
        const m = /^("?[^"\s]+"?)\s+(.*)$/.exec(body);
        if (!m) return;
        const key = unquote(m[1]!);
        if (key === 'version') cur.version = unquote(m[2]!);
        if (key === 'resolved') cur.resolved = unquote(m[2]!);
      }
      return;
    }
    if (section === 'dependencies' || section === 'optionalDependencies') {
      const m = /^("[^"]+"|\S+)\s+(.*)$/.exec(body);
      if (m) cur.deps.push([unquote(m[1]!), unquote(m[2]!)]);
    }
  });
  return entries;
}

/** Berry lockfiles are YAML; descriptors carry a protocol (`npm:`, `workspace:`, `patch:`, git URLs). */
function parseBerry(text: string): Entry[] {
  const doc = parseYaml(text) as Record<string, Record<string, unknown>> | null;
  if (!doc || typeof doc !== 'object') throw new ManifestParseError('empty yarn lockfile');
  const entries: Entry[] = [];
  for (const [key, v] of Object.entries(doc)) {
    if (key === '__metadata' || typeof v !== 'object' || v === null) continue;
    const deps: Array<[string, string]> = [];
    for (const sec of ['dependencies', 'optionalDependencies']) {
      const s = v[sec];
      if (s && typeof s === 'object') for (const [n, r] of Object.entries(s as Record<string, unknown>)) deps.push([n, String(r)]);
    }
    const e: Entry = { descriptors: key.split(',').map((d) => d.trim()), version: String(v['version'] ?? ''), deps };
    if (typeof v['resolution'] === 'string') e.resolution = v['resolution'];
    if (typeof v['linkType'] === 'string') e.linkType = v['linkType'];
    entries.push(e);
  }
  return entries;
}

function berrySource(resolution: string | undefined, linkType: string | undefined): SourceType {
  const r = resolution ?? '';
  const protocol = r.slice(descriptorName(r).length + 1);
  if (protocol.startsWith('workspace:') || protocol.startsWith('link:') || protocol.startsWith('portal:')) return 'link';
  if (protocol.startsWith('file:')) return 'file';
  if (/^(https?:|git|github:|ssh:)/.test(protocol) && !/\.tgz($|\?)/.test(protocol)) return 'git';
  if (protocol.startsWith('npm:') || protocol.startsWith('patch:')) return 'registry';
  return linkType === 'soft' ? 'link' : npmSourceOf(protocol);
}

/** yarn.lock v1 and berry (v2+). Direct dependencies come from the package.json beside it (and workspace members). */
export const yarnLockParser: ManifestParser = {
  name: 'yarn-lock',
  ecosystem: ECO,
  matches: (file) => file === 'yarn.lock',
  parse(input: ParseInput): LockGraph {
    const berry = /^__metadata:/m.test(input.content);
    const entries = berry ? parseBerry(input.content) : parseV1(input.content);
    const graph = newGraph(ECO);
    const byDescriptor = new Map<string, string>();
    const byName = new Map<string, string>();
    entries.forEach((e, i) => {
      const id = `e${i}`;
      for (const d of e.descriptors) {
        byDescriptor.set(d, id);
        if (!byName.has(descriptorName(d))) byName.set(descriptorName(d), id);
      }
    });
    const resolve = (name: string, range: string): string | undefined => {
      const withProtocol = berry && !/^[a-z]+:/.test(range) ? `npm:${range}` : range;
      return byDescriptor.get(`${name}@${withProtocol}`) ?? byDescriptor.get(`${name}@${range}`) ?? byName.get(name);
    };
    entries.forEach((e, i) => {
      // the project itself (`name@workspace:.`) is the root, not a dependency
      if (e.resolution?.endsWith('@workspace:.')) return;
      const first = e.descriptors[0] ?? '';
      // v1 aliases (`string-width-cjs@npm:string-width@^4.2.0`) install the package named after `npm:`
      const range = first.slice(descriptorName(first).length + 1);
      const name = e.resolution ? descriptorName(e.resolution) : range.startsWith('npm:') ? descriptorName(range.slice(4)) : descriptorName(first);
      const source = berry ? berrySource(e.resolution, e.linkType) : npmSourceOf(e.resolved ?? range);
      const deps = e.deps.map(([n, r]) => resolve(n, r)).filter((x): x is string => x !== undefined);
      const node = { id: `e${i}`, name, version: e.version, source, deps };
      if (source !== 'registry') Object.assign(node, { resolved: e.resolved ?? e.resolution ?? first });
      addNode(graph, node);
    });
    addDeclaredRoots(graph, input, resolve);
    // Workspace entries are the project itself; their dependencies are direct ones when package.json said nothing.
    if (graph.roots.length === 0) for (const n of graph.nodes.values()) if (n.source === 'link') for (const d of n.deps) graph.roots.push({ id: d, scope: 'prod' });
    return graph;
  },
};
