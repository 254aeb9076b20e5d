import { posix } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Ecosystem } from '../../model/ecosystem';
import type { Scope } from '../../model/package.types';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph, type LockNode } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';

const ECO: Ecosystem = 'Maven';
type Dict = Record<string, unknown>;
const isDict = (x: unknown): x is Dict => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);
const text = (x: unknown): string => (x === undefined || x === null ? '' : String(isDict(x) ? (x['#text'] ?? '') : x).trim());

function interpolate(value: string, props: Map<string, string>): string {
  let v = value;
  for (let i = 0; i < 10 && v.includes('${'); i++) v = v.replace(/\$\{([^}]+)\}/g, (m, k: string) => props.get(k) ?? m);
  return v;
}

/** Parent poms followed on disk (multi-module builds nest deeper than this only in exotic layouts). */
const MAX_PARENT_DEPTH = 5;

function parsePom(content: string): Dict {
  let doc: Dict;
  try {
    doc = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true }).parse(content) as Dict;
  } catch (err) {
    throw new ManifestParseError(`invalid XML: ${(err as Error).message}`);
  }
  const project = doc['project'];
  if (!isDict(project)) throw new ManifestParseError('no <project> element');
  return project;
}

/**
 * The chain of local parent poms, nearest first: `<parent><relativePath>` (default `../pom.xml`)
 * read from the scanned tree, kept only when its coordinates are the declared parent's.
 */
function localParents(input: ParseInput, project: Dict): Dict[] {
  const out: Dict[] = [];
  let cur = project;
  let rel = 'pom.xml';
  for (let depth = 0; depth < MAX_PARENT_DEPTH; depth++) {
    const parent = isDict(cur['parent']) ? cur['parent'] : undefined;
    if (!parent) break;
    let rp = text(parent['relativePath']) || '../pom.xml';
    if (!rp.endsWith('.xml')) rp = posix.join(rp, 'pom.xml');
    const target = posix.normalize(posix.join(posix.dirname(rel), rp));
    const file = input.readRelative(target);
    if (!file) break;
    let doc: Dict;
    try {
      doc = parsePom(file.content);
    } catch {
      break;
    }
    const docParent = isDict(doc['parent']) ? doc['parent'] : {};
    const gid = text(doc['groupId']) || text(docParent['groupId']);
    if (gid !== text(parent['groupId']) || text(doc['artifactId']) !== text(parent['artifactId'])) break;
    out.push(doc);
    cur = doc;
    rel = target;
  }
  return out;
}

/**
 * pom.xml: declared dependencies only, with `${…}` properties (own, `project.*`, parent version) and versions from
 * `dependencyManagement`. No network resolution, so the transitive closure is marked unknown; an unresolved
 * property or a version range stays as written and is matched as "unknown".
 */
export const pomXmlParser: ManifestParser = {
  name: 'pom-xml',
  ecosystem: ECO,
  matches: (file) => file === 'pom.xml',
  parse(input: ParseInput): LockGraph {
    const project = parsePom(input.content);
    const graph = newGraph(ECO, false);
    const props = new Map<string, string>();
    // Local parents (multi-module builds): their properties and managed versions apply, the child's win.
    const parents = localParents(input, project).reverse();
    for (const p of parents) if (isDict(p['properties'])) for (const [k, v] of Object.entries(p['properties'])) props.set(k, text(v));
    const parent = isDict(project['parent']) ? project['parent'] : {};
    const version = text(project['version']) || text(parent['version']);
    const groupId = text(project['groupId']) || text(parent['groupId']);
    for (const [k, v] of [['project.version', version], ['pom.version', version], ['version', version], ['project.groupId', groupId], ['project.artifactId', text(project['artifactId'])], ['project.parent.version', text(parent['version'])], ['parent.version', text(parent['version'])]] as const) if (v) props.set(k, v);
    if (isDict(project['properties'])) for (const [k, v] of Object.entries(project['properties'])) props.set(k, text(v));
    const managed = new Map<string, string>();
    for (const p of [...parents, project]) {
      const dm = isDict(p['dependencyManagement']) ? p['dependencyManagement'] : {};
      const dmDeps = isDict(dm['dependencies']) ? dm['dependencies'] : {};
      for (const d of list(dmDeps['dependency']).filter(isDict)) {
        managed.set(`${interpolate(text(d['groupId']), props)}:${interpolate(text(d['artifactId']), props)}`, interpolate(text(d['version']), props));
      }
    }
    // Dependencies declared in a parent are inherited by the module.
    const depsOf = (p: Dict): Dict[] => {
      const deps = p['dependencies'];
      return isDict(deps) ? list(deps['dependency']).filter(isDict) : [];
    };
    const declared = [project, ...[...parents].reverse()].flatMap(depsOf);
    const seen = new Set<string>();
    for (const d of declared) {
      const key = `${text(d['groupId'])}:${text(d['artifactId'])}:${text(d['scope'])}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const name = `${interpolate(text(d['groupId']), props)}:${interpolate(text(d['artifactId']), props)}`;
      let v = interpolate(text(d['version']), props) || managed.get(name) || '';
      if (v === '') graph.warnings.push(`${name}: no version (inherited from a parent or BOM not available offline)`);
      if (v.includes('${')) graph.warnings.push(`${name}: unresolved property in version ${v}`);
      v = v.trim();
      const mvnScope = text(d['scope']) || 'compile';
      const scope: Scope = mvnScope === 'test' ? 'dev' : text(d['optional']) === 'true' ? 'optional' : 'prod';
      const node: LockNode = { id: `${name}@${v}@${mvnScope}`, name, version: v, source: mvnScope === 'system' ? 'file' : 'registry', deps: [] };
      addNode(graph, node);
      addRoot(graph, node.id, scope);
    }
    return graph;
  },
};

/** gradle.lockfile / buildscript-gradle.lockfile: `group:artifact:version=conf1,conf2`; test-only configurations are dev. */
export const gradleLockParser: ManifestParser = {
  name: 'gradle-lockfile',
  ecosystem: ECO,
  matches: (file) => file === 'gradle.lockfile' || file === 'buildscript-gradle.lockfile' || (file.endsWith('.lockfile') && file.includes('gradle')),
  parse(input: ParseInput): LockGraph {
    const graph = newGraph(ECO);
    input.content.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#') || line.startsWith('empty=')) return;
      const m = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)(?::[^=]*)?=(.*)$/.exec(line);
      if (!m) {
        graph.warnings.push(`line ${i + 1}: not group:artifact:version=configurations`);
        return;
      }
      const confs = m[4]!.split(',').map((c) => c.trim()).filter(Boolean);
      const devOnly = confs.length > 0 && confs.every((c) => /^test|Test[A-Z]?|^androidTest|^testFixtures/.test(c));
      addNode(graph, { id: `${m[1]}:${m[2]}@${m[3]}`, name: `${m[1]}:${m[2]}`, version: m[3]!, source: 'registry', deps: [], scope: devOnly ? 'dev' : 'prod' });
    });
    return graph;
  },
};
