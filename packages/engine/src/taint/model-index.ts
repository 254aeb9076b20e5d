import type { Language } from '../ir/ir.types';
import { compilePattern, type CompiledPattern } from '../match/pattern';
import type { ParserPool } from '../parse/parser-pool';
import type { ModelSet, PatternConstraint, PatternModel, WherePredicate } from '../rule-schema/model.schema';
import { matchesExactly, parsePath, splitCallPosition, lastMemberNames, type TokenMatcher } from './api-path';
import type { ApiRef } from '../dataflow/value';

export type LangFamily = 'js' | 'python' | 'java';

export function familyOf(lang: Language): LangFamily {
  return lang === 'python' || lang === 'java' ? lang : 'js';
}

export interface CallRow {
  origin: string;
  root: string;
  callee: TokenMatcher[];
  position: TokenMatcher | undefined;
  sub: string[][];
  kinds: string[];
  label: string | undefined;
  where: [TokenMatcher[], WherePredicate][];
  /** Propagators only. */
  input?: TokenMatcher[] | undefined;
  output?: TokenMatcher[] | undefined;
  /** Propagators: the output is a regex compiled from the (constant) input string. */
  asRegex?: boolean | undefined;
}

export interface ValueRow {
  root: string;
  path: TokenMatcher[];
  kind: string;
  label: string | undefined;
}

export interface TypeRule {
  root: string;
  path: TokenMatcher[];
  name: string;
  paramName: RegExp | undefined;
}

export interface PatternRule {
  pattern: CompiledPattern;
  role: PatternModel['role'];
  focus: string | undefined;
  kinds: string[];
  where: Record<string, PatternConstraint>;
  branch: boolean;
  label: string | undefined;
}

/** All models of one language family, indexed for the lookups the evaluator does at every call and read. */
export class LangModels {
  readonly sources = new Map<string, ValueRow[]>();
  readonly types = new Map<string, TypeRule[]>();
  /** `package: '*'` type rows that name callback parameters (`(req, res) => ...` passed to `.get`). */
  readonly starCallbackTypes: TypeRule[] = [];
  /** `package: '*'` type rows that type any function parameter by its name. */
  readonly paramNameTypes: { index: TokenMatcher; name: string; paramName: RegExp }[] = [];
  readonly calls = { sink: new Map<string, CallRow[]>(), sanitizer: new Map<string, CallRow[]>(), propagator: new Map<string, CallRow[]>() };
  /** `package: '*'` call rows indexed by the method name. */
  readonly starCalls = { sink: new Map<string, CallRow[]>(), sanitizer: new Map<string, CallRow[]>(), propagator: new Map<string, CallRow[]>() };
  /** `package: '*'` sources on call results (`cursor.fetchall()`), by method name. */
  readonly starCallSources = new Map<string, ValueRow[]>();
  /** Property-write sinks (`el.innerHTML = x`) by property name. */
  readonly writeSinks = new Map<string, CallRow[]>();
  /** Property reads that never carry taint (`.length`). */
  readonly readBarriers = new Set<string>();
  /** `package: '*'` source rows on plain property reads (rare; e.g. `event.data` of message handlers is typed instead). */
  readonly patterns: PatternRule[] = [];
  readonly patternsByAnchor = new Map<string, PatternRule[]>();
  readonly unanchoredPatterns: PatternRule[] = [];

  addPattern(p: PatternRule): void {
    this.patterns.push(p);
    if (p.pattern.anchor) {
      const list = this.patternsByAnchor.get(p.pattern.anchor) ?? [];
      list.push(p);
      this.patternsByAnchor.set(p.pattern.anchor, list);
    } else this.unanchoredPatterns.push(p);
  }

  sourcesFor(ref: ApiRef): ValueRow[] {
    const rows = this.sources.get(ref.root);
    if (!rows) return [];
    return rows.filter((r) => matchesExactly(r.path, ref.path));
  }

  typesFor(ref: ApiRef): string[] {
    const rows = this.types.get(ref.root);
    if (!rows) return [];
    return rows.filter((r) => !r.paramName && matchesExactly(r.path, ref.path)).map((r) => r.name);
  }

  callRows(kind: 'sink' | 'sanitizer' | 'propagator', ref: ApiRef): CallRow[] {
    const rows = this.calls[kind].get(ref.root);
    if (!rows) return [];
    return rows.filter((r) => matchesExactly(r.callee, ref.path));
  }
}

function rootOf(row: { package?: string | undefined; type?: string | undefined }, family: LangFamily): { root: string; prefix: string[] } {
  if (row.type !== undefined) return { root: `type:${row.type}`, prefix: [] };
  let pkg = row.package ?? '*';
  if (pkg.startsWith('node:')) pkg = pkg.slice(5);
  if (family === 'python' && pkg !== '*' && pkg.includes('.')) {
    const [head, ...rest] = pkg.split('.');
    return { root: head!, prefix: rest.map((m) => `Member[${m}]`) };
  }
  return { root: pkg, prefix: [] };
}

function compileRowPath(row: { path: string; package?: string | undefined; type?: string | undefined }, family: LangFamily): { root: string; matchers: TokenMatcher[] } {
  const { root, prefix } = rootOf(row, family);
  const full = [...prefix, row.path].filter(Boolean).join('.');
  return { root, matchers: parsePath(full) };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export class ModelIndex {
  private readonly byFamily = new Map<LangFamily, LangModels>([
    ['js', new LangModels()],
    ['python', new LangModels()],
    ['java', new LangModels()],
  ]);

  forLanguage(lang: Language): LangModels {
    return this.byFamily.get(familyOf(lang))!;
  }

  static async build(sets: { origin: string; set: ModelSet }[], pool: ParserPool): Promise<ModelIndex> {
    const idx = new ModelIndex();
    for (const { origin, set } of sets) await idx.add(origin, set, pool);
    return idx;
  }

  private familiesFor(rowLang: Language | undefined, setLang: Language | undefined): LangFamily[] {
    const l = rowLang ?? setLang;
    return l ? [familyOf(l)] : ['js', 'python'];
  }

  async add(origin: string, set: ModelSet, pool: ParserPool): Promise<void> {
    const where = (w: Record<string, WherePredicate> | undefined): [TokenMatcher[], WherePredicate][] =>
      Object.entries(w ?? {}).map(([k, v]) => [k === 'self' ? [] : parsePath(k), v]);
    for (const r of set.sources ?? []) {
      for (const fam of this.familiesFor(r.language, set.language)) {
        const { root, matchers } = compileRowPath(r, fam);
        const m = this.byFamily.get(fam)!;
        const [first, second] = matchers;
        if (root === '*' && matchers.length === 2 && first?.k === 'M' && first.names && second?.k === 'R') {
          for (const n of first.names) push(m.starCallSources, n, { root, path: matchers, kind: r.kind, label: r.label });
        } else push(m.sources, root, { root, path: matchers, kind: r.kind, label: r.label });
      }
    }
    for (const r of set.types ?? []) {
      for (const fam of this.familiesFor(r.language, set.language)) {
        const m = this.byFamily.get(fam)!;
        const { root, matchers } = compileRowPath(r, fam);
        const rule: TypeRule = { root, path: matchers, name: `type:${r.name}`, paramName: r.paramName ? new RegExp(r.paramName) : undefined };
        if (root === '*' && matchers.length === 1 && matchers[0]!.k === 'P' && rule.paramName) {
          m.paramNameTypes.push({ index: matchers[0]!, name: rule.name, paramName: rule.paramName });
        } else if (root === '*') m.starCallbackTypes.push(rule);
        else push(m.types, root, rule);
      }
    }
    const callKinds = [
      ['sink', set.sinks ?? []],
      ['sanitizer', set.sanitizers ?? []],
      ['propagator', set.propagators ?? []],
    ] as const;
    for (const [kind, rows] of callKinds) {
      for (const r of rows) {
        for (const fam of this.familiesFor(r.language, set.language)) {
          const m = this.byFamily.get(fam)!;
          const { root, matchers } = compileRowPath(r, fam);
          const split = splitCallPosition(matchers);
          const rowKinds = 'kind' in r ? (Array.isArray(r.kind) ? r.kind : [r.kind]) : [];
          const row: CallRow = {
            origin,
            root,
            callee: split.callee,
            position: split.position,
            sub: split.sub,
            kinds: rowKinds,
            label: 'label' in r ? r.label : undefined,
            where: where(r.where),
            input: 'input' in r ? parsePath(r.input) : undefined,
            output: 'output' in r ? parsePath(r.output) : undefined,
            asRegex: 'asRegex' in r ? r.asRegex : undefined,
          };
          const isCall = split.callee.some((t) => t.k === 'R') || split.position !== undefined || kind === 'propagator' || /ReturnValue$|Instance$/.test(r.path);
          if (!isCall && kind === 'sink') {
            // A path ending in a member is a property-write sink.
            const last = split.callee[split.callee.length - 1];
            const names = last?.k === 'M' ? (last.names ? [...last.names] : ['*']) : [];
            for (const n of names) push(m.writeSinks, n, { ...row, callee: split.callee.slice(0, -1) });
            continue;
          }
          if (!isCall && kind === 'sanitizer' && root === '*') {
            for (const n of lastMemberNames(split.callee) ?? []) m.readBarriers.add(n);
            continue;
          }
          // Sanitizer rows name the call result (`...ReturnValue`); index them by the callee part.
          if (kind === 'sanitizer' && row.callee[row.callee.length - 1]?.k === 'R') row.callee = row.callee.slice(0, -1);
          if (root === '*') {
            for (const n of lastMemberNames(row.callee) ?? []) push(m.starCalls[kind], n, row);
          } else push(m.calls[kind], root, row);
        }
      }
    }
    for (const p of set.patterns ?? []) {
      const lang = p.language ?? set.language;
      const langs: Language[] = lang ? [lang] : ['javascript', 'python'];
      for (const l of langs) {
        const compiled = await compilePattern(pool, p.pattern, l);
        this.forLanguage(l).addPattern({
          pattern: compiled,
          role: p.role,
          focus: p.focus,
          kinds: Array.isArray(p.kind) ? p.kind : [p.kind],
          where: p.where ?? {},
          branch: p.branch ?? true,
          label: p.label,
        });
      }
    }
  }
}
