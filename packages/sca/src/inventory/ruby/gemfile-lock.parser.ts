import type { Ecosystem } from '../../model/ecosystem';
import type { SourceType } from '../../model/package.types';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph, type LockNode } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';

const ECO: Ecosystem = 'RubyGems';

/** `1.13.1-x86_64-linux` → `1.13.1`: platform gems share the advisory's version. */
function stripPlatform(v: string): string {
  return v.replace(/-(x86|x64|arm|aarch|universal|java|mingw|mswin|darwin|linux|musl)[\w.-]*$/i, '');
}

/**
 * Gemfile.lock / gems.locked: GEM, GIT and PATH sections (4-space specs, 6-space dependencies) and DEPENDENCIES
 * (the direct ones). Bundler groups are not in the lockfile, so every gem is reported as prod.
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
    for (const name of direct) {
      const id = byName.get(name);
      if (id) addRoot(graph, id, 'prod');
    }
    return graph;
  },
};
