import { walkExpr, walkStmts } from '../ir/ir-walk';
import type { Expr, IrFunction, IrModule, LitValue } from '../ir/ir.types';
import { constValue, type Value } from '../dataflow/value';
import { fingerprintKey } from '../report/fingerprint';
import { levelOf, type Finding } from '../report/finding.types';
import type { CompiledMatchRule } from '../scan/rule-set';
import { lineText, spanText } from '../scan/taint-findings';
import { checkConstraints } from '../taint/pattern-constraints';
import { matchPattern, type CompiledPattern, type QualifiedNamer } from './pattern';

/**
 * Structural (non-taint) rules: every expression of every function is tested against the rule's
 * patterns. Names assigned exactly once with a literal count as that literal (`const alg = 'md5'`).
 */
export function runMatchRules(module: IrModule, rules: readonly CompiledMatchRule[], keys: Map<Finding, string>): Finding[] {
  const applicable = rules.filter((r) => r.language === module.language);
  if (applicable.length === 0) return [];
  const consts = literalBindings(module);
  const qn = qualifiedNamer(module);
  const nodes: { e: Expr; fn: IrFunction }[] = [];
  for (const fn of module.functions.values()) walkStmts(fn.body, (e) => nodes.push({ e, fn }));
  const out: Finding[] = [];
  const fileHas = new Map<CompiledPattern, boolean>();
  const anywhere = (p: CompiledPattern): boolean => {
    let v = fileHas.get(p);
    if (v === undefined) {
      v = nodes.some((n) => matchPattern(p, n.e, qn) !== undefined);
      fileHas.set(p, v);
    }
    return v;
  };
  const seen = new Set<string>();
  for (const r of applicable) {
    for (const m of r.matches) {
      for (const { e, fn } of nodes) {
        if (m.pattern.anchor && !(e.k === 'call' && anchorOf(e) === m.pattern.anchor)) continue;
        const b = matchPattern(m.pattern, e, qn);
        if (!b) continue;
        const valueOf = (x: Expr): Value | undefined => (x.k === 'name' ? consts.get(`${fn.id}:${x.name}`) ?? consts.get(`m:${x.name}`) : undefined);
        if (!checkConstraints(m.spec.where ?? {}, b, valueOf, (x) => spanText(module, x.loc))) continue;
        if (m.not.some((p) => matchPattern(p, e, qn))) continue;
        if (m.requiresInFile && !anywhere(m.requiresInFile)) continue;
        if (m.unlessInFile && anywhere(m.unlessInFile)) continue;
        const at = (m.spec.focus ? b.get(m.spec.focus) : undefined) ?? e;
        const key = `${r.rule.id}:${at.loc.line}:${at.loc.col}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const f: Finding = {
          ruleId: r.rule.id,
          cwe: r.rule.cwe,
          title: r.rule.title,
          severity: r.rule.severity,
          level: levelOf(r.rule.severity),
          confidence: r.rule.confidence,
          file: module.file,
          line: at.loc.line,
          column: at.loc.col,
          endLine: at.loc.endLine,
          endColumn: at.loc.endCol,
          message: `${r.rule.title}: ${truncate(spanText(module, e.loc))}`,
          snippet: lineText(module, at.loc.line),
          trace: [{ kind: 'sink', file: module.file, line: at.loc.line, column: at.loc.col, endLine: at.loc.endLine, endColumn: at.loc.endCol, note: r.rule.title }],
          fingerprint: '',
          function: fn.isModuleInit ? undefined : fn.name,
          sourceKind: undefined,
        };
        keys.set(f, fingerprintKey({ ruleId: r.rule.id, file: module.file, sinkCode: spanText(module, e.loc), sourceCode: '', fn: fn.name }));
        out.push(f);
      }
    }
  }
  return out;
}

function anchorOf(e: Extract<Expr, { k: 'call' }>): string | undefined {
  const callee = e.callee.k === 'typed' ? e.callee.arg : e.callee;
  return callee.k === 'member' ? callee.prop : callee.k === 'name' ? callee.name : undefined;
}

function truncate(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 120 ? `${one.slice(0, 119)}…` : one;
}

/** Names assigned exactly once, with a literal, per function (`<fnId>:name`) and at module level (`m:name`). */
function literalBindings(module: IrModule): Map<string, Value> {
  const counts = new Map<string, { n: number; v: LitValue | undefined; lit: boolean }>();
  for (const fn of module.functions.values()) {
    walkStmts(fn.body, (e) => {
      if (e.k !== 'assign' || e.target.k !== 'name') return;
      const key = fn.isModuleInit ? `m:${e.target.name}` : `${fn.id}:${e.target.name}`;
      const prev = counts.get(key);
      const lit = e.value.k === 'lit';
      counts.set(key, { n: (prev?.n ?? 0) + 1, v: lit ? (e.value as { v: LitValue }).v : undefined, lit });
    });
  }
  const out = new Map<string, Value>();
  for (const [k, c] of counts) if (c.n === 1 && c.lit) out.set(k, constValue(c.v));
  return out;
}

/** Qualified names from imports: `createHash` from `crypto` → `crypto.createHash`. */
export function qualifiedNamer(module: IrModule): QualifiedNamer {
  const byLocal = new Map<string, string>();
  for (const b of module.imports) {
    if (!b.local) continue;
    const base = b.module.startsWith('node:') ? b.module.slice(5) : b.module;
    byLocal.set(b.local, b.imported === '*' || b.imported === 'default' ? base : `${base}.${b.imported}`);
  }
  const chain = (e: Expr): string | undefined => {
    if (e.k === 'name') return byLocal.get(e.name);
    if (e.k === 'member') {
      const inner = chain(e.obj);
      return inner === undefined ? undefined : `${inner}.${e.prop}`;
    }
    if (e.k === 'call' && e.callee.k === 'name' && e.callee.name === 'require') {
      const a = e.args[0];
      return a?.k === 'lit' && typeof a.v === 'string' ? a.v : undefined;
    }
    return undefined;
  };
  return chain;
}

export { walkExpr };
