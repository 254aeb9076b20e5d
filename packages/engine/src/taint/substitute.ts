import type { FnId, Loc } from '../ir/ir.types';
import {
  CALL_RESULT_BASE,
  EMPTY,
  THIS_PARAM,
  addStep,
  concatTrace,
  deepFacts,
  dropTraceHead,
  factKey,
  symbolicFns,
  join,
  mk,
  taintOnly,
  type Fact,
  type FnRef,
  type Step,
  type Value,
} from '../dataflow/value';
import { FLAG_DERIVED, type ValueOps } from './value-ops';

export interface CalleeBindings {
  callee: FnId;
  params: readonly Value[];
  thisVal: Value;
  cap: (name: string) => Value;
  /** Step recorded between the caller's part of a trace and the callee's part. */
  callStep: Step;
  loc: Loc;
  /** Results of the callee's replayed calls, filled in order (see NOTE(call-results)). */
  callResults?: Value[] | undefined;
}

function mergeSan(a: string, b: string): string {
  if (!a) return b;
  if (!b || a === b) return a;
  return [...new Set([...a.split('|'), ...b.split('|')])].sort().join('|');
}

const keyCache = new WeakMap<Value, Set<string>>();
function keysOf(v: Value): Set<string> {
  let k = keyCache.get(v);
  if (!k) {
    k = new Set(deepFacts(v).map(factKey));
    keyCache.set(v, k);
  }
  return k;
}

/** Reads a symbolic path from the actual value; the last segment is attributed to the callee's read site. */
function readAt(ops: ValueOps, base: Value, path: readonly string[], loc: Loc, text: string): Value {
  let cur = base;
  const labels: string[] = [];
  let t = text;
  for (let i = path.length - 1; i >= 0; i--) {
    labels[i] = t || path[i]!;
    const seg = `.${path[i]}`;
    t = t.endsWith(seg) ? t.slice(0, -seg.length) : t.replace(/\[[^\]]*\]$/, '');
  }
  path.forEach((seg, i) => {
    const label = labels[i] ?? seg;
    cur = seg === '*' ? ops.readDynamic(cur, undefined, loc) : ops.readField(cur, seg, loc, label);
  });
  return cur;
}

/** Replaces a callee's symbolic parameter/captured-variable facts by the caller's actual values. */
export class Substituter {
  constructor(
    private readonly ops: ValueOps,
    private readonly b: CalleeBindings,
  ) {}

  value(v: Value, depth = 0): Value {
    // Nothing of the callee's in here: substitution is the identity (and big values are common).
    if (!symbolicFns(v).has(this.b.callee)) return v;
    let out: Value = mk({ api: v.api, fns: this.fns(v.fns, depth), hasConst: v.hasConst, konst: v.konst, prefix: v.prefix, regex: v.regex, proto: v.proto });
    if (v.fields && depth < 3) {
      const fields = new Map<string, Value>();
      for (const [k, fv] of v.fields) fields.set(k, this.value(fv, depth + 1));
      out = { ...out, fields };
    }
    // Join the substituted facts among themselves first: joining each into a value with fields
    // walks every field (containerField), so one join instead of one per fact.
    return v.facts.length ? join(out, this.facts(v.facts)) : out;
  }

  facts(facts: readonly Fact[]): Value {
    let out: Value = EMPTY;
    for (const f of facts) out = join(out, this.fact(f));
    return out;
  }

  private fact(f: Fact): Value {
    if (f.o.t === 'src' || f.o.fn !== this.b.callee) return mk({ facts: [f] });
    const base =
      f.o.t === 'param'
        ? f.o.index === THIS_PARAM
          ? this.b.thisVal
          : f.o.index >= CALL_RESULT_BASE
            ? (this.b.callResults?.[f.o.index - CALL_RESULT_BASE] ?? EMPTY)
            : (this.b.params[f.o.index] ?? EMPTY)
        : this.b.cap(f.o.name);
    const at = f.o.at;
    const resolved = f.o.path.length ? readAt(this.ops, base, f.o.path, at?.loc ?? this.b.loc, at?.text ?? '') : base;
    const contribution = (f.flags & FLAG_DERIVED) !== 0 ? taintOnly(resolved, true) : resolved;
    if (contribution.facts.length === 0) return (f.flags & FLAG_DERIVED) !== 0 ? EMPTY : { ...contribution, facts: [] };
    let baseKeys: Set<string> | undefined;
    const facts = contribution.facts.map((rf) => {
      // A source that only exists at the read inside the callee (a typed parameter's `req.query`)
      // starts the trace there; taint passed in as an argument keeps the caller's steps first.
      if (rf.o.t === 'src' && at && !baseKeys) baseKeys = keysOf(base);
      const createdHere = rf.o.t === 'src' && at && !baseKeys!.has(factKey(rf));
      const trace = createdHere ? concatTrace(rf.trace, dropTraceHead(f.trace, at.len)) : concatTrace(addStep(rf.trace, this.b.callStep), f.trace);
      return { o: rf.o, san: mergeSan(rf.san, f.san), flags: rf.flags | f.flags, trace };
    });
    return { ...contribution, facts };
  }

  private fns(fns: readonly FnRef[], depth: number): FnRef[] {
    return fns.map((r) => {
      if (!r.env || depth > 2) return r;
      const env = new Map<string, Value>();
      for (const [k, v] of r.env) env.set(k, this.value(v, depth + 1));
      return { ...r, env };
    });
  }
}
