/**
 * Access paths in model rows (`Member[exec,execSync].Argument[0]`) and their matching against the
 * symbolic paths of api refs (tokens `M:name`, `R`, `A:i`, `K:name`, `P:i`).
 */

export type TokenMatcher =
  | { k: 'M'; names: ReadonlySet<string> | undefined }
  | { k: 'R' }
  | { k: 'A'; min: number; max: number; set: ReadonlySet<number> | undefined }
  | { k: 'K'; names: ReadonlySet<string> }
  | { k: 'P'; min: number; max: number; set: ReadonlySet<number> | undefined }
  | { k: 'Recv' }
  /** Some element of the preceding value (array/iterable contents). */
  | { k: 'E' };

export class PathSyntaxError extends Error {}

function indexSpec(arg: string): { min: number; max: number; set: ReadonlySet<number> | undefined } {
  const range = /^(\d+)\.\.(\d+)?$/.exec(arg.trim());
  if (range) return { min: Number(range[1]), max: range[2] === undefined ? Infinity : Number(range[2]), set: undefined };
  const nums = arg.split(',').map((s) => s.trim());
  if (!nums.every((n) => /^\d+$/.test(n))) throw new PathSyntaxError(`bad index list "${arg}"`);
  return { min: 0, max: Infinity, set: new Set(nums.map(Number)) };
}

function splitTokens(path: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of path) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === '.' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

export function parsePath(path: string): TokenMatcher[] {
  const out: TokenMatcher[] = [];
  for (const tok of splitTokens(path)) {
    const m = /^([A-Za-z]+)(?:\[(.*)\])?$/.exec(tok);
    if (!m) throw new PathSyntaxError(`bad path token "${tok}" in "${path}"`);
    const name = m[1]!;
    const arg = m[2];
    switch (name) {
      case 'Member':
        if (arg === undefined) throw new PathSyntaxError('Member needs names');
        out.push({ k: 'M', names: new Set(arg.split(',').map((s) => s.trim())) });
        break;
      case 'AnyMember':
        out.push({ k: 'M', names: undefined });
        break;
      case 'ReturnValue':
      case 'Instance':
        out.push({ k: 'R' });
        break;
      case 'Argument':
        if (arg === undefined) throw new PathSyntaxError('Argument needs an index');
        if (arg === 'this') out.push({ k: 'Recv' });
        else out.push({ k: 'A', ...indexSpec(arg) });
        break;
      case 'Receiver':
        out.push({ k: 'Recv' });
        break;
      case 'Keyword':
        if (arg === undefined) throw new PathSyntaxError('Keyword needs a name');
        out.push({ k: 'K', names: new Set(arg.split(',').map((s) => s.trim())) });
        break;
      case 'Parameter':
        if (arg === undefined) throw new PathSyntaxError('Parameter needs an index');
        out.push({ k: 'P', ...indexSpec(arg) });
        break;
      case 'Awaited':
        // Promises are transparent in this analysis.
        break;
      case 'Element':
        out.push({ k: 'E' });
        break;
      default:
        throw new PathSyntaxError(`unknown path token "${name}"`);
    }
  }
  return out;
}

function inRange(n: number, m: { min: number; max: number; set: ReadonlySet<number> | undefined }): boolean {
  return m.set ? m.set.has(n) : n >= m.min && n <= m.max;
}

export function tokenMatches(m: TokenMatcher, tok: string): boolean {
  const colon = tok.indexOf(':');
  const kind = colon < 0 ? tok : tok.slice(0, colon);
  const arg = colon < 0 ? '' : tok.slice(colon + 1);
  switch (m.k) {
    case 'M':
      return kind === 'M' && (!m.names || m.names.has(arg));
    case 'R':
      return kind === 'R';
    case 'A':
      return kind === 'A' && inRange(Number(arg), m);
    case 'K':
      return kind === 'K' && m.names.has(arg);
    case 'P':
      return kind === 'P' && inRange(Number(arg), m);
    case 'Recv':
      return kind === 'Recv';
    case 'E':
      return kind === 'E';
  }
}

/** True when `matchers` match `path` exactly. */
export function matchesExactly(matchers: readonly TokenMatcher[], path: readonly string[]): boolean {
  if (matchers.length !== path.length) return false;
  for (let i = 0; i < matchers.length; i++) if (!tokenMatches(matchers[i]!, path[i]!)) return false;
  return true;
}

/** Splits a sink/sanitizer row path into the callee part and the position (argument/keyword/receiver + member suffix). */
export interface CallPosition {
  callee: TokenMatcher[];
  position: TokenMatcher | undefined;
  /** Member names inside the argument (`Argument[1].Member[filter]`). */
  sub: string[][];
}

export function splitCallPosition(matchers: TokenMatcher[]): CallPosition {
  let i = matchers.length - 1;
  const sub: string[][] = [];
  while (i >= 0 && matchers[i]!.k === 'M') i--;
  const pos = matchers[i];
  if (i >= 0 && pos && (pos.k === 'A' || pos.k === 'K' || pos.k === 'Recv')) {
    for (const m of matchers.slice(i + 1)) if (m.k === 'M' && m.names) sub.push([...m.names]);
    return { callee: matchers.slice(0, i), position: pos, sub };
  }
  return { callee: matchers, position: undefined, sub: [] };
}

/** Last member names of a callee matcher list: used to index `package: '*'` rows by method name. */
export function lastMemberNames(matchers: readonly TokenMatcher[]): string[] | undefined {
  const last = matchers[matchers.length - 1];
  if (!last || last.k !== 'M' || !last.names) return undefined;
  return [...last.names];
}
