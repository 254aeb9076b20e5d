import type { Ecosystem } from '../../model/ecosystem';
import type { Scope } from '../../model/package.types';
import { addNode, addRoot, ManifestParseError, newGraph, type LockGraph, type LockNode } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';
import { npmSourceOf } from './npm-source';

const ECO: Ecosystem = 'npm';

/** bun.lock is JSONC: comments and trailing commas, which JSON.parse rejects. */
export function parseJsonc(text: string): unknown {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      if (i < 0) break;
      i++;
    } else out += c;
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

type Dict = Record<string, unknown>;
const isDict = (x: unknown): x is Dict => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `a/@s/b/c` → [`a`, `@s/b`, `c`]: scoped names keep their own slash. */
function splitNames(key: string): string[] {
  if (!key) return [];
  const parts = key.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) out.push(parts[i]!.startsWith('@') && i + 1 < parts.length ? `${parts[i]}/${parts[++i]}` : parts[i]!);
  return out;
}

function splitSpec(spec: string): { name: string; ref: string } {
  const i = spec.indexOf('@', 1);
  return i > 0 ? { name: spec.slice(0, i), ref: spec.slice(i + 1) } : { name: spec, ref: '' };
}

/** bun.lock (text lockfile, bun ≥1.1.39). Package keys are paths (`a/b` = b nested under a). */
export const bunLockParser: ManifestParser = {
  name: 'bun-lock',
  ecosystem: ECO,
  matches: (file) => file === 'bun.lock',
  parse(input: ParseInput): LockGraph {
    let doc: unknown;
    try {
      doc = parseJsonc(input.content);
    } catch (err) {
      throw new ManifestParseError(`invalid JSONC: ${(err as Error).message}`);
    }
    if (!isDict(doc) || !isDict(doc['packages'])) throw new ManifestParseError('no "packages" object');
    const packages = doc['packages'];
    const graph = newGraph(ECO);
    const resolve = (from: string, name: string): string | undefined => {
      const segs = splitNames(from);
      for (let k = segs.length; k >= 0; k--) {
        const cand = [...segs.slice(0, k), name].join('/');
        if (cand in packages) return cand;
      }
      return undefined;
    };
    for (const [key, value] of Object.entries(packages)) {
      if (!Array.isArray(value) || typeof value[0] !== 'string') {
        graph.warnings.push(`entry ${key} is not [spec, …]`);
        continue;
      }
      const { name, ref } = splitSpec(value[0]);
      const meta = value.find((v, i) => i > 0 && isDict(v)) as Dict | undefined;
      const source = ref.startsWith('workspace:') || ref.startsWith('link:') ? 'link' : ref.startsWith('file:') ? 'file' : /^(git|github:|https?:)/.test(ref) ? 'git' : npmSourceOf(ref);
      const node: LockNode = { id: key, name, version: ref, source, deps: [] };
      if (source !== 'registry') node.resolved = ref;
      addNode(graph, node);
      for (const sec of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
        const deps = meta?.[sec];
        if (isDict(deps)) for (const n of Object.keys(deps)) {
          const id = resolve(key, n);
          if (id && id !== key) node.deps.push(id);
        }
      }
    }
    const workspaces = isDict(doc['workspaces']) ? doc['workspaces'] : {};
    const sections: Array<[string, Scope]> = [['dependencies', 'prod'], ['optionalDependencies', 'optional'], ['peerDependencies', 'peer'], ['devDependencies', 'dev']];
    for (const ws of Object.values(workspaces)) {
      if (!isDict(ws)) continue;
      for (const [sec, scope] of sections) {
        const deps = ws[sec];
        if (isDict(deps)) for (const n of Object.keys(deps)) {
          const id = resolve('', n);
          if (id) addRoot(graph, id, scope);
        }
      }
    }
    return graph;
  },
};
