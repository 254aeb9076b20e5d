import type { Ecosystem } from '../../model/ecosystem';
import type { SourceType } from '../../model/package.types';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph, type LockNode } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';

const ECO: Ecosystem = 'RubyGems';

/** `1.13.1-x86_64-linux` → `1.13.1`: platform gems share the advisory's version. */
function stripPlatform(v: string): string {
  return v.replace(/-(x86|x64|arm|aarch|universal|java|mingw|mswin|darwin|linux|musl)[\w.-]*$/i, '');
}

const DEV_GROUPS = new Set(['development', 'test']);

/**
 * Gems a Gemfile puts only in development/test groups (`group :development, :test do … end`, `group: :test`).
 * Line-based reading of the Ruby DSL: block nesting is tracked through `do`/`if`/`unless`/`end`.
 */
export function devOnlyGems(gemfile: string | undefined): Set<string> {
  const groupsOf = new Map<string, Set<string>>();
  if (gemfile === undefined) return new Set();
  const stack: string[][] = [];
  for (const raw of gemfile.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const group = /^group\s+(.+?)\s+do\b/.exec(line);
    if (group) {
      stack.push([...group[1]!.matchAll(/:(\w+)|["'](\w+)["']/g)].map((m) => m[1] ?? m[2]!));
      continue;
    }
    if (/\bdo(\s*\|[^|]*\|)?$/.test(line) || /^(if|unless|case|begin)\b/.test(line)) {
      stack.push([]);
      continue;
    }
    if (line === 'end') {
      stack.pop();
      continue;
    }
    const gem = /^gem\s+["']([^"']+)["'](.*)$/.exec(line);
    if (!gem) continue;
    const inline = /(?:group|groups)\s*(?::|=>)\s*(\[[^\]]*\]|:\w+)/.exec(gem[2] ?? '');
    const groups = new Set(stack.flat());
    if (inline) for (const m of inline[1]!.matchAll(/:(\w+)/g)) groups.add(m[1]!);
    if (groups.size === 0) groups.add('default');
    const all = groupsOf.get(gem[1]!) ?? new Set<string>();
    groups.forEach((g) => all.add(g));
    groupsOf.set(gem[1]!, all);
  }
  return new Set([...groupsOf].filter(([, g]) => [...g].every((x) => DEV_GROUPS.has(x))).map(([name]) => name));
}

/**
 * Gemfile.lock / gems.locked: GEM, GIT and PATH sections (4-space specs, 6-space dependencies) and DEPENDENCIES
 * (the direct ones). Groups are not in the lockfile; the Gemfile beside it tells which direct gems are dev-only.
 */
export const gemfileLockParser: ManifestParser = {
  name: 'gemfile-lock',
  ecosystem: ECO,
  matches: (file) => file === 'Gemfile.lock' || file === 'gems.locked',
  parse(input: ParseInput): LockGraph {
    const graph = newGraph(ECO);
    const byName = new Map<string, string>();
    const pendingDeps: Array<[string, string]> = [];
    const direct: string[] = [];
    let section = '';
    let remote = '';
    let current: LockNode | undefined;
    let sawSection = false;
    for (const raw of input.content.split(/\r?\n/)) {
      if (raw.trim() === '') continue;
      if (/^[A-Z][A-Z ]*$/.test(raw)) {
        section = raw.trim();
        sawSection = true;
        remote = '';
        continue;
      }
      const indent = raw.length - raw.trimStart().length;
      const line = raw.trim();
      if (section === 'DEPENDENCIES' && indent === 2) {
        direct.push(line.split(/[\s!(]/)[0]!);
        continue;
      }
      if (!['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE'].includes(section)) continue;
      if (indent === 2 && line.startsWith('remote:')) remote = line.slice(7).trim();
      const spec = /^([^\s(]+)(?: \(([^)]+)\))?$/.exec(line);
      if (indent === 4 && spec) {
        const source: SourceType = section === 'GIT' ? 'git' : section === 'PATH' ? 'file' : 'registry';
        const version = stripPlatform(spec[2] ?? '');
        current = { id: `${spec[1]}@${version}@${section}`, name: spec[1]!, version, source, deps: [] };
        if (source !== 'registry') current.resolved = remote;
        addNode(graph, current);
        if (!byName.has(spec[1]!)) byName.set(spec[1]!, current.id);
      } else if (indent === 6 && spec && current) pendingDeps.push([current.id, spec[1]!]);
    }
    if (!sawSection) throw new ManifestParseError('no GEM/DEPENDENCIES sections: not a Gemfile.lock');
    for (const [from, name] of pendingDeps) {
      const to = byName.get(name);
      if (to) graph.nodes.get(from)!.deps.push(to);
    }
    const devOnly = devOnlyGems(input.readSibling(input.path.endsWith('gems.locked') ? 'gems.rb' : 'Gemfile'));
    for (const name of direct) {
      const id = byName.get(name);
      if (id) addRoot(graph, id, devOnly.has(name) ? 'dev' : 'prod');
    }
    return graph;
  },
};
