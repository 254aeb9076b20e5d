import type { Expr, Loc } from '../ir/ir.types';
import { EMPTY, addStep, deepFacts, join, joinAll, joinFacts, mk, taintOnly, traceSteps, type ApiRef, type Fact, type FnRef, type Value } from '../dataflow/value';
import { FLAG_DERIVED } from './value-ops';
import { matchPattern, type Bindings } from '../match/pattern';
import { tokenMatches, type TokenMatcher } from './api-path';
import type { CallEvaluator } from './call-evaluator';
import type { CallRow } from './model-index';
import { checkConstraints } from './pattern-constraints';
import { Substituter } from './substitute';
import type { SummaryCall } from './summary';
import { wherePredicate } from './where';

export interface ArgVal {
  value: Value;
  spread: boolean;
  kwspread: boolean;
  kw: string | undefined;
  expr: Expr;
}

interface CallShape {
  loc: Loc;
  label: string;
  /** Syntactic member chain of the callee (`db.pool.query` → [db, pool, query]). */
  chain: string[];
  recv: Value | undefined;
  args: ArgVal[];
  recvExpr: Expr | undefined;
}

/** Applies models-as-data (sinks, sanitizers, propagators, callback types, sources) and code patterns to one call. */
export class LibraryCalls {
  constructor(private readonly ev: CallEvaluator) {}

  call(e: Extract<Expr, { k: 'call' }>, calleeVal: Value, recv: Value | undefined, args: ArgVal[], label: string): { ret: Value | undefined; replacesDefault: boolean; sanitize: string[] } {
    const shape: CallShape = { loc: e.loc, label, chain: calleeChain(e.callee), recv, args, recvExpr: e.callee.k === 'member' ? e.callee.obj : undefined };
    const refs = calleeVal.api;
    const models = this.ev['models'];
    const rows = (kind: 'sink' | 'sanitizer' | 'propagator'): CallRow[] => this.rowsFor(kind, refs, shape.chain);
    for (const row of rows('sink')) this.sinkRow(row, shape);
    const sanitize: string[] = [];
    for (const row of rows('sanitizer')) if (this.whereOk(row, shape)) sanitize.push(...row.kinds);
    const props = rows('propagator').filter((r) => this.whereOk(r, shape));
    let ret: Value | undefined;
    const invoked = new Set<number>();
    if (props.length) ret = this.propagate(props, shape, invoked);
    this.injectCallbacks(refs, shape, invoked, calleeVal.fns.length > 0);
    if (refs.length) {
      const ext = this.ev['ops'].extendApi(refs, 'R', e.loc, label);
      if (ext.api.length || ext.facts.length) ret = join(ret ?? EMPTY, mk({ api: ext.api, facts: ext.facts }));
    }
    const method = shape.chain[shape.chain.length - 1];
    const starSources = method !== undefined && shape.chain.length > 1 ? models.starCallSources.get(method) : undefined;
    if (starSources?.length) {
      const file = this.ev.module.file;
      const facts = starSources.map((row) => ({
        o: { t: 'src' as const, kind: row.kind, label: row.label ?? label, file, loc: e.loc },
        san: '',
        flags: 0,
        trace: addStep(undefined, { file, loc: e.loc, note: `source: ${label} (${row.kind})` }),
      }));
      ret = join(ret ?? EMPTY, mk({ facts }));
    }
    const pat = this.patterns(e, ret ?? EMPTY);
    if (pat.sources) ret = join(ret ?? EMPTY, pat.sources);
    sanitize.push(...pat.sanitize);
    return { ret, replacesDefault: props.length > 0, sanitize };
  }

  /** Sinks of a library call recorded in a callee summary, now that its callee is known. */
  replay(callee: Value, recv: Value | undefined, args: ArgVal[], call: SummaryCall): void {
    const shape: CallShape = { loc: call.loc, label: call.label, chain: [], recv, args, recvExpr: undefined };
    for (const row of this.rowsFor('sink', callee.api, [])) this.sinkRow(row, shape);
  }

  private rowsFor(kind: 'sink' | 'sanitizer' | 'propagator', refs: readonly ApiRef[], chain: string[]): CallRow[] {
    const models = this.ev['models'];
    const out: CallRow[] = [];
    for (const r of refs) out.push(...models.callRows(kind, r));
    const last = chain[chain.length - 1];
    if (last !== undefined) {
      for (const row of models.starCalls[kind].get(last) ?? []) if (chainMatches(row.callee, chain)) out.push(row);
    }
    return out;
  }

  private positionValue(pos: TokenMatcher | undefined, sub: string[][], shape: CallShape): Value | undefined {
    if (!pos) return undefined;
    let v: Value | undefined;
    if (pos.k === 'Recv') v = shape.recv;
    else if (pos.k === 'K') v = shape.args.find((a) => a.kw !== undefined && pos.names.has(a.kw))?.value;
    else if (pos.k === 'A') {
      const positional = shape.args.filter((a) => !a.kw && !a.kwspread);
      const hits: Value[] = [];
      positional.forEach((a, i) => {
        if (a.spread) hits.push(this.ev['ops'].readDynamic(a.value, undefined, shape.loc));
        else if (tokenMatches(pos, `A:${i}`)) hits.push(a.value);
      });
      v = hits.length ? joinAll(hits) : undefined;
    }
    if (v && sub.length) for (const names of sub) v = joinAll(names.map((n) => this.ev['ops'].readField(v!, n, shape.loc, n)));
    return v;
  }

  private whereOk(row: CallRow, shape: CallShape, self?: Value): boolean {
    for (const [path, pred] of row.where) {
      let v: Value | undefined;
      if (path.length === 0) v = self;
      else {
        const pos = path[0];
        const rest = path.slice(1).flatMap((m) => (m.k === 'M' && m.names ? [[...m.names]] : []));
        v = this.positionValue(pos, rest, shape);
      }
      if (!wherePredicate(pred, v)) return false;
    }
    return true;
  }

  private sinkRow(row: CallRow, shape: CallShape): void {
    const v = this.positionValue(row.position, row.sub, shape);
    if (!v || !this.whereOk(row, shape, v)) return;
    for (const k of row.kinds) this.ev['sinkEvent'](k, v, shape.loc, row.label ? `${row.label}: ${shape.label}` : shape.label);
  }

  private inputValue(m: TokenMatcher[], shape: CallShape): Value | undefined {
    const [first, ...rest] = m;
    if (!first) return undefined;
    if (rest.length === 0 || rest.every((t) => t.k === 'M')) return this.positionValue(first, rest.flatMap((t) => (t.k === 'M' && t.names ? [[...t.names]] : [])), shape);
    if (rest.length === 1 && rest[0]!.k === 'E') {
      const v = this.positionValue(first, [], shape);
      return v ? this.ev['ops'].readDynamic(v, undefined, shape.loc) : undefined;
    }
    const [p, a] = rest;
    if (first.k === 'A' && rest.length === 2 && p?.k === 'P' && a?.k === 'A') return this.callbackCallArg(first, p, a, shape);
    return undefined;
  }

  /** `new Promise((resolve) => resolve(x))`: what a callback passes to its own parameter function. */
  private callbackCallArg(argM: TokenMatcher, paramM: TokenMatcher, argOfCall: TokenMatcher, shape: CallShape): Value | undefined {
    let out: Value | undefined;
    shape.args.forEach((arg, i) => {
      if (!tokenMatches(argM, `A:${i}`)) return;
      for (const ref of arg.value.fns.slice(0, 4)) {
        const info = this.ev['host'].fnInfo(ref.fn);
        if (!info) continue;
        const summary = this.ev['host'].summary(ref.fn);
        const sub = new Substituter(this.ev['ops'], {
          callee: ref.fn,
          params: [],
          thisVal: EMPTY,
          cap: (name) => this.ev.capFor(ref, info.fn.parent, name, shape.loc),
          callStep: { file: this.ev.module.file, loc: shape.loc, note: `passed to ${info.fn.name}()` },
          loc: shape.loc,
        });
        for (const c of summary.calls) {
          const isParam = c.callee.facts.some((f) => f.o.t === 'param' && f.o.fn === ref.fn && f.o.path.length === 0 && tokenMatches(paramM, `P:${f.o.index}`));
          if (!isParam) continue;
          c.args.forEach((v, k) => {
            if (tokenMatches(argOfCall, `A:${k}`)) out = join(out ?? EMPTY, sub.value(v));
          });
        }
      }
    });
    return out;
  }

  private propagate(rows: CallRow[], shape: CallShape, invoked: Set<number>): Value | undefined {
    let ret: Value | undefined;
    const cbParams = new Map<number, Value[]>();
    const deferred: CallRow[] = [];
    for (const row of rows) {
      const input = row.input ?? [];
      const output = row.output ?? [];
      if (input.length === 2 && input[0]!.k === 'A' && input[1]!.k === 'R') {
        deferred.push(row);
        continue;
      }
      let v = this.inputValue(input, shape) ?? EMPTY;
      if (row.asRegex && v.hasConst && typeof v.konst === 'string') {
        const flags = shape.args[1]?.value;
        v = mk({ regex: { source: v.konst, flags: flags?.hasConst && typeof flags.konst === 'string' ? flags.konst : '' } });
      }
      const o0 = output[0];
      if (output.length === 1 && o0?.k === 'R') ret = join(ret ?? EMPTY, v);
      else if (output.length === 2 && o0?.k === 'A' && output[1]!.k === 'P') {
        for (let i = 0; i < shape.args.length; i++) {
          if (!tokenMatches(o0, `A:${i}`)) continue;
          const ps = cbParams.get(i) ?? [];
          const p = output[1]!;
          for (let j = 0; j < 4; j++) if (tokenMatches(p, `P:${j}`)) ps[j] = join(ps[j] ?? EMPTY, v);
          cbParams.set(i, ps);
        }
      } else if (output.length === 1 && o0?.k === 'A') {
        shape.args.forEach((a, i) => {
          if (tokenMatches(o0, `A:${i}`)) this.ev.paramEffect(a.expr, [], v);
        });
      } else if (output.length === 1 && o0?.k === 'Recv') this.ev.paramEffect(shape.recvExpr, [], v);
    }
    const cbRet = new Map<number, Value>();
    for (const [i, ps] of cbParams) {
      const fnVal = shape.args[i]?.value;
      if (!fnVal?.fns.length) continue;
      invoked.add(i);
      const args: ArgVal[] = Array.from({ length: ps.length }, (_, j) => ({ value: ps[j] ?? EMPTY, spread: false, kwspread: false, kw: undefined, expr: { k: 'unknown', parts: [], loc: shape.loc } }));
      let r: Value = EMPTY;
      for (const ref of fnVal.fns.slice(0, 4)) r = join(r, this.applyCallback(ref, fnVal, args, shape));
      cbRet.set(i, r);
    }
    for (const row of deferred) {
      const a = row.input![0]!;
      for (const [i, r] of cbRet) if (tokenMatches(a, `A:${i}`)) ret = join(ret ?? EMPTY, r);
    }
    return ret;
  }

  /** Callbacks handed to a library receive library values: `app.get(path, (req, res) => ...)`. */
  private injectCallbacks(refs: readonly ApiRef[], shape: CallShape, invoked: Set<number>, calleeIsUserCode: boolean): void {
    const ops = this.ev['ops'];
    const models = this.ev['models'];
    shape.args.forEach((a, i) => {
      if (invoked.has(i) || a.value.fns.length === 0) return;
      for (const ref of a.value.fns.slice(0, 4)) {
        const info = this.ev['host'].fnInfo(ref.fn);
        if (!info) continue;
        const params = info.fn.params;
        const values: Value[] = params.map(() => EMPTY);
        let any = false;
        params.forEach((p, j) => {
          let v: Value = EMPTY;
          if (refs.length) {
            const argExt = ops.extendApi(refs, `A:${i}`, shape.loc, shape.label);
            const pExt = ops.extendApi(argExt.api, `P:${j}`, p.loc, p.name);
            const typed = pExt.api.filter((r) => r.root.startsWith('type:') && r.path.length === 0);
            if (typed.length || pExt.facts.length) v = mk({ api: typed.length ? typed : pExt.api, facts: pExt.facts });
          }
          const method = shape.chain[shape.chain.length - 1];
          if (v.api.length === 0 && method !== undefined) {
            for (const t of models.starCallbackTypes) {
              if (!t.paramName?.test(p.name) || !chainMatches(t.path.slice(0, -2), shape.chain)) continue;
              const [am, pm] = t.path.slice(-2);
              if (am && pm && tokenMatches(am, `A:${i}`) && tokenMatches(pm, `P:${j}`)) {
                const typed = { root: t.name, path: [] as string[] };
                v = mk({ api: [typed], facts: ops.sourceFacts(typed, p.loc, p.name) });
              }
            }
          }
          if (v.api.length || v.facts.length) any = true;
          values[j] = v;
        });
        const returnSinks = refs.flatMap((r) => models.callRows('sink', { root: r.root, path: [...r.path, `A:${i}`, 'R'] }));
        // A callback handed to code we do not analyse (an iteration helper, a Promise executor, a
        // timer) is assumed to run, receiving what was passed alongside it: its parameters get the
        // taint of the other arguments and its captured variables resolve in this context.
        const unmodelled = !calleeIsUserCode && !any && returnSinks.length === 0;
        if (unmodelled) {
          const data = this.dataOfOtherArgs(shape, i);
          if (data.facts.length) params.forEach((_, j) => (values[j] = data));
        }
        if (!any && returnSinks.length === 0 && !(unmodelled && (info.fn.freeVars.length > 0 || values.some((v) => v.facts.length)))) continue;
        invoked.add(i);
        const args: ArgVal[] = values.map((v) => ({ value: v, spread: false, kwspread: false, kw: undefined, expr: { k: 'unknown', parts: [], loc: shape.loc } }));
        const ret = this.applyCallback(ref, a.value, args, shape);
        // Sinks on what the callback returns (a Flask view's return value is the response body).
        if (returnSinks.length) this.returnSinks(returnSinks, ret, info.fn.name, info.module.file, info.fn.loc);
      }
    });
  }

  private dataOfOtherArgs(shape: CallShape, skip: number): Value {
    const parts: Value[] = [];
    shape.args.forEach((a, k) => {
      if (k === skip || a.value.fns.length) return;
      parts.push(taintOnly(a.value), taintOnly(this.ev['ops'].readDynamic(a.value, undefined, shape.loc)));
    });
    const v = joinAll(parts);
    return v.facts.length ? mk({ facts: v.facts.map((f) => ({ ...f, flags: f.flags | FLAG_DERIVED })) }) : EMPTY;
  }

  /** Iteration callbacks run repeatedly: a second application lets writes to captured variables feed back. */
  private applyCallback(ref: FnRef, fnVal: Value, args: ArgVal[], shape: CallShape): Value {
    const first = this.ev.applyFn(ref, fnVal, undefined, args, false, shape.loc, shape.label, []);
    const hasCapWrites = this.ev['host'].summary(ref.fn).effects.some((e) => 'cap' in e.target);
    return hasCapWrites ? join(first, this.ev.applyFn(ref, fnVal, undefined, args, false, shape.loc, shape.label, [])) : first;
  }

  /** Reports taint returned by a callback at the `return` statements it came through (trace steps). */
  private returnSinks(rows: CallRow[], ret: Value, fnName: string, file: string, fallback: Loc): void {
    const bySite = new Map<string, { loc: Loc; file: string; facts: Fact[] }>();
    for (const f of deepFacts(ret)) {
      const site = traceSteps(f.trace).reverse().find((s) => s.note === 'returned');
      const loc = site?.loc ?? fallback;
      const key = `${site?.file ?? file}:${loc.line}:${loc.col}`;
      const entry = bySite.get(key) ?? { loc, file: site?.file ?? file, facts: [] };
      entry.facts.push(f);
      bySite.set(key, entry);
    }
    for (const { loc, file: f, facts } of bySite.values()) {
      for (const row of rows) for (const k of row.kinds) this.ev.emitSink(k, mk({ facts }), f, loc, `value returned by ${fnName}() (${row.label ?? 'response'})`, fnName, undefined);
    }
  }

  private patterns(e: Extract<Expr, { k: 'call' }>, ret: Value): { sources: Value | undefined; sanitize: string[] } {
    const models = this.ev['models'];
    const callee = e.callee.k === 'typed' ? e.callee.arg : e.callee;
    const anchor = callee.k === 'member' ? callee.prop : callee.k === 'name' ? callee.name : undefined;
    const cands = [...(anchor ? (models.patternsByAnchor.get(anchor) ?? []) : []), ...models.unanchoredPatterns.filter((p) => p.pattern.root.k === 'call')];
    let sources: Value | undefined;
    const sanitize: string[] = [];
    for (const p of cands) {
      if (p.role === 'guard') continue;
      const b = matchPattern(p.pattern, e, (x) => this.ev.qualifiedName(x));
      if (!b || !checkConstraints(p.where, b, (x) => this.ev.memoValue(x), (x) => this.ev.text(x.loc))) continue;
      const focus = p.focus ? b.get(p.focus) : e;
      if (!focus) continue;
      if (p.role === 'sink') {
        const v = focus === e ? ret : this.ev.memoValue(focus);
        if (v) for (const k of p.kinds) this.ev['sinkEvent'](k, v, e.loc, p.label ?? this.ev.text(e.loc));
      } else if (p.role === 'sanitizer') sanitize.push(...p.kinds);
      else if (p.role === 'source') {
        const file = this.ev.module.file;
        const facts = p.kinds.map((k) => ({
          o: { t: 'src' as const, kind: k, label: p.label ?? this.ev.text(e.loc), file, loc: e.loc },
          san: '',
          flags: 0,
          trace: addStep(undefined, { file, loc: e.loc, note: `source: ${this.ev.text(e.loc)} (${k})` }),
        }));
        sources = mk({ facts: [...joinFacts(sources?.facts ?? [], facts)] });
      }
    }
    return { sources, sanitize };
  }
}

export function calleeChain(e: Expr): string[] {
  if (e.k === 'name') return [e.name];
  if (e.k === 'member') return [...calleeChain(e.obj), e.prop];
  if (e.k === 'this') return ['this'];
  if (e.k === 'call' || e.k === 'index') return [...calleeChain(e.k === 'call' ? e.callee : e.obj), '()'];
  return ['?'];
}

/** `package: '*'` rows match the end of the syntactic callee chain. */
function chainMatches(callee: readonly TokenMatcher[], chain: readonly string[]): boolean {
  if (callee.length > chain.length) return false;
  const off = chain.length - callee.length;
  return callee.every((m, i) => (m.k === 'M' && (!m.names || m.names.has(chain[off + i]!))) || (m.k === 'R' && chain[off + i] === '()'));
}

export type { Bindings };
