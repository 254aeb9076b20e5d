import type { Expr, Loc } from '../ir/ir.types';
import {
  CALL_RESULT_BASE,
  EMPTY,
  THIS_PARAM,
  constValue,
  isMarker,
  join,
  joinAll,
  mk,
  sanitizeFacts,
  taintOnly,
  withFields,
  type FnRef,
  type Value,
} from '../dataflow/value';
import { ExprEvaluator, lvalueChain } from './expr-evaluator';
import { LibraryCalls, type ArgVal } from './library-calls';
import { Substituter } from './substitute';
import { MAX_SUMMARY_CALLS } from './summary';
import { FLAG_DERIVED } from './value-ops';

const MAX_APPLY_DEPTH = 4;
const MAX_TARGETS = 4;
/**
 * NOTE(apply-fuel): summaries that call parameters/captured functions are replayed at each call
 * site, which can fan out (callback libraries such as jQuery). Each function analysis gets a fixed
 * number of summary applications; beyond it, calls fall back to the default taint-in-taint-out flow.
 */
const MAX_APPLIES_PER_FUNCTION = 1000;

/** Call evaluation: user functions through summaries, library calls through models, defaults otherwise. */
export abstract class CallEvaluator extends ExprEvaluator {
  protected applyDepth = 0;
  private applies = 0;
  private readonly lib = new LibraryCalls(this);

  protected evalCall(e: Extract<Expr, { k: 'call' }>): Value {
    let recv: Value | undefined;
    let calleeVal: Value;
    const c = e.callee;
    if (c.k === 'member') {
      recv = this.evalExpr(c.obj);
      calleeVal = this.ops.readField(recv, c.prop, c.loc, this.text(c.loc));
      this.memo.set(c, calleeVal);
    } else if (c.k === 'super') {
      calleeVal = this.superValue(c.loc);
      recv = this.thisValue(c.loc);
    } else if (c.k === 'name' && c.name === 'super' && this.module.language === 'python') {
      const sup = this.superValue(c.loc);
      return mk({ proto: sup.fields?.get('prototype') });
    } else calleeVal = this.evalExpr(c);
    const args: ArgVal[] = e.args.map((a) => ({
      value: this.evalExpr(a),
      spread: a.k === 'spread',
      kwspread: a.k === 'kwspread',
      kw: a.k === 'kwarg' ? a.name : undefined,
      expr: a.k === 'kwarg' ? a.value : a.k === 'spread' ? a.arg : a,
    }));
    const label = this.text(e.loc);

    const required = this.requireCall(calleeVal, c, args);
    if (required) return required;
    if (c.k === 'member' && recv && recv.fns.length && (c.prop === 'call' || c.prop === 'apply' || c.prop === 'bind')) {
      return this.callApplyBind(c.prop, recv, args, e, label);
    }

    let ret: Value = EMPTY;
    let handled = false;
    for (const ref of calleeVal.fns.slice(0, MAX_TARGETS)) {
      handled = true;
      ret = join(ret, this.applyFn(ref, calleeVal, recv, args, e.isNew || c.k === 'super', e.loc, label, args.map((a) => a.expr), c.k === 'member' ? c.obj : undefined));
    }
    const lib = this.lib.call(e, calleeVal, recv, args, label);
    if (lib.ret) {
      ret = join(ret, lib.ret);
      handled = handled || lib.replacesDefault;
    }
    const callIndex = this.recordSymbolicCall(calleeVal, recv, args, e, label);
    if (callIndex !== undefined && !handled && calleeVal.api.length === 0) {
      // See NOTE(call-results): the value is whatever the callee returns, known at application;
      // the callee may also be a plain method of a parameter (`s.split()`), hence the default flow too.
      ret = join(ret, this.symbolic({ t: 'param', index: CALL_RESULT_BASE + callIndex }, e.loc, `result of ${label.slice(0, 60)}`));
    }
    if (!handled) ret = join(ret, this.defaultFlow(recv, args, calleeVal.fns.length === 0));
    if (lib.sanitize.length) ret = { ...ret, facts: sanitizeFacts(ret.facts, lib.sanitize) };
    return ret;
  }

  protected readGetter(obj: Value, accessor: Value, loc: Loc): Value {
    let out: Value = { ...accessor, fns: accessor.fns.filter((r) => !r.getter) };
    for (const ref of accessor.fns.filter((r) => r.getter).slice(0, MAX_TARGETS)) out = join(out, this.applyFn(ref, accessor, obj, [], false, loc, 'getter', []));
    return out;
  }

  /** R7: an unmodelled call returns the taint of its receiver and arguments. */
  private defaultFlow(recv: Value | undefined, args: ArgVal[], keepFns: boolean): Value {
    const parts: Value[] = [];
    if (recv) parts.push(taintOnly(recv));
    for (const a of args) {
      parts.push(taintOnly(a.value));
      if (keepFns && a.value.fns.length) parts.push(mk({ fns: a.value.fns }));
    }
    const v = joinAll(parts);
    return v.facts.length ? { ...v, facts: v.facts.map((f) => ({ ...f, flags: f.flags | FLAG_DERIVED })) } : v;
  }

  private requireCall(calleeVal: Value, c: Expr, args: ArgVal[]): Value | undefined {
    const isRequire =
      calleeVal.api.some((r) => r.root === 'global' && r.path.length === 1 && (r.path[0] === 'M:require' || r.path[0] === 'M:__import__')) ||
      (c.k === 'member' && c.prop === 'require' && c.obj.k === 'name' && c.obj.name === 'module');
    if (!isRequire) return undefined;
    const spec = args[0]?.value;
    if (!spec?.hasConst || typeof spec.konst !== 'string') return undefined;
    return this.host.requireValue(this.module, spec.konst, 0);
  }

  private callApplyBind(kind: string, fnVal: Value, args: ArgVal[], e: Extract<Expr, { k: 'call' }>, label: string): Value {
    const thisArg = args[0]?.value ?? EMPTY;
    if (kind === 'bind') return mk({ fns: fnVal.fns.map((r) => ({ ...r, bound: thisArg })), fields: fnVal.fields });
    let rest: ArgVal[] = args.slice(1);
    if (kind === 'apply') {
      const arr = args[1]?.value ?? EMPTY;
      rest = [{ value: arr, spread: true, kwspread: false, kw: undefined, expr: args[1]?.expr ?? e }];
    }
    let ret: Value = EMPTY;
    for (const ref of fnVal.fns.slice(0, MAX_TARGETS)) ret = join(ret, this.applyFn(ref, fnVal, thisArg, rest, false, e.loc, label, []));
    return ret;
  }

  /** Records a call of a parameter/captured function; returns its index in the summary's calls. */
  private recordSymbolicCall(calleeVal: Value, recv: Value | undefined, args: ArgVal[], e: Extract<Expr, { k: 'call' }>, label: string): number | undefined {
    const sym = calleeVal.facts.some((f) => f.o.t !== 'src' && f.o.fn === this.fn.id && (f.flags & FLAG_DERIVED) === 0 && !isMarker(f));
    if (!sym) return undefined;
    const existing = this.summary.calls.findIndex((c) => c.loc === e.loc);
    if (existing >= 0) {
      // Loops revisit the same call: keep one entry per call site, widened.
      const c = this.summary.calls[existing]!;
      c.callee = join(c.callee, mk({ facts: calleeVal.facts.filter((f) => f.o.t !== 'src') }));
      args.filter((a) => !a.kw).forEach((a, i) => (c.args[i] = join(c.args[i] ?? EMPTY, this.bindEnv(a.value))));
      return existing;
    }
    if (this.summary.calls.length >= MAX_SUMMARY_CALLS) return undefined;
    const kwargs = new Map<string, Value>();
    const positional: Value[] = [];
    for (const a of args) {
      if (a.kw) kwargs.set(a.kw, this.bindEnv(a.value));
      else positional.push(this.bindEnv(a.value));
    }
    this.summary.calls.push({
      callee: mk({ facts: calleeVal.facts.filter((f) => f.o.t !== 'src') }),
      recv: recv ? this.bindEnv(recv) : undefined,
      args: positional,
      kwargs,
      isNew: e.isNew,
      file: this.module.file,
      loc: e.loc,
      label,
    });
    return this.summary.calls.length - 1;
  }

  /** Applies the summary of a user function at this call site. */
  applyFn(ref: FnRef, calleeVal: Value, recv: Value | undefined, args: ArgVal[], isNew: boolean, loc: Loc, label: string, argExprs: Expr[], recvExpr?: Expr): Value {
    const construct = isNew || ref.isClass;
    // See NOTE(instance-proto).
    const instanceBase = construct ? mk({ proto: calleeVal.fields?.get('prototype') }) : undefined;
    if (ref.fn < 0) return instanceBase ?? EMPTY;
    const info = this.host.fnInfo(ref.fn);
    // See NOTE(apply-fuel).
    if (!info || this.applyDepth >= MAX_APPLY_DEPTH || ++this.applies > MAX_APPLIES_PER_FUNCTION) return construct ? (instanceBase ?? EMPTY) : this.defaultFlow(recv, args, false);
    this.host.checkBudget(this.module.file);
    const fn = info.fn;
    const summary = this.host.summary(ref.fn);
    const thisVal = construct ? instanceBase! : (ref.bound ?? recv ?? EMPTY);
    const params = this.bindParams(fn.params, fn.thisMode === 'python-self' && !isStaticCall(fn), thisVal, args, loc);
    const callResults: Value[] = [];
    const sub = new Substituter(this.ops, {
      callee: fn.id,
      params,
      thisVal,
      cap: (name) => this.capFor(ref, fn.parent, name, loc),
      callStep: { file: this.module.file, loc, note: `passed to ${fn.name}()` },
      loc,
      callResults,
    });
    this.applyDepth++;
    try {
      // Calls first: sinks, writes and the return value may depend on their results.
      for (const call of summary.calls) callResults.push(this.replayCall(call, sub));
      for (const s of summary.sinks) {
        const facts = sub.facts(s.facts);
        const base = s.ppBase ? sub.facts(s.ppBase.facts) : undefined;
        this.emitSink(s.kind, facts, s.file, s.loc, s.label, s.fnName, s.ppBase ? { ok: s.ppBase.ok || (base?.facts.some(isMarker) ?? false), base: base ?? EMPTY } : undefined);
      }
      let instance = thisVal;
      for (const eff of summary.effects) {
        const v = sub.value(eff.value);
        if ('cap' in eff.target) this.capEffect(fn.parent, eff.target.cap, eff.path, v);
        else if ('moduleVar' in eff.target) this.host.writeModuleVar(info.module, eff.target.moduleVar, eff.path, v);
        else if (eff.target.param === THIS_PARAM || (fn.thisMode === 'python-self' && eff.target.param === 0)) {
          instance = this.ops.joinPath(instance, eff.path, v);
          if (!construct) this.paramEffect(recvExpr, eff.path, v);
        } else {
          const argIndex = fn.thisMode === 'python-self' ? eff.target.param - 1 : eff.target.param;
          this.paramEffect(argExprs[argIndex], eff.path, v);
        }
      }
      if (construct) return instance;
      return this.step(sub.value(summary.ret), loc, `returned from ${fn.name}()`);
    } finally {
      this.applyDepth--;
    }
  }

  private bindParams(params: readonly { name: string; rest: boolean; kwRest: boolean }[], pythonSelf: boolean, thisVal: Value, args: ArgVal[], loc: Loc): Value[] {
    const out: Value[] = params.map(() => EMPTY);
    let pi = 0;
    if (pythonSelf) {
      out[0] = thisVal;
      pi = 1;
    }
    const positional = args.filter((a) => !a.kw && !a.kwspread);
    for (let ai = 0; ai < positional.length && pi < params.length; ai++) {
      const a = positional[ai]!;
      const p = params[pi]!;
      if (p.kwRest) break;
      if (a.spread) {
        const elems = this.ops.readDynamic(a.value, undefined, loc);
        for (let k = pi; k < params.length; k++) if (!params[k]!.kwRest) out[k] = join(out[k]!, params[k]!.rest ? a.value : elems);
        break;
      }
      if (p.rest) {
        const fields = new Map<string, Value>();
        positional.slice(ai).forEach((x, i) => fields.set(String(i), x.spread ? taintOnly(x.value) : x.value));
        out[pi] = withFields(EMPTY, fields);
        break;
      }
      out[pi++] = a.value;
    }
    const kwRest = params.findIndex((p) => p.kwRest);
    const extra = new Map<string, Value>();
    for (const a of args) {
      if (a.kwspread) {
        params.forEach((p, i) => {
          if (out[i] === EMPTY && !p.rest) out[i] = this.ops.readField(a.value, p.name, loc, p.name);
        });
        continue;
      }
      if (!a.kw) continue;
      const idx = params.findIndex((p) => p.name === a.kw);
      if (idx >= 0) out[idx] = a.value;
      else extra.set(a.kw, a.value);
    }
    if (kwRest >= 0) out[kwRest] = withFields(EMPTY, extra);
    return out;
  }

  /** Captured variable `name` of a function value called here. */
  capFor(ref: FnRef, parent: number | undefined, name: string, loc: Loc): Value {
    const bound = ref.env?.get(name);
    if (bound) return bound;
    if (parent === this.fn.id) return this.lookup(name, loc);
    if (this.fn.isModuleInit) return EMPTY;
    return this.symbolic({ t: 'cap', name }, loc, `captured variable ${name}`);
  }

  private capEffect(parent: number | undefined, name: string, path: string[], v: Value): void {
    if (parent === this.fn.id) {
      const cur = this.state.get(name) ?? EMPTY;
      this.state.set(name, path.length ? this.ops.joinPath(cur, path, v) : join(cur, v));
    } else if (this.fn.freeVars.includes(name)) this.recordEffect({ cap: name }, path, v);
  }

  /** A callee wrote into one of its parameters: update the caller's variable passed there (weakly). */
  paramEffect(argExpr: Expr | undefined, path: string[], v: Value): void {
    if (!argExpr) return;
    const chain = lvalueChain(argExpr);
    if (!chain) return;
    const full = [...chain.path, ...path];
    if (chain.root === 'this') {
      if (this.fn.thisMode === 'js') {
        this.state.set('this', this.ops.joinPath(this.state.get('this') ?? EMPTY, full, v));
        this.recordEffect({ param: THIS_PARAM }, full, v);
      }
      return;
    }
    if (this.fn.locals.has(chain.root) || this.fn.isModuleInit) {
      const cur = this.lookup(chain.root, argExpr.loc);
      this.state.set(chain.root, full.length ? this.ops.joinPath(cur, full, v) : join(cur, v));
      for (const f of cur.facts) {
        if (f.o.t === 'param' && f.o.fn === this.fn.id && (f.flags & FLAG_DERIVED) === 0) this.recordEffect({ param: f.o.index }, [...f.o.path, ...full], v);
      }
    } else if (this.fn.freeVars.includes(chain.root)) this.recordEffect({ cap: chain.root }, full, v);
  }

  /** A callee called one of its parameters or captured functions: resolve that call here. */
  private replayCall(call: import('./summary').SummaryCall, sub: Substituter): Value {
    const callee = sub.value(call.callee);
    const recv = call.recv ? sub.value(call.recv) : undefined;
    const args: ArgVal[] = call.args.map((a) => ({ value: sub.value(a), spread: false, kwspread: false, kw: undefined, expr: { k: 'unknown', parts: [], loc: call.loc } }));
    for (const [k, v] of call.kwargs) args.push({ value: sub.value(v), spread: false, kwspread: false, kw: k, expr: { k: 'unknown', parts: [], loc: call.loc } });
    let result: Value = EMPTY;
    for (const ref of callee.fns.slice(0, MAX_TARGETS)) result = join(result, this.applyFn(ref, callee, recv, args, call.isNew, call.loc, call.label, []));
    if (callee.api.length) this.lib.replay(callee, recv, args, call);
    if (callee.fns.length === 0) result = join(result, this.defaultFlow(recv, args, false));
    const sym = callee.facts.some((f) => f.o.t !== 'src' && f.o.fn === this.fn.id);
    if (sym && this.summary.calls.length < MAX_SUMMARY_CALLS) {
      this.summary.calls.push({ ...call, callee: mk({ facts: callee.facts.filter((f) => f.o.t !== 'src') }), recv, args: args.filter((a) => !a.kw).map((a) => a.value) });
      result = join(result, this.symbolic({ t: 'param', index: CALL_RESULT_BASE + this.summary.calls.length - 1 }, call.loc, `result of ${call.label.slice(0, 60)}`));
    }
    return result;
  }

  abstract qualifiedName(e: Expr): string | undefined;
  abstract memoValue(e: Expr): Value | undefined;
  abstract emitSink(kind: string, v: Value, file: string, loc: Loc, label: string, fnName: string, pp: { ok: boolean; base: Value } | undefined): void;

  protected sinkEvent(kind: string, v: Value, loc: Loc, label: string, ppBase?: Value): void {
    this.host.noteSink(kind, this.module.file, loc, v.facts.some((f) => !isMarker(f)) || !!v.fields);
    const pp = kind === 'prototype-pollution' ? { ok: (ppBase?.facts ?? []).some(isMarker), base: ppBase ?? EMPTY } : undefined;
    this.emitSink(kind, v, this.module.file, loc, label, this.fn.name, pp);
  }

  constValueOf(v: Value): Value {
    return v.hasConst ? constValue(v.konst) : EMPTY;
  }
}

function isStaticCall(fn: { params: readonly { name: string }[] }): boolean {
  return fn.params[0]?.name !== 'self' && fn.params[0]?.name !== 'cls';
}
