import type { Ecosystem } from '../../model/ecosystem';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph, type LockNode } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';
import { compareGo } from '../../versions/semver.compare';

const ECO: Ecosystem = 'Go';

interface Require {
  path: string;
  version: string;
  indirect: boolean;
}

function unquote(s: string): string {
  return s.startsWith('"') || s.startsWith('`') ? s.slice(1, -1) : s;
}

/**
 * go.mod: `require` (with `// indirect`), `replace` (a local path makes the module a file source; another module
 * replaces name and version), `exclude`, and `go`/`toolchain` which give the `stdlib` version Go advisories use.
 * Before Go 1.17 go.mod may omit indirect modules, so go.sum fills them in (transitive, graph unknown).
 */
export const goModParser: ManifestParser = {
  name: 'go-mod',
  ecosystem: ECO,
  matches: (file) => file === 'go.mod',
  parse(input: ParseInput): LockGraph {
    const graph = newGraph(ECO);
    const requires: Require[] = [];
    const replaces = new Map<string, { path: string; version: string }>();
    const excludes = new Set<string>();
    let goVersion: string | undefined;
    let toolchain: string | undefined;
    let block: string | undefined;
    let sawModule = false;
    input.content.split(/\r?\n/).forEach((raw, i) => {
      const indirect = /\/\/\s*indirect\b/.test(raw);
      const line = raw.replace(/\/\/.*$/, '').trim();
      if (line === '') return;
      if (block) {
        if (line === ')') {
          block = undefined;
          return;
        }
        handle(block, line.split(/\s+/), indirect, i + 1);
        return;
      }
      const m = /^(module|go|toolchain|require|replace|exclude|retract|godebug|tool|ignore)\b\s*(.*)$/.exec(line);
      if (!m) throw new ManifestParseError(`line ${i + 1}: unknown directive "${line.split(/\s+/)[0]}"`);
      const rest = m[2]!.trim();
      if (rest === '(') block = m[1]!;
      else handle(m[1]!, rest.split(/\s+/), indirect, i + 1);
    });
    function handle(directive: string, f: string[], indirect: boolean, line: number): void {
      switch (directive) {
        case 'module':
          sawModule = true;
          return;
        case 'go':
          goVersion = f[0];
          return;
        case 'toolchain':
          toolchain = f[0];
          return;
        case 'require':
          if (f.length < 2) throw new ManifestParseError(`line ${line}: require needs a path and a version`);
          requires.push({ path: unquote(f[0]!), version: f[1]!, indirect });
          return;
        case 'exclude':
          if (f.length >= 2) excludes.add(`${unquote(f[0]!)}@${f[1]}`);
          return;
        case 'replace': {
          const arrow = f.indexOf('=>');
          if (arrow < 1) throw new ManifestParseError(`line ${line}: replace without =>`);
          const from = unquote(f[0]!);
          const fromVersion = arrow === 2 ? f[1]! : '';
          replaces.set(fromVersion ? `${from}@${fromVersion}` : from, { path: unquote(f[arrow + 1] ?? ''), version: f[arrow + 2] ?? '' });
          return;
        }
        default:
          return;
      }
    }
    if (!sawModule) throw new ManifestParseError('no module directive');
    for (const r of requires) {
      if (excludes.has(`${r.path}@${r.version}`)) continue;
      const rep = replaces.get(`${r.path}@${r.version}`) ?? replaces.get(r.path);
      const local = rep !== undefined && (rep.path.startsWith('.') || rep.path.startsWith('/'));
      const name = rep && !local ? rep.path : r.path;
      const version = rep && !local ? rep.version : r.version;
      const node: LockNode = { id: `${name}@${version}`, name, version, source: local ? 'file' : 'registry', deps: [] };
      if (local) node.resolved = rep!.path;
      addNode(graph, node);
      if (!r.indirect) addRoot(graph, node.id, 'prod');
    }
    const stdlib = toolchain ?? (goVersion ? `go${goVersion}` : undefined);
    if (stdlib) {
      addNode(graph, { id: 'stdlib', name: 'stdlib', version: stdlib.replace(/^go/, ''), source: 'registry', deps: [] });
      addRoot(graph, 'stdlib', 'prod');
    }
    const minor = Number(/^1\.(\d+)/.exec(goVersion ?? '')?.[1] ?? '17');
    const sum = input.readSibling('go.sum');
    if (sum !== undefined && minor < 17) {
      graph.transitiveKnown = false;
      const known = new Set([...graph.nodes.values()].map((n) => n.name));
      // go.sum keeps several versions per module; the build uses the highest (minimal version selection)
      const newest = new Map<string, string>();
      for (const line of sum.split(/\r?\n/)) {
        const [p, v] = line.trim().split(/\s+/);
        if (!p || !v || v.endsWith('/go.mod') || known.has(p)) continue;
        const cur = newest.get(p);
        if (cur === undefined || (compareGo(v, cur) ?? 0) > 0) newest.set(p, v);
      }
      for (const [p, v] of newest) addNode(graph, { id: `${p}@${v}`, name: p, version: v, source: 'registry', deps: [] });
    }
    return graph;
  },
};
