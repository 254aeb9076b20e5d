import type { FnId, LitValue, Loc } from '../ir/ir.types';

/**
 * The abstract value the taint analysis tracks per variable: where taint comes from (facts),
 * which library object it denotes (api refs), which functions it may hold, its known fields
 * (field sensitivity, bounded depth), and constants for folding.
 */

export interface Step {
  file: string;
  loc: Loc;
  note: string;
}

/** Immutable list of steps, newest last. */
export interface Trace {
  step: Step;
  prev: Trace | undefined;
  len: number;
}

export type Origin =
  | { t: 'src'; kind: string; label: string; file: string; loc: Loc }
  | { t: 'param'; fn: FnId; index: number; path: readonly string[]; at?: ReadSite | undefined }
  | { t: 'cap'; fn: FnId; name: string; path: readonly string[]; at?: ReadSite | undefined };

/** Where a symbolic access path was last extended (`req.query`): sources found by substitution are reported there. */
export interface ReadSite {
  file: string;
  loc: Loc;
  text: string;
  /** Trace length at that read: callee steps before it are not part of a source found by substitution. */
  len: number;
}

export const THIS_PARAM = -1;
/**
 * NOTE(call-results): the result of a call whose callee is symbolic (a parameter or captured
 * function, e.g. a callback) is itself symbolic: origin `param` with index CALL_RESULT_BASE + k,
 * k being the call's position in the summary's `calls`. Applying the summary replays the call and
 * substitutes its actual result, so values returned from callbacks flow on (R6).
 */
export const CALL_RESULT_BASE = 10_000;

/** A fact that only marks "reached through an attacker-chosen property name"; no sink treats it as taint. */
export const FLAG_DYNREAD = 1;

export interface Fact {
  o: Origin;
  /** Sink kinds this fact has been sanitized for, sorted and `|`-joined. */
  san: string;
  flags: number;
  trace: Trace | undefined;
}

/** `root` is a package (`child_process`), a type (`type:express.Request`) or `global`; path tokens: M:x, R, A:i, K:x, P:i. */
export interface ApiRef {
  root: string;
  path: readonly string[];
}

export interface FnRef {
  fn: FnId;
  /** Captured variables bound when the function value left its defining scope. */
  env: ReadonlyMap<string, Value> | undefined;
  /** Bound receiver (`fn.bind(obj)`, Python bound methods). */
  bound: Value | undefined;
  isClass: boolean;
  /** Accessor (`get x()`, Python `@property`): reading the property calls it. */
  getter?: boolean | undefined;
}

export interface Value {
  facts: readonly Fact[];
  api: readonly ApiRef[];
  fns: readonly FnRef[];
  fields: ReadonlyMap<string, Value> | undefined;
  hasConst: boolean;
  konst: LitValue;
  /** Known constant prefix of a string value. */
  prefix: string | undefined;
  regex: { source: string; flags: string } | undefined;
  /**
   * The object instances delegate to (a class prototype with its methods). Kept as a link rather
   * than copied into `fields` so instances stay small.
   * NOTE(instance-proto): copying every method into every instance made values of class-heavy code
   * (geometry libraries, jQuery) thousands of nodes deep and substitution dominated run time.
   */
  proto?: Value | undefined;
}

export const MAX_FACTS = 12;
export const MAX_API = 6;
export const MAX_FNS = 8;
export const MAX_PATH = 3;
export const MAX_FIELD_DEPTH = 3;
export const MAX_FIELDS = 48;
export const MAX_TRACE = 64;

export const EMPTY: Value = Object.freeze({
  facts: [],
  api: [],
  fns: [],
  fields: undefined,
  hasConst: false,
  konst: undefined,
  prefix: undefined,
  regex: undefined,
});

export function mk(partial: Partial<Value>): Value {
  return { ...EMPTY, ...partial };
}

export function constValue(v: LitValue): Value {
  return mk({ hasConst: true, konst: v, prefix: typeof v === 'string' ? v : undefined });
}

export function isEmpty(v: Value): boolean {
  return v.facts.length === 0 && v.api.length === 0 && v.fns.length === 0 && !v.fields && !v.hasConst && v.prefix === undefined && !v.regex && !v.proto;
}

const originKeys = new WeakMap<Origin, string>();

/** Origins are immutable and shared by the facts derived from them, so their key is computed once per object. */
export function originKey(o: Origin): string {
  let k = originKeys.get(o);
  if (k === undefined) {
    k = computeOriginKey(o);
    originKeys.set(o, k);
  }
  return k;
}

function computeOriginKey(o: Origin): string {
  switch (o.t) {
    case 'src':
      return `s:${o.kind}:${o.file}:${o.loc.line}:${o.loc.col}`;
    case 'param':
      return `p:${o.fn}:${o.index}:${o.path.join('.')}`;
    case 'cap':
      return `c:${o.fn}:${o.name}:${o.path.join('.')}`;
  }
}

const factKeys = new WeakMap<Fact, string>();

/** Facts are immutable, so their dedup key is computed once per object. */
export function factKey(f: Fact): string {
  let k = factKeys.get(f);
  if (k === undefined) {
    k = `${originKey(f.o)}|${f.san}|${f.flags}`;
    factKeys.set(f, k);
  }
  return k;
}

/** Same dedup identity as `factKey` without building the key string (joins create many short-lived facts). */
export function sameFact(a: Fact, b: Fact): boolean {
  return a === b || (a.flags === b.flags && a.san === b.san && sameOrigin(a.o, b.o));
}

/** Structural form of `originKey` equality: no string, no WeakMap lookup. */
function sameOrigin(a: Origin, b: Origin): boolean {
  if (a === b) return true;
  if (a.t === 'src' || b.t === 'src') {
    return a.t === 'src' && b.t === 'src' && a.kind === b.kind && a.file === b.file && a.loc.line === b.loc.line && a.loc.col === b.loc.col;
  }
  if (a.fn !== b.fn || a.path.length !== b.path.length) return false;
  if (a.t === 'param' ? b.t !== 'param' || a.index !== b.index : b.t !== 'cap' || a.name !== b.name) return false;
  for (let i = 0; i < a.path.length; i++) if (a.path[i] !== b.path[i]) return false;
  return true;
}

export function apiKey(a: ApiRef): string {
  return `${a.root}/${a.path.join('/')}`;
}

export function addStep(t: Trace | undefined, step: Step): Trace | undefined {
  const len = (t?.len ?? 0) + 1;
  if (len > MAX_TRACE) return t;
  const last = t?.step;
  if (last && last.loc.line === step.loc.line && last.file === step.file && last.note === step.note) return t;
  return { step, prev: t, len };
}

export function traceSteps(t: Trace | undefined): Step[] {
  const out: Step[] = [];
  for (let c = t; c; c = c.prev) out.push(c.step);
  return out.reverse();
}

/** Appends the steps of `tail` after `head`. */
export function concatTrace(head: Trace | undefined, tail: Trace | undefined): Trace | undefined {
  // Appending to nothing rebuilds `tail` step by step through addStep, which yields `tail` itself.
  if (!head || !tail) return head ?? tail;
  let out: Trace | undefined = head;
  for (const s of traceSteps(tail)) out = addStep(out, s);
  return out;
}

export function withStep(v: Value, step: Step): Value {
  if (v.facts.length === 0) return v;
  return { ...v, facts: v.facts.map((f) => ({ ...f, trace: addStep(f.trace, step) })) };
}

function mergeSan(a: string, b: string): string {
  if (!a) return b;
  if (!b || a === b) return a;
  return [...new Set([...a.split('|'), ...b.split('|')])].sort().join('|');
}

/**
 * A number or boolean derived from taint: it cannot carry an injection, but it is still the same
 * (e.g. predictable) value, which value-sensitive sinks such as insecure randomness care about.
 */
export const FLAG_NUMERIC = 4;

export function numericFacts(facts: readonly Fact[]): Fact[] {
  return facts.filter((f) => (f.flags & FLAG_DYNREAD) === 0).map((f) => ((f.flags & FLAG_NUMERIC) !== 0 ? f : { ...f, flags: f.flags | FLAG_NUMERIC }));
}

/** `kinds` may contain `*` (every kind): calls such as `parseInt` turn taint into numeric facts. */
export function sanitizeFacts(facts: readonly Fact[], kinds: readonly string[], dropAll = false): Fact[] {
  if (kinds.includes('*')) return dropAll ? [] : numericFacts(facts);
  const add = [...kinds].sort().join('|');
  return facts.map((f) => ({ ...f, san: mergeSan(f.san, add) }));
}

export function isSanitized(f: Fact, kind: string): boolean {
  return f.san !== '' && f.san.split('|').includes(kind);
}

export function joinFacts(a: readonly Fact[], b: readonly Fact[]): readonly Fact[] {
  if (b.length === 0 || a === b) return a;
  if (a.length === 0) return b;
  // Fact lists hold at most MAX_FACTS entries: a linear scan beats building a Set on every join (hot path).
  let out: Fact[] | undefined;
  for (const f of b) {
    if (hasFact(a, f) || (out && hasFact(out, f))) continue;
    if (a.length + (out?.length ?? 0) >= MAX_FACTS) break;
    (out ??= []).push(f);
  }
  return out ? [...a, ...out] : a;
}

function hasFact(facts: readonly Fact[], f: Fact): boolean {
  for (const x of facts) if (sameFact(x, f)) return true;
  return false;
}

function joinApi(a: readonly ApiRef[], b: readonly ApiRef[]): readonly ApiRef[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const seen = new Set(a.map(apiKey));
  const out = [...a];
  for (const r of b) {
    const k = apiKey(r);
    if (!seen.has(k) && out.length < MAX_API) {
      seen.add(k);
      out.push(r);
    }
  }
  return out.length === a.length ? a : out;
}

function joinFns(a: readonly FnRef[], b: readonly FnRef[]): readonly FnRef[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = [...a];
  for (const r of b) {
    if (out.some((x) => x.fn === r.fn && x.env === r.env && x.bound === r.bound)) continue;
    if (out.length < MAX_FNS) out.push(r);
  }
  return out.length === a.length ? a : out;
}

function commonPrefix(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i === 0 ? undefined : a.slice(0, i);
}

export function join(a: Value, b: Value, depth = 0): Value {
  if (a === b) return a;
  // EMPTY is the identity; other empty values (e.g. an unassigned variable) still make constants unknown.
  if (a === EMPTY) return b;
  if (b === EMPTY) return a;
  if (isEmpty(a) && !a.hasConst) return b.hasConst ? { ...b, hasConst: false, konst: undefined, prefix: undefined } : b;
  if (isEmpty(b) && !b.hasConst) return a.hasConst ? { ...a, hasConst: false, konst: undefined, prefix: undefined } : a;
  let fields: Map<string, Value> | undefined;
  if (a.fields || b.fields) {
    // A field known on one side only is, on the other side, whatever the container holds.
    fields = new Map<string, Value>();
    for (const [k, v] of a.fields ?? []) {
      const other = b.fields?.get(k) ?? containerField(b, k);
      fields.set(k, other && depth < MAX_FIELD_DEPTH ? join(v, other, depth + 1) : v);
    }
    for (const [k, v] of b.fields ?? []) {
      if (fields.has(k)) continue;
      const other = containerField(a, k);
      fields.set(k, other && depth < MAX_FIELD_DEPTH ? join(other, v, depth + 1) : v);
    }
  }
  const sameConst = a.hasConst && b.hasConst && a.konst === b.konst;
  const proto = a.proto === b.proto ? a.proto : a.proto && b.proto && depth < MAX_FIELD_DEPTH ? join(a.proto, b.proto, depth + 1) : (a.proto ?? b.proto);
  const facts = joinFacts(a.facts, b.facts);
  const api = joinApi(a.api, b.api);
  const fns = joinFns(a.fns, b.fns);
  const prefix = commonPrefix(a.prefix, b.prefix);
  const regex = a.regex && b.regex && a.regex.source === b.regex.source ? a.regex : (a.regex ?? b.regex);
  // Returning `a` itself when b adds nothing keeps identities stable, so fixed-point checks and later joins short-cut on `===`.
  if (
    facts === a.facts && api === a.api && fns === a.fns && proto === a.proto && regex === a.regex &&
    prefix === a.prefix && sameConst === a.hasConst && sameFields(a.fields, fields)
  ) return a;
  return { proto, facts, api, fns, fields, hasConst: sameConst, konst: sameConst ? a.konst : undefined, prefix, regex };
}

function sameFields(a: ReadonlyMap<string, Value> | undefined, b: ReadonlyMap<string, Value> | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** What reading field `k` of `v` yields from its container taint alone (no own field). */
function containerField(v: Value, k: string): Value | undefined {
  if (v.facts.length === 0) return undefined;
  // Cached per (value, field) so repeated joins reuse the same fact objects and their memoized keys.
  let perValue = containerCache.get(v);
  if (!perValue) containerCache.set(v, (perValue = new Map()));
  let out = perValue.get(k);
  if (!out) perValue.set(k, (out = mk({ facts: v.facts.map((f) => (f.o.t === 'src' ? f : { ...f, o: extendOrigin(f.o, k) })) })));
  return out;
}

const containerCache = new WeakMap<Value, Map<string, Value>>();

export function joinAll(values: readonly Value[]): Value {
  let out = EMPTY;
  for (const v of values) out = join(out, v);
  return out;
}

export function equals(a: Value, b: Value, depth = 0): boolean {
  if (a === b) return true;
  if (a.facts.length !== b.facts.length || a.api.length !== b.api.length || a.fns.length !== b.fns.length) return false;
  if (a.hasConst !== b.hasConst || a.konst !== b.konst || a.prefix !== b.prefix) return false;
  if ((a.regex?.source ?? '') !== (b.regex?.source ?? '')) return false;
  if (a.proto !== b.proto && (!a.proto || !b.proto || depth >= MAX_FIELD_DEPTH || !equals(a.proto, b.proto, depth + 1))) return false;
  for (const f of b.facts) if (!hasFact(a.facts, f)) return false;
  const ak = new Set(a.api.map(apiKey));
  for (const r of b.api) if (!ak.has(apiKey(r))) return false;
  for (const r of b.fns) if (!a.fns.some((x) => x.fn === r.fn)) return false;
  const af = a.fields;
  const bf = b.fields;
  if ((af?.size ?? 0) !== (bf?.size ?? 0)) return false;
  if (af && bf && depth < MAX_FIELD_DEPTH) {
    for (const [k, v] of af) {
      const w = bf.get(k);
      if (!w || !equals(v, w, depth + 1)) return false;
    }
  }
  return true;
}

/** All taint in a value including its fields: what a sink sees when the whole object is passed. */
const deepFactsCache = new WeakMap<Value, readonly Fact[]>();

export function deepFacts(v: Value, depth = 0): readonly Fact[] {
  if (!v.fields || depth >= MAX_FIELD_DEPTH) return v.facts;
  if (depth === 0) {
    const cached = deepFactsCache.get(v);
    if (cached) return cached;
  }
  let out = v.facts;
  for (const f of v.fields.values()) out = joinFacts(out, deepFacts(f, depth + 1));
  if (depth === 0) deepFactsCache.set(v, out);
  return out;
}

/** Taint only: drops functions, api refs and constants (results of string operations, unknown calls). */
export function taintOnly(v: Value, keepMarkers = false): Value {
  const facts = deepFacts(v).filter((f) => keepMarkers || (f.flags & FLAG_DYNREAD) === 0);
  return facts.length ? mk({ facts }) : EMPTY;
}

const symbolicCache = new WeakMap<Value, ReadonlySet<FnId>>();
const NO_FNS: ReadonlySet<FnId> = new Set();

/** Functions whose symbolic facts occur anywhere in `v` (fields, closure environments); cached. */
export function symbolicFns(v: Value, depth = 0): ReadonlySet<FnId> {
  const cached = symbolicCache.get(v);
  if (cached) return cached;
  let out: Set<FnId> | undefined;
  for (const f of v.facts) if (f.o.t !== 'src') (out ??= new Set()).add(f.o.fn);
  if (depth < 4) {
    for (const fv of v.fields?.values() ?? []) for (const id of symbolicFns(fv, depth + 1)) (out ??= new Set()).add(id);
    for (const r of v.fns) for (const ev of r.env?.values() ?? []) for (const id of symbolicFns(ev, depth + 1)) (out ??= new Set()).add(id);
  }
  const res = out ?? NO_FNS;
  symbolicCache.set(v, res);
  return res;
}

export function withFields(v: Value, fields: Map<string, Value>): Value {
  if (fields.size > MAX_FIELDS) {
    const trimmed = new Map([...fields].slice(0, MAX_FIELDS));
    return { ...v, fields: trimmed, hasConst: false, konst: undefined, prefix: undefined };
  }
  return { ...v, fields, hasConst: false, konst: undefined, prefix: undefined };
}

export function extendOrigin(o: Origin, name: string, at?: ReadSite): Origin {
  if (o.t === 'src') return o;
  if (o.path.length >= MAX_PATH) return o;
  return { ...o, path: [...o.path, name], at };
}

/** Symbolic facts extended by a property read, with the read recorded in trace and origin. */
export function extendFact(f: Fact, name: string, file: string, loc: Loc, text: string): Fact {
  if (f.o.t === 'src' || f.o.path.length >= MAX_PATH) return f;
  const trace = addStep(f.trace, { file, loc, note: `read ${text}` });
  return { ...f, o: extendOrigin(f.o, name, { file, loc, text, len: trace?.len ?? 0 }), trace };
}

export function dropTraceHead(t: Trace | undefined, keepAfter: number): Trace | undefined {
  const steps = traceSteps(t).slice(keepAfter);
  let out: Trace | undefined;
  for (const s of steps) out = addStep(out, s);
  return out;
}

export function isMarker(f: Fact): boolean {
  return (f.flags & FLAG_DYNREAD) !== 0;
}
