import type { Loc } from '../ir/ir.types';
import {
  EMPTY,
  FLAG_DYNREAD,
  addStep,
  deepFacts,
  extendFact,
  join,
  joinAll,
  joinFacts,
  mk,
  numericFacts,
  withFields,
  type ApiRef,
  type Fact,
  type Value,
} from '../dataflow/value';
import type { LangModels } from './model-index';

const MAX_API_PATH = 10;
/** Values are immutable: "some element of v" is computed once per value object. */
const anyElementCache = new WeakMap<Value, Value>();

/** Flag for facts that went through a value-changing operation: substitution then yields taint only. */
export const FLAG_DERIVED = 2;

/**
 * Field reads and writes on abstract values, including the library side: extending api refs,
 * canonicalising them to declared types and attaching source facts.
 */
export class ValueOps {
  constructor(
    readonly models: LangModels,
    readonly file: string,
  ) {}

  /** Extends api refs by one token, applying type models and returning source facts found on the way. */
  extendApi(refs: readonly ApiRef[], token: string, loc: Loc, text: string): { api: ApiRef[]; facts: Fact[] } {
    const api: ApiRef[] = [];
    let facts: Fact[] = [];
    for (const r of refs) {
      if (r.path.length >= MAX_API_PATH) continue;
      const next: ApiRef = { root: r.root, path: [...r.path, token] };
      for (const ref of this.canonical(next)) {
        if (api.length < 6 && !api.some((a) => a.root === ref.root && a.path.join('/') === ref.path.join('/'))) api.push(ref);
        facts = [...joinFacts(facts, this.sourceFacts(ref, loc, text))];
      }
    }
    return { api, facts };
  }

  canonical(ref: ApiRef): ApiRef[] {
    const types = this.models.typesFor(ref);
    if (types.length === 0) return [ref];
    return [...types.map((t) => ({ root: t, path: [] as string[] })), ref];
  }

  sourceFacts(ref: ApiRef, loc: Loc, text: string): Fact[] {
    const rows = this.models.sourcesFor(ref);
    return rows.map((row) => ({
      o: { t: 'src' as const, kind: row.kind, label: row.label ?? text, file: this.file, loc },
      san: '',
      flags: 0,
      trace: addStep(undefined, { file: this.file, loc, note: `source: ${text} (${row.kind})` }),
    }));
  }

  /** `v.name` */
  readField(v: Value, name: string, loc: Loc, text: string): Value {
    if (this.models.readBarriers.has(name) && !v.fields?.has(name)) {
      if (v.hasConst && typeof v.konst === 'string' && name === 'length') return mk({ hasConst: true, konst: v.konst.length });
      const facts = numericFacts(deepFacts(v));
      return facts.length ? mk({ facts: facts.slice(0, 12) }) : EMPTY;
    }
    const own = v.fields?.get(name) ?? v.proto?.fields?.get(name) ?? v.proto?.proto?.fields?.get(name);
    const ext = v.api.length ? this.extendApi(v.api, `M:${name}`, loc, text) : undefined;
    let out: Value;
    if (own) out = own;
    else {
      const facts = v.facts.map((f) => extendFact(f, name, this.file, loc, text));
      out = facts.length ? mk({ facts }) : EMPTY;
    }
    if (ext && (ext.api.length || ext.facts.length)) {
      out = { ...out, api: [...out.api, ...ext.api].slice(0, 6), facts: joinFacts(out.facts, ext.facts) };
    }
    return out;
  }

  /** `v[k]` with an unknown key: any field, and a marker when the key is attacker-controlled. */
  readDynamic(v: Value, key: Value | undefined, loc: Loc): Value {
    if (!key) {
      const cached = anyElementCache.get(v);
      if (cached) return cached;
      const out = this.readDynamicUncached(v, undefined, loc);
      anyElementCache.set(v, out);
      return out;
    }
    return this.readDynamicUncached(v, key, loc);
  }

  private readDynamicUncached(v: Value, key: Value | undefined, loc: Loc): Value {
    const parts: Value[] = [];
    const container = v.facts.map((f) => extendFact(f, '*', this.file, loc, 'an element'));
    if (container.length) parts.push(mk({ facts: container }));
    for (const fv of v.fields?.values() ?? []) parts.push(fv);
    let out = joinAll(parts);
    if (v.api.length) out = { ...out, api: v.api.map((r) => ({ root: r.root, path: [...r.path, 'M:*'] })).slice(0, 4) };
    if (key) {
      const markers = deepFacts(key)
        .filter((f) => (f.flags & FLAG_DYNREAD) === 0)
        .map((f) => ({ ...f, flags: f.flags | FLAG_DYNREAD, trace: addStep(f.trace, { file: this.file, loc, note: 'used as a property name' }) }));
      if (markers.length) out = { ...out, facts: joinFacts(out.facts, markers) };
    }
    return out;
  }

  readPath(v: Value, path: readonly string[], loc: Loc, text: string): Value {
    let cur = v;
    for (const seg of path) cur = seg === '*' ? this.readDynamic(cur, undefined, loc) : this.readField(cur, seg, loc, `${text}.${seg}`);
    return cur;
  }

  /** Strong update of `v.path = nv` up to the field depth bound; deeper writes taint the container. */
  writePath(v: Value, path: readonly string[], nv: Value, depth = 0): Value {
    const [head, ...rest] = path;
    if (head === undefined) return nv;
    if (depth >= 3 || head === '*') {
      // The container now holds attacker data, but it was not itself reached through an attacker key.
      const facts = joinFacts(v.facts, deepFacts(nv).filter((f) => (f.flags & FLAG_DYNREAD) === 0));
      return { ...v, facts };
    }
    const fields = new Map(v.fields);
    const old = fields.get(head) ?? EMPTY;
    fields.set(head, rest.length ? this.writePath(old, rest, nv, depth + 1) : nv);
    return withFields(v, fields);
  }

  /** Weak update (join) used for writes whose target is not certain (effects of callees). */
  joinPath(v: Value, path: readonly string[], nv: Value): Value {
    const old = this.readPath(v, path, { line: 0, col: 0, endLine: 0, endCol: 0 }, '');
    return this.writePath(v, path, join(old, nv));
  }
}
