import { successors, type Block, type CfgStmt } from '../cfg/cfg.types';
import type { Expr, Loc } from '../ir/ir.types';
import {
  EMPTY,
  FLAG_NUMERIC,
  THIS_PARAM,
  deepFacts,
  equals,
  isMarker,
  isSanitized,
  join,
  joinFacts,
  mk,
  sanitizeFacts,
  withFields,
  type Fact,
  type Value,
} from '../dataflow/value';
import { matchPattern } from '../match/pattern';
import { tokenMatches } from './api-path';
import { CallEvaluator } from './call-evaluator';
import { truthiness } from './const-fold';
import { lvalueChain } from './expr-evaluator';
import { checkConstraints } from './pattern-constraints';
import { MAX_SUMMARY_SINKS, type Summary } from './summary';

const MAX_PASSES = 12;

type State = Map<string, Value>;

/** Analyses one function: forward dataflow over its CFG, producing findings and a summary. */
export class FunctionAnalyzer extends CallEvaluator {
  /** State at the function's exit (module inits: the module's top-level bindings). */
  exitState: Map<string, Value> = new Map();

  run(): Summary {
    const cfg = this.host.cfg(this.fn.id);
    const order = reversePostorder(cfg.blocks, cfg.entry);
    const inStates: (State | undefined)[] = new Array(cfg.blocks.length);
    inStates[cfg.entry] = this.initialState();
    const dirty = new Array<boolean>(cfg.blocks.length).fill(false);
    dirty[cfg.entry] = true;
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let changed = false;
      for (const id of order) {
        if (!dirty[id]) continue;
        dirty[id] = false;
        changed = true;
        this.host.checkBudget(this.module.file);
        const block = cfg.blocks[id]!;
        this.state = new Map(inStates[id]);
        for (const s of block.stmts) this.exec(s);
        for (const [succ, st] of this.edges(block)) {
          const prev = inStates[succ];
          const next = prev ? joinStates(prev, st) : st;
          if (!prev || !statesEqual(prev, next)) {
            inStates[succ] = next;
            dirty[succ] = true;
          }
        }
      }
      if (!changed) break;
    }
    this.summary.ret = this.retVal;
    this.exitState = inStates[cfg.exit] ?? this.state;
    return this.summary;
  }

  private initialState(): State {
    this.state = new Map();
    const typedParams = this.models.paramNameTypes;
    this.fn.params.forEach((p, i) => {
      let v = this.symbolic({ t: 'param', index: i }, p.loc, `parameter ${p.name} of ${this.fn.name}`);
      for (const t of typedParams) if (t.paramName.test(p.name) && tokenMatches(t.index, `P:${i}`)) v = { ...v, api: [...v.api, { root: t.name, path: [] }] };
      if (i === 0 && this.fn.thisMode === 'python-self') v = { ...v, proto: withFields(EMPTY, this.classProto()) };
      if (p.dflt) v = join(v, this.evalExpr(p.dflt));
      this.assign(p.target, v, p.loc);
    });
    if (this.fn.selfName) this.state.set(this.fn.selfName, mk({ fns: [{ fn: this.fn.id, env: undefined, bound: undefined, isClass: false }] }));
    if (this.fn.thisMode === 'js' && !this.fn.isModuleInit) {
      // `arguments`: the parameters as an array (rest-style access to extra arguments is not modelled).
      const argFields = new Map<string, Value>();
      this.fn.params.forEach((p, i) => argFields.set(String(i), this.symbolic({ t: 'param', index: i }, p.loc, `arguments[${i}]`)));
      this.state.set('arguments', withFields(EMPTY, argFields));
      const thisVal = this.symbolic({ t: 'param', index: THIS_PARAM }, this.fn.loc, 'this');
      this.state.set('this', this.fn.classId !== undefined ? { ...thisVal, proto: withFields(EMPTY, this.classProto()) } : thisVal);
    }
    if (this.fn.isModuleInit && this.module.language !== 'python') {
      this.state.set('module', withFields(EMPTY, new Map([['exports', withFields(EMPTY, new Map())]])));
    }
    return this.state;
  }

  /** Methods of the function's class (and inherited ones when the superclass is a plain name). */
  private classProto(): Map<string, Value> {
    const cls = this.fn.classId !== undefined ? this.host.classDef(this.fn.classId) : undefined;
    const out = new Map<string, Value>();
    if (!cls) return out;
    if (cls.superClass?.k === 'name' || cls.superClass?.k === 'typed') {
      // A typed superclass is a Java class resolved by name, possibly declared in another file.
      const sup = cls.superClass.k === 'name' ? this.host.moduleVar(this.module, cls.superClass.name) : this.evalExpr(cls.superClass);
      for (const [k, v] of sup?.fields?.get('prototype')?.fields ?? []) out.set(k, v);
    }
    for (const m of cls.methods) if (!m.isStatic) out.set(m.name, mk({ fns: [{ fn: m.fn, env: undefined, bound: undefined, isClass: false, getter: m.isGetter }] }));
    return out;
  }

  private exec(s: CfgStmt): void {
    this.memo.clear();
    switch (s.k) {
      case 'eval':
        this.evalExpr(s.e);
        return;
      case 'bind':
        this.assign(s.target, this.evalExpr(s.value), s.loc);
        return;
      case 'return': {
        if (!s.e) return;
        const v = this.bindEnv(this.evalExpr(s.e));
        this.retVal = join(this.retVal, this.step(v, s.loc, 'returned'));
        if (s.e.k !== 'name') this.checkReturnNameSink(v, s.loc);
        return;
      }
      case 'throw':
        this.evalExpr(s.e);
        return;
    }
  }

  private checkReturnNameSink(v: Value, loc: Loc): void {
    const short = this.fn.name.split('.').pop() ?? this.fn.name;
    this.checkNameSink(short, v, loc);
  }

  /** Outgoing edges with their states; constant conditions prune, guards refine. */
  private edges(b: Block): [number, State][] {
    const t = b.term;
    if (t.k === 'goto') return t.to >= 0 ? [[t.to, this.state]] : [];
    if (t.k === 'exit') return [];
    this.memo.clear();
    const cond = this.evalExpr(t.test);
    const out = new Map(this.state);
    const truth = truthiness(cond);
    const res: [number, State][] = [];
    if (t.t === t.f) return [[t.t, out]];
    if (truth !== false) res.push([t.t, this.refine(new Map(out), t.test, true)]);
    if (truth !== true) res.push([t.f, this.refine(new Map(out), t.test, false)]);
    return res;
  }

  private refine(st: State, test: Expr, branch: boolean): State {
    if (test.k === 'op' && (test.op === '!' || test.op === 'not') && test.args[0]) return this.refine(st, test.args[0], !branch);
    if (test.k === 'logical') {
      const and = test.op === '&&' || test.op === 'and';
      const or = test.op === '||' || test.op === 'or';
      if ((and && branch) || (or && !branch)) return this.refine(this.refine(st, test.left, branch), test.right, branch);
      return st;
    }
    const anchor = test.k === 'call' ? (test.callee.k === 'member' ? test.callee.prop : test.callee.k === 'name' ? test.callee.name : undefined) : undefined;
    const cands = [...(anchor ? (this.models.patternsByAnchor.get(anchor) ?? []) : []), ...this.models.unanchoredPatterns];
    for (const p of cands) {
      if (p.role !== 'guard' || p.branch !== branch) continue;
      const b = matchPattern(p.pattern, test, (x) => this.qualifiedName(x));
      if (!b || !checkConstraints(p.where, b, (x) => this.memoValue(x), (x) => this.text(x.loc))) continue;
      const focus = p.focus ? b.get(p.focus) : undefined;
      const chain = focus ? lvalueChain(focus) : undefined;
      if (!chain || chain.root === 'this') continue;
      const cur = st.get(chain.root) ?? (this.fn.locals.has(chain.root) ? undefined : this.lookup(chain.root, test.loc));
      if (!cur) continue;
      const sanitized = chain.path.length ? this.ops.writePath(cur, chain.path, sanitizeDeep(this.ops.readPath(cur, chain.path, test.loc, ''), p.kinds)) : sanitizeDeep(cur, p.kinds);
      st.set(chain.root, sanitized);
    }
    return st;
  }

  memoValue(e: Expr): Value | undefined {
    const v = this.memo.get(e);
    if (v) return v;
    if (e.k === 'name' || e.k === 'lit' || e.k === 'regex' || e.k === 'this') return this.evalExpr(e);
    if (e.k === 'member' && (e.obj.k === 'name' || e.obj.k === 'this')) return this.evalExpr(e);
    return undefined;
  }

  /** `createHash` imported from `crypto` → `crypto.createHash`, via the evaluated value's api ref. */
  qualifiedName(e: Expr): string | undefined {
    const v = this.memo.get(e) ?? (e.k === 'name' || e.k === 'member' ? this.memoValue(e) : undefined);
    const ref = v?.api.find((r) => !r.root.startsWith('type:') && r.path.every((t) => t.startsWith('M:')));
    if (!ref) return undefined;
    const members = ref.path.map((t) => t.slice(2));
    return ref.root === 'global' ? members.join('.') : [ref.root, ...members].join('.');
  }

  emitSink(kind: string, v: Value, file: string, loc: Loc, label: string, fnName: string, pp: { ok: boolean; base: Value } | undefined): void {
    const valueSink = this.host.nameSinks.some((n) => n.kind === kind);
    const facts = deepFacts(v).filter((f) => !isMarker(f) && !isSanitized(f, kind) && (valueSink || (f.flags & FLAG_NUMERIC) === 0));
    if (facts.length === 0) return;
    if (pp && !pp.ok) {
      const baseSym = pp.base.facts.filter((f) => f.o.t !== 'src' && f.o.fn === this.fn.id);
      if (baseSym.length) this.pushSummarySink(kind, facts, file, loc, label, fnName, { ok: false, facts: baseSym });
      return;
    }
    const concrete = facts.filter((f) => f.o.t === 'src');
    const symbolic = facts.filter((f) => f.o.t !== 'src' && f.o.fn === this.fn.id);
    if (concrete.length) this.host.report({ kind, facts: concrete, file, loc, label, fnName });
    if (symbolic.length) this.pushSummarySink(kind, symbolic, file, loc, label, fnName, pp ? { ok: true, facts: [] } : undefined);
  }

  private pushSummarySink(kind: string, facts: Fact[], file: string, loc: Loc, label: string, fnName: string, ppBase: { ok: boolean; facts: Fact[] } | undefined): void {
    const sinks = this.summary.sinks;
    const existing = sinks.find((s) => s.kind === kind && s.file === file && s.loc.line === loc.line && s.loc.col === loc.col && (s.ppBase?.ok ?? true) === (ppBase?.ok ?? true));
    if (existing) {
      existing.facts = [...joinFacts(existing.facts, facts)];
      if (existing.ppBase && ppBase) existing.ppBase.facts = [...joinFacts(existing.ppBase.facts, ppBase.facts)];
      return;
    }
    if (sinks.length >= MAX_SUMMARY_SINKS) return;
    sinks.push({ kind, facts, file, loc, label, fnName, ppBase });
  }
}

function sanitizeDeep(v: Value, kinds: string[], depth = 0): Value {
  let out: Value = { ...v, facts: sanitizeFacts(v.facts, kinds, true) };
  if (v.fields && depth < 3) {
    const f = new Map<string, Value>();
    for (const [k, fv] of v.fields) f.set(k, sanitizeDeep(fv, kinds, depth + 1));
    out = { ...out, fields: f };
  }
  return out;
}

function joinStates(a: State, b: State): State {
  const out = new Map(a);
  for (const [k, v] of b) {
    const old = out.get(k);
    out.set(k, old ? join(old, v) : v);
  }
  return out;
}

function statesEqual(a: State, b: State): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || !equals(v, w)) return false;
  }
  return true;
}

function reversePostorder(blocks: Block[], entry: number): number[] {
  const seen = new Set<number>();
  const post: number[] = [];
  const stack: [number, number][] = [[entry, 0]];
  seen.add(entry);
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const succ = successors(blocks[top[0]]!);
    if (top[1] < succ.length) {
      const next = succ[top[1]++]!;
      if (next >= 0 && !seen.has(next)) {
        seen.add(next);
        stack.push([next, 0]);
      }
    } else {
      post.push(top[0]);
      stack.pop();
    }
  }
  return post.reverse();
}

export { EMPTY };
