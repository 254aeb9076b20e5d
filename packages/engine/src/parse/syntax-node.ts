import type { Node } from 'web-tree-sitter';
import type { Loc } from '../ir/ir.types';

export type { Node };

export function locOf(n: Node): Loc {
  const s = n.startPosition;
  const e = n.endPosition;
  return { line: s.row + 1, col: s.column + 1, endLine: e.row + 1, endCol: e.column + 1 };
}

export function field(n: Node, name: string): Node | undefined {
  return n.childForFieldName(name) ?? undefined;
}

export function named(n: Node): Node[] {
  const out: Node[] = [];
  for (const c of n.namedChildren) if (c && c.type !== 'comment') out.push(c);
  return out;
}

/** Decodes the common escapes of JS and Python string literals; exotic ones are kept verbatim. */
export function decodeEscape(raw: string): string {
  switch (raw[1]) {
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    case '0':
      return '\0';
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'v':
      return '\v';
    case 'x':
      return String.fromCharCode(parseInt(raw.slice(2), 16));
    case 'u': {
      const hex = raw.replace(/^\\u\{?|\}$/g, '');
      const cp = parseInt(hex, 16);
      return Number.isFinite(cp) ? String.fromCodePoint(cp) : raw;
    }
    case '\n':
      return '';
    default:
      return raw.slice(1);
  }
}

/** Share of the source covered by ERROR or MISSING nodes; used to decide if a file is unparseable. */
export function errorRatio(root: Node): number {
  if (!root.hasError) return 0;
  let bad = 0;
  const total = Math.max(1, root.endIndex - root.startIndex);
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'ERROR') {
      bad += n.endIndex - n.startIndex;
      continue;
    }
    if (n.isMissing) bad += 1;
    if (!n.hasError) continue;
    for (const c of n.children) if (c) stack.push(c);
  }
  return bad / total;
}
