import type { Expr, IrModule, Language, Pattern as IrPattern, Prop, Stmt } from '../ir/ir.types';
import { JsLowerer } from '../parse/javascript/js-lower';
import { JavaLowerer } from '../parse/java/java-lower';
import { PyLowerer } from '../parse/python/py-lower';
import type { ParserPool } from '../parse/parser-pool';

/**
 * Code-shaped patterns: a snippet in the target language where `$X` binds any expression and
 * `...` stands for any number of arguments, array elements or object properties.
 */

export const ELLIPSIS = '__ELLIPSIS__';
const MV_PREFIX = '__MV_';

export interface CompiledPattern {
  text: string;
  language: Language;
  root: Expr;
  /** Name of the callee's last identifier, used to index patterns by call site. */
  anchor: string | undefined;
}

export class PatternSyntaxError extends Error {}

export async function compilePattern(pool: ParserPool, text: string, language: Language): Promise<CompiledPattern> {
  const prepared = text.replace(/\$([A-Z_][A-Z0-9_]*)/g, `${MV_PREFIX}$1`).replace(/\.\.\./g, ELLIPSIS);
  const grammar = language === 'python' || language === 'java' ? language : language === 'typescript' ? 'typescript' : 'javascript';
  // A Java pattern is an expression; the grammar only takes it as a statement.
  const source = language === 'java' && !/[;}]\s*$/.test(prepared) ? `${prepared};` : prepared;
  const tree = await pool.parse(grammar, source, Date.now() + 2000);
  if (!tree) throw new PatternSyntaxError(`pattern did not parse: ${text}`);
  try {
    if (tree.rootNode.hasError) throw new PatternSyntaxError(`pattern is not valid ${language}: ${text}`);
    const ids = { nextFn: -1_000_000, nextClass: -1_000_000 };
    const mod: IrModule =
      language === 'python'
        ? new PyLowerer('<pattern>', ids).lowerModule(tree.rootNode, prepared)
        : language === 'java'
          ? new JavaLowerer('<pattern>', ids).lowerModule(tree.rootNode, source)
          : new JsLowerer('<pattern>', language, ids).lowerModule(tree.rootNode, prepared);
    const init = mod.functions.get(mod.init);
    const first: Stmt | undefined = init?.body[0];
    if (!first || first.k !== 'expr') throw new PatternSyntaxError(`pattern must be a single expression or assignment: ${text}`);
    return { text, language, root: first.e, anchor: anchorOf(first.e) };
  } finally {
    tree.delete();
  }
}

function anchorOf(e: Expr): string | undefined {
  if (e.k === 'call') {
    if (e.callee.k === 'member') return isMeta(e.callee.prop) ? undefined : e.callee.prop;
    if (e.callee.k === 'name' && !isMeta(e.callee.name)) return e.callee.name;
  }
  return undefined;
}

function isMeta(name: string): boolean {
  return name.startsWith(MV_PREFIX);
}

export type Bindings = Map<string, Expr>;

/** Resolves an expression to a qualified name such as `crypto.createHash` using the file's imports. */
export type QualifiedNamer = (e: Expr) => string | undefined;

export function matchPattern(p: CompiledPattern, target: Expr, qn: QualifiedNamer): Bindings | undefined {
  const b: Bindings = new Map();
  return matchExpr(p.root, target, b, qn) ? b : undefined;
}

function dotted(e: Expr): string | undefined {
  if (e.k === 'typed') return dotted(e.arg);
  if (e.k === 'name') return isMeta(e.name) ? undefined : e.name;
  if (e.k === 'member') {
    const base = dotted(e.obj);
    return base === undefined ? undefined : `${base}.${e.prop}`;
  }
  return undefined;
}

/** `Crypto.Cipher.$C.new` → ['Crypto', 'Cipher', '__MV_C', 'new']; undefined unless a plain name chain. */
function segments(e: Expr): string[] | undefined {
  if (e.k === 'typed') return segments(e.arg);
  if (e.k === 'name') return isMeta(e.name) ? undefined : [e.name];
  if (e.k === 'member') {
    const base = segments(e.obj);
    return base ? [...base, e.prop] : undefined;
  }
  return undefined;
}

function hasMetaSegment(e: Expr): boolean {
  return (e.k === 'member' && (isMeta(e.prop) || hasMetaSegment(e.obj))) || (e.k === 'name' && isMeta(e.name));
}

function matchSegments(ps: string[], ts: string[], b: Bindings, t: Expr): boolean {
  if (ps.length !== ts.length) return false;
  const added: [string, Expr][] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const s = ts[i]!;
    if (isMeta(p)) {
      const mv = `$${p.slice(MV_PREFIX.length)}`;
      const lit: Expr = { k: 'lit', v: s, loc: t.loc };
      const prev = b.get(mv) ?? added.find(([k]) => k === mv)?.[1];
      if (prev && !sameExpr(prev, lit)) return false;
      added.push([mv, lit]);
    } else if (p !== s) return false;
  }
  for (const [k, v] of added) b.set(k, v);
  return true;
}

function matchExpr(p: Expr, t: Expr, b: Bindings, qn: QualifiedNamer): boolean {
  if (t.k === 'typed' && p.k !== 'typed') return matchExpr(p, t.arg, b, qn);
  if (p.k === 'name' && isMeta(p.name)) {
    const mv = `$${p.name.slice(MV_PREFIX.length)}`;
    const prev = b.get(mv);
    if (prev) return sameExpr(prev, t);
    b.set(mv, t);
    return true;
  }
  // A dotted pattern name matches the same qualified name however the target imported it.
  if (p.k === 'member' && hasMetaSegment(p)) {
    const ps = segments(p);
    if (ps) {
      for (const cand of [qn(t), dotted(t)]) {
        const b2 = cand ? matchSegments(ps, cand.split('.'), b, t) : false;
        if (b2) return true;
      }
    }
  }
  const pd = dotted(p);
  if (pd !== undefined && (p.k === 'name' || p.k === 'member')) {
    const td = dotted(t);
    if (td === pd) return true;
    const tq = qn(t);
    if (tq !== undefined && tq === pd) return true;
    if (p.k === 'name') return false;
  }
  if (t.k === 'await' && p.k !== 'await') return matchExpr(p, t.arg, b, qn);
  switch (p.k) {
    case 'lit':
      return t.k === 'lit' && t.v === p.v;
    case 'regex':
      return t.k === 'regex' && t.source === p.source;
    case 'this':
    case 'super':
      return t.k === p.k;
    case 'member': {
      if (t.k !== 'member') return false;
      if (isMeta(p.prop)) {
        const mv = `$${p.prop.slice(MV_PREFIX.length)}`;
        const prop: Expr = { k: 'lit', v: t.prop, loc: t.loc };
        const prev = b.get(mv);
        if (prev && !sameExpr(prev, prop)) return false;
        b.set(mv, prop);
      } else if (t.prop !== p.prop) return false;
      return matchExpr(p.obj, t.obj, b, qn);
    }
    case 'index':
      if (t.k === 'index') return matchExpr(p.obj, t.obj, b, qn) && matchExpr(p.index, t.index, b, qn);
      if (t.k === 'member') return matchExpr(p.obj, t.obj, b, qn) && matchExpr(p.index, { k: 'lit', v: t.prop, loc: t.loc }, b, qn);
      return false;
    case 'call':
      return t.k === 'call' && (p.isNew === t.isNew || !p.isNew) && matchExpr(p.callee, t.callee, b, qn) && matchList(p.args, t.args, b, qn);
    case 'arr':
      return t.k === 'arr' && matchList(p.elems, t.elems, b, qn);
    case 'obj':
      return t.k === 'obj' && matchProps(p.props, t.props, b, qn);
    case 'kwarg':
      return t.k === 'kwarg' && t.name === p.name && matchExpr(p.value, t.value, b, qn);
    case 'op':
      return t.k === 'op' && t.op === p.op && matchList(p.args, t.args, b, qn);
    case 'logical':
      return t.k === 'logical' && t.op === p.op && matchExpr(p.left, t.left, b, qn) && matchExpr(p.right, t.right, b, qn);
    case 'concat':
      return t.k === 'concat' && matchList(p.parts, t.parts, b, qn);
    case 'assign':
      return t.k === 'assign' && matchPat(p.target, t.target, b, qn) && matchExpr(p.value, t.value, b, qn);
    case 'spread':
      return t.k === 'spread' && matchExpr(p.arg, t.arg, b, qn);
    case 'await':
      return t.k === 'await' && matchExpr(p.arg, t.arg, b, qn);
    case 'cond':
      return t.k === 'cond' && matchExpr(p.test, t.test, b, qn) && matchExpr(p.then, t.then, b, qn) && matchExpr(p.else, t.else, b, qn);
    default:
      return false;
  }
}

function matchPat(p: IrPattern, t: IrPattern, b: Bindings, qn: QualifiedNamer): boolean {
  if (p.k === 'name') return matchExpr(p, t.k === 'name' || t.k === 'member' || t.k === 'index' ? t : { k: 'unknown', parts: [], loc: t.loc }, b, qn);
  if ((p.k === 'member' || p.k === 'index') && (t.k === 'member' || t.k === 'index')) return matchExpr(p, t, b, qn);
  return false;
}

function isEllipsis(e: Expr): boolean {
  return e.k === 'name' && e.name === ELLIPSIS;
}

function matchList(ps: readonly Expr[], ts: readonly Expr[], b: Bindings, qn: QualifiedNamer): boolean {
  // Keyword arguments match by name wherever they appear; `$K=$V` binds any keyword argument.
  const pk = ps.filter((p) => p.k === 'kwarg');
  for (const p of pk) {
    if (p.k !== 'kwarg') continue;
    if (isMeta(p.name)) {
      const mv = `$${p.name.slice(MV_PREFIX.length)}`;
      const hit = ts.find((x) => {
        if (x.k !== 'kwarg') return false;
        const snapshot = new Map(b);
        const k: Expr = { k: 'lit', v: x.name, loc: x.loc };
        const prev = b.get(mv);
        if ((!prev || sameExpr(prev, k)) && matchExpr(p.value, x.value, b, qn)) {
          b.set(mv, k);
          return true;
        }
        restore(b, snapshot);
        return false;
      });
      if (!hit) return false;
      continue;
    }
    const t = ts.find((x) => x.k === 'kwarg' && x.name === p.name);
    if (!t || !matchExpr(p.value, t.k === 'kwarg' ? t.value : t, b, qn)) return false;
  }
  const pp = ps.filter((p) => p.k !== 'kwarg');
  const tp = ts.filter((t) => t.k !== 'kwarg');
  const go = (i: number, j: number): boolean => {
    if (i === pp.length) return j === tp.length;
    const p = pp[i]!;
    if (isEllipsis(p)) {
      for (let k = j; k <= tp.length; k++) {
        const snapshot = new Map(b);
        if (go(i + 1, k)) return true;
        restore(b, snapshot);
      }
      return false;
    }
    if (j >= tp.length) return false;
    const snapshot = new Map(b);
    if (matchExpr(p, tp[j]!, b, qn) && go(i + 1, j + 1)) return true;
    restore(b, snapshot);
    return false;
  };
  return go(0, 0);
}

function restore(b: Bindings, snapshot: Bindings): void {
  b.clear();
  for (const [k, v] of snapshot) b.set(k, v);
}

/** Object patterns match a subset of properties in any order; `$K: $V` binds any property. */
function matchProps(ps: readonly Prop[], ts: readonly Prop[], b: Bindings, qn: QualifiedNamer): boolean {
  const wanted = ps.filter((p) => p.key !== undefined && p.key !== ELLIPSIS && !(p.spread && isEllipsis(p.value)));
  const go = (i: number): boolean => {
    const p = wanted[i];
    if (!p) return true;
    const metaKey = p.key !== undefined && isMeta(p.key) ? `$${p.key.slice(MV_PREFIX.length)}` : undefined;
    for (const t of ts) {
      if (t.key === undefined) continue;
      if (!metaKey && t.key !== p.key) continue;
      const snapshot = new Map(b);
      if (metaKey) {
        const k: Expr = { k: 'lit', v: t.key, loc: t.loc };
        const prev = b.get(metaKey);
        if (prev && !sameExpr(prev, k)) continue;
        b.set(metaKey, k);
      }
      if (matchExpr(p.value, t.value, b, qn) && go(i + 1)) return true;
      restore(b, snapshot);
    }
    return false;
  };
  return go(0);
}

/** Structural equality ignoring locations. */
export function sameExpr(a: Expr, b: Expr): boolean {
  return JSON.stringify(a, stripLoc) === JSON.stringify(b, stripLoc);
}

function stripLoc(key: string, value: unknown): unknown {
  return key === 'loc' ? undefined : value;
}
