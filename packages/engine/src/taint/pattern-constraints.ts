import type { Expr } from '../ir/ir.types';
import type { Value } from '../dataflow/value';
import { isAnchoredRegex, redosRisk } from '../match/redos';
import type { Bindings } from '../match/pattern';
import type { PatternConstraint } from '../rule-schema/model.schema';
import { compileRegex } from '../rule-schema/load';

/** Literal value of an expression, through the evaluated value when the evaluator knows it. */
function literal(e: Expr, value: Value | undefined): { known: boolean; v: unknown } {
  if (e.k === 'lit') return { known: true, v: e.v };
  if (value?.hasConst) return { known: true, v: value.konst };
  return { known: false, v: undefined };
}

function regexOf(e: Expr, value: Value | undefined): { source: string; flags: string } | undefined {
  if (e.k === 'regex') return { source: e.source, flags: e.flags };
  if (value?.regex) return value.regex;
  const lit = literal(e, value);
  return lit.known && typeof lit.v === 'string' ? { source: lit.v, flags: '' } : undefined;
}

function objectProp(e: Expr, key: string): Expr | undefined {
  if (e.k !== 'obj') return undefined;
  return e.props.find((p) => p.key === key)?.value;
}

const cache = new Map<string, RegExp>();
function re(src: string): RegExp {
  let r = cache.get(src);
  if (!r) {
    r = compileRegex(src);
    cache.set(src, r);
  }
  return r;
}

/** Checks `where:` constraints of a pattern on its metavariable bindings. */
export function checkConstraints(
  where: Record<string, PatternConstraint>,
  b: Bindings,
  valueOf: (e: Expr) => Value | undefined,
  textOf: (e: Expr) => string,
): boolean {
  for (const [mv, c] of Object.entries(where)) {
    const e = b.get(mv);
    if (!e) return false;
    const value = valueOf(e);
    const lit = literal(e, value);
    // Regexes see both the source text and, when known, the constant value (`alg` and 'sha1').
    const texts = [e.k === 'lit' ? String(e.v ?? '') : e.k === 'regex' ? e.source : textOf(e)];
    if (e.k !== 'lit' && lit.known && lit.v !== undefined && lit.v !== null) texts.push(String(lit.v));
    if (c.regex !== undefined && !texts.some((t) => re(c.regex!).test(t))) return false;
    if (c.notRegex !== undefined && texts.some((t) => re(c.notRegex!).test(t))) return false;
    if (c.constant !== undefined && lit.known !== c.constant) return false;
    if (c.truthy !== undefined && (!lit.known || Boolean(lit.v) !== c.truthy)) return false;
    if (c.objectHas) {
      for (const [k, want] of Object.entries(c.objectHas)) {
        const pe = objectProp(e, k);
        const pv = pe ? literal(pe, valueOf(pe)) : undefined;
        if (!pv?.known || pv.v !== want) return false;
      }
    }
    if (c.objectLacks) {
      if (e.k !== 'obj') return false;
      if (e.props.some((p) => p.spread)) return false;
      for (const k of c.objectLacks) if (objectProp(e, k)) return false;
    }
    if (c.vulnerableRegex !== undefined) {
      const r = regexOf(e, value);
      if ((r !== undefined && redosRisk(r.source, r.flags) !== undefined) !== c.vulnerableRegex) return false;
    }
    if (c.anchoredRegex !== undefined) {
      const r = regexOf(e, value);
      if ((r !== undefined && isAnchoredRegex(r.source)) !== c.anchoredRegex) return false;
    }
  }
  return true;
}
