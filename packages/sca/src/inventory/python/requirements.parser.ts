import path from 'node:path/posix';
import type { Ecosystem } from '../../model/ecosystem';
import type { Scope, SourceType } from '../../model/package.types';
import { addNode, addRoot, newGraph, type LockGraph } from '../lock-graph';
import type { ManifestParser, ParseInput } from '../parser.types';
import { pyKey } from './pep508';

const ECO: Ecosystem = 'PyPI';

/** Joins `\` continuations and drops comments (a `#` at line start or after whitespace; `#egg=` stays). */
function logicalLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let buf = '';
  let start = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (buf === '') start = i + 1;
    const noComment = raw.replace(/(^|\s)#.*$/, '');
    if (noComment.endsWith('\\')) {
      buf += `${noComment.slice(0, -1)} `;
      return;
    }
    buf += noComment;
    if (buf.trim() !== '') out.push({ line: start, text: buf.trim() });
    buf = '';
  });
  if (buf.trim() !== '') out.push({ line: start, text: buf.trim() });
  return out;
}

export interface Requirement {
  name: string;
  version: string;
  source: SourceType;
  resolved?: string;
  file: string;
  line: number;
}

const OPTION_WITH_VALUE = /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|--prefer-binary|--only-binary|--no-binary|--pre|--use-feature|--no-index|--require-hashes)\b/;

function parseRequirement(text: string): Omit<Requirement, 'file' | 'line'> | undefined {
  let s = text.replace(/\s--hash[=\s]\S+/g, '').replace(/\s--(global-option|install-option|config-settings)[=\s]\S+/g, '').trim();
  let editable = false;
  const e = /^(-e|--editable)[=\s]+(.*)$/.exec(s);
  if (e) {
    editable = true;
    s = e[2]!.trim();
  }
  const urlForm = /^(git\+|hg\+|svn\+|bzr\+|https?:|file:|\.{0,2}\/)/.test(s);
  if (urlForm) {
    const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(s);
    if (!egg) return undefined;
    const source: SourceType = /^(git|hg|svn|bzr)\+/.test(s) ? 'git' : 'file';
    return { name: egg[1]!, version: '', source, resolved: s };
  }
  const spec = s.split(';')[0]!.trim();
  const direct = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*@\s*(\S+)/.exec(spec);
  if (direct) return { name: direct[1]!, version: '', source: /^(git|hg|svn|bzr)\+/.test(direct[3]!) ? 'git' : 'file', resolved: direct[3]! };
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(spec);
  if (!m) return undefined;
  const constraint = (m[3] ?? '').replace(/^\(|\)$/g, '').trim();
  // `OpenSSL== 16.1.0` (dvpwa) is a pin with a stray space; wildcards (`==1.2.*`) are not pins.
  const pin = /^===?\s*([^\s,;*]+)$/.exec(constraint);
  const version = pin ? pin[1]! : constraint.replace(/\s+/g, '');
  if (editable) return { name: m[1]!, version, source: 'file', resolved: s };
  return { name: m[1]!, version, source: 'registry' };
}

/** Reads one requirements file and its `-r` includes (constraints files `-c` only constrain, so they are skipped). */
export function readRequirements(input: ParseInput, warnings: string[]): Requirement[] {
  const out: Requirement[] = [];
  const visited = new Set<string>([input.path]);
  const visit = (file: string, content: string, relDir: string): void => {
    for (const { line, text } of logicalLines(content)) {
      const inc = /^(-r|--requirement)[=\s]+(\S+)/.exec(text);
      if (inc) {
        const rel = path.normalize(path.join(relDir, inc[2]!));
        const target = input.readRelative(rel);
        if (!target) warnings.push(`${file}:${line}: included file ${inc[2]} not found`);
        else if (!visited.has(target.path)) {
          visited.add(target.path);
          visit(target.path, target.content, path.dirname(rel));
        }
        continue;
      }
      if (/^(-c|--constraint)[=\s]/.test(text) || OPTION_WITH_VALUE.test(text)) continue;
      if (text.startsWith('-') && !/^(-e|--editable)/.test(text)) {
        warnings.push(`${file}:${line}: option ignored: ${text}`);
        continue;
      }
      const req = parseRequirement(text);
      if (req) out.push({ ...req, file, line });
      else warnings.push(`${file}:${line}: cannot read requirement: ${text}`);
    }
  };
  visit(input.path, input.content, '.');
  return out;
}

/** requirements*.txt: every line is a direct dependency; the transitive closure is unknown unless fully pinned. */
export const requirementsParser: ManifestParser = {
  name: 'requirements',
  ecosystem: ECO,
  matches: (file, rel) => /^requirements.*\.txt$/i.test(file) || /.*requirements\.txt$/i.test(file) || /(^|\/)requirements\/[^/]+\.txt$/i.test(rel),
  parse(input: ParseInput): LockGraph {
    const graph = newGraph(ECO, false);
    const scope: Scope = /(dev|test|lint|doc)/i.test(path.basename(input.path)) ? 'dev' : 'prod';
    for (const r of readRequirements(input, graph.warnings)) {
      const id = `${pyKey(r.name)}@${r.version}@${r.source}`;
      const node = { id, name: r.name, version: r.version, source: r.source, deps: [] as string[] };
      if (r.resolved !== undefined) Object.assign(node, { resolved: r.resolved });
      addNode(graph, node);
      addRoot(graph, id, scope);
    }
    return graph;
  },
};
