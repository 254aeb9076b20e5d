import { getHeapStatistics } from 'node:v8';
import { buildCfg } from '../cfg/cfg-build';
import type { Cfg } from '../cfg/cfg.types';
import type { ClassDef, FnId, IrFunction, IrModule } from '../ir/ir.types';
import { EMPTY, equals, join, mk, withFields, type Value } from '../dataflow/value';

function statesEqual(a: Map<string, Value>, b: Map<string, Value>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w || !equals(v, w)) return false;
  }
  return true;
}
import { BudgetExceeded, type AnalysisHost, type NameSink, type SinkHit } from './analysis-host';
import { FunctionAnalyzer } from './function-analyzer';
import { libraryEntryPoints } from './library-mode';
import type { LangModels, ModelIndex } from './model-index';
import type { ModuleResolver } from './module-resolve';
import { emptySummary, sameSummary, type Summary } from './summary';
import { ValueOps } from './value-ops';

const MAX_ROUNDS = 4;

export interface ProgramOptions {
  models: ModelIndex;
  nameSinks: NameSink[];
  resolver: ModuleResolver;
  report: (hit: SinkHit) => void;
  fileBudgetMs: number;
  /** Whole-program budget: past it no further function is analysed (see NOTE(scan-budget)). */
  totalBudgetMs?: number | undefined;
  /** Heap growth budget of this thread in bytes during the analysis, checked the same way. */
  heapBudgetBytes?: number | undefined;
  libraryMode: boolean;
  signal: AbortSignal | undefined;
  onFunction?: (() => void) | undefined;
}

/**
 * Whole-program driver: demand-driven function summaries, module values across files, and a few
 * global rounds so recursion, module state and cross-file imports reach a fixpoint.
 */
export class TaintProgram implements AnalysisHost {
  private readonly fnIndex = new Map<FnId, { fn: IrFunction; module: IrModule }>();
  private readonly classIndex = new Map<number, ClassDef>();
  private readonly byFile = new Map<string, IrModule>();
  private readonly cfgs = new Map<FnId, Cfg>();
  private summaries = new Map<FnId, Summary>();
  private prevSummaries = new Map<FnId, Summary>();
  private readonly inProgress = new Set<FnId>();
  private moduleStates = new Map<string, Map<string, Value>>();
  private prevModuleStates = new Map<string, Map<string, Value>>();
  private readonly liveModules = new Map<string, FunctionAnalyzer>();
  private exportsCache = new Map<string, Value>();
  private prevExports = new Map<string, Value>();
  private readonly exportsInProgress = new Set<string>();
  private readonly staticBindings = new Map<string, Map<string, Value>>();
  /** Module-level names written from inside functions, accumulated over rounds. */
  private readonly moduleWrites = new Map<string, Map<string, Value>>();
  readonly timedOut = new Map<string, number>();
  readonly sinkSites = new Map<string, boolean>();
  private readonly fileTime = new Map<string, number>();
  private readonly timers: { file: string; start: number }[] = [];
  readonly nameSinks: NameSink[];
  functionsAnalysed = 0;
  /**
   * NOTE(incremental-rounds): a later round reuses a function's summary when it was not computed
   * from provisional data (a summary or module state still in progress) and none of the summaries
   * and module states it read changed; only the rest is re-analysed.
   */
  private round = 0;
  private readonly stack: FnId[] = [];
  private deps = new Map<FnId, Set<FnId>>();
  private fileDeps = new Map<FnId, Set<string>>();
  private provisional = new Set<FnId>();
  private prevDeps = new Map<FnId, Set<FnId>>();
  private prevFileDeps = new Map<FnId, Set<string>>();
  private prevProvisional = new Set<FnId>();
  private changedThisRound = 0;

  constructor(
    readonly modules: IrModule[],
    private readonly opts: ProgramOptions,
  ) {
    this.nameSinks = opts.nameSinks;
    for (const m of modules) {
      this.byFile.set(m.file, m);
      for (const fn of m.functions.values()) this.fnIndex.set(fn.id, { fn, module: m });
      for (const c of m.classes) this.classIndex.set(c.id, c);
      this.staticBindings.set(m.file, this.computeStaticBindings(m));
    }
  }

  /** Async only to yield to the event loop now and then, so an AbortSignal fired elsewhere is seen. */
  /**
   * NOTE(scan-budget): per-file budgets bound each file, not their sum; code where every file is
   * slow but under budget (graphql, large bundles) could run for many minutes. Past the total
   * budget the analysis stops between functions and keeps what it reported so far.
   */
  budgetExhausted = false;

  async run(): Promise<void> {
    const deadline = performance.now() + (this.opts.totalBudgetMs ?? Number.POSITIVE_INFINITY);
    // Growth over the heap at the start: a long-lived process carries uncollected garbage from
    // earlier scans in `used_heap_size`, which must not cut this analysis short.
    const heapLimit = getHeapStatistics().used_heap_size + (this.opts.heapBudgetBytes ?? Number.POSITIVE_INFINITY);
    let checks = 0;
    // Heap statistics cost a few microseconds: sample them every 32 functions.
    const over = (): boolean =>
      (this.budgetExhausted ||= performance.now() > deadline || ((++checks & 31) === 0 && getHeapStatistics().used_heap_size > heapLimit));
    let lastYield = performance.now();
    const maybeYield = async (): Promise<void> => {
      if (performance.now() - lastYield < 50) return;
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
      if (this.opts.signal?.aborted) throw this.opts.signal.reason instanceof Error ? this.opts.signal.reason : new Error('scan aborted');
    };
    for (let round = 0; round < MAX_ROUNDS; round++) {
      this.round = round;
      this.prevSummaries = this.summaries;
      this.summaries = new Map();
      this.prevModuleStates = this.moduleStates;
      this.moduleStates = new Map();
      this.prevExports = this.exportsCache;
      this.exportsCache = new Map();
      this.prevDeps = this.deps;
      this.prevFileDeps = this.fileDeps;
      this.prevProvisional = this.provisional;
      this.deps = new Map();
      this.fileDeps = new Map();
      this.provisional = new Set();
      this.changedThisRound = 0;
      for (const m of this.modules) {
        if (over()) return;
        this.summary(m.init);
        await maybeYield();
      }
      for (const id of this.fnIndex.keys()) {
        if (over()) return;
        this.summary(id);
        await maybeYield();
      }
      if (this.opts.libraryMode && (round === 0 || this.changedThisRound > 0)) libraryEntryPoints(this);
      if (round > 0 && this.changedThisRound === 0 && this.provisional.size === 0) break;
    }
  }

  private addDep(caller: FnId, callee: FnId): void {
    let s = this.deps.get(caller);
    if (!s) this.deps.set(caller, (s = new Set()));
    s.add(callee);
  }

  private noteFileRead(file: string, final: boolean): void {
    const caller = this.stack[this.stack.length - 1];
    if (caller === undefined) return;
    let s = this.fileDeps.get(caller);
    if (!s) this.fileDeps.set(caller, (s = new Set()));
    s.add(file);
    const own = this.fnIndex.get(caller)?.module.file === file && this.fnIndex.get(caller)?.fn.isModuleInit;
    if (!final && !own) this.provisional.add(caller);
  }

  /** See NOTE(incremental-rounds). */
  private canReuse(id: FnId): boolean {
    const prev = this.prevSummaries.get(id);
    if (!prev || this.prevProvisional.has(id)) return false;
    for (const dep of this.prevDeps.get(id) ?? []) {
      if (this.inProgress.has(dep)) return false;
      const now = this.summary(dep);
      const before = this.prevSummaries.get(dep);
      if (!before || !sameSummary(now, before)) return false;
    }
    for (const file of this.prevFileDeps.get(id) ?? []) {
      const m = this.byFile.get(file);
      if (!m) continue;
      if (m.init !== id) {
        if (this.inProgress.has(m.init)) return false;
        this.summary(m.init);
      }
      const a = this.prevModuleStates.get(file);
      const b = this.moduleStates.get(file);
      if (m.init !== id && (!a || !b || !statesEqual(a, b))) return false;
    }
    return true;
  }

  fnInfo(id: FnId): { fn: IrFunction; module: IrModule } | undefined {
    return this.fnIndex.get(id);
  }

  classDef(id: number): ClassDef | undefined {
    return this.classIndex.get(id);
  }

  /** Java classes by fully qualified name (package + simple name; nested classes by their simple name too). */
  private javaIndex: Map<string, { file: string; name: string }[]> | undefined;

  /**
   * NOTE(java-cha): an interface stands for the scanned classes implementing it (class hierarchy
   * analysis, at most 4), so a call through an injected interface-typed field reaches them.
   */
  javaClass(fqn: string): Value | undefined {
    if (!this.javaIndex) {
      const own = new Map<string, { file: string; name: string }[]>();
      const impls = new Map<string, { file: string; name: string }[]>();
      const interfaces = new Set<string>();
      for (const m of this.byFile.values()) {
        if (m.language !== 'java') continue;
        const q = (n: string): string => (m.javaPackage ? `${m.javaPackage}.${n}` : n);
        for (const e of m.exports) own.set(q(e.name), [{ file: m.file, name: e.name }]);
        for (const i of m.javaInterfaces ?? []) interfaces.add(q(i));
        for (const [cls, supers] of m.javaImplements ?? []) for (const s of supers) impls.set(s, [...(impls.get(s) ?? []), { file: m.file, name: cls }]);
      }
      for (const i of interfaces) {
        const list = impls.get(i);
        if (list?.length) own.set(i, list.slice(0, 4));
      }
      this.javaIndex = own;
    }
    const hits = this.javaIndex.get(fqn);
    if (!hits) return undefined;
    let out: Value | undefined;
    for (const h of hits) {
      const v = this.exportsOf(h.file).fields?.get(h.name);
      if (v) out = out ? join(out, v) : v;
    }
    return out;
  }

  models(module: IrModule): LangModels {
    return this.opts.models.forLanguage(module.language);
  }

  report(hit: SinkHit): void {
    if (!this.timedOut.has(hit.file)) this.opts.report(hit);
  }

  noteSink(kind: string, file: string, loc: { line: number; col: number }, tainted: boolean): void {
    const key = `${kind}:${file}:${loc.line}:${loc.col}`;
    if (tainted || !this.sinkSites.has(key)) this.sinkSites.set(key, tainted || (this.sinkSites.get(key) ?? false));
  }

  cfg(id: FnId): Cfg {
    let c = this.cfgs.get(id);
    if (!c) {
      c = buildCfg(this.fnIndex.get(id)?.fn.body ?? []);
      this.cfgs.set(id, c);
    }
    return c;
  }

  summary(id: FnId): Summary {
    const caller = this.stack[this.stack.length - 1];
    if (caller !== undefined && caller !== id) this.addDep(caller, id);
    const cached = this.summaries.get(id);
    if (cached) return cached;
    const info = this.fnIndex.get(id);
    if (!info) return emptySummary(id);
    const file = info.module.file;
    if (this.timedOut.has(file)) return emptySummary(id);
    if (this.inProgress.has(id)) {
      if (caller !== undefined) this.provisional.add(caller);
      return this.prevSummaries.get(id) ?? emptySummary(id);
    }
    this.inProgress.add(id);
    this.stack.push(id);
    this.pauseTimer();
    this.timers.push({ file, start: performance.now() });
    try {
      if (this.round > 0 && this.canReuse(id)) {
        const prev = this.prevSummaries.get(id)!;
        this.summaries.set(id, prev);
        for (const f of this.prevFileDeps.get(id) ?? []) this.noteFileRead(f, true);
        if (info.fn.isModuleInit) {
          const st = this.prevModuleStates.get(file);
          if (st) this.moduleStates.set(file, st);
        }
        return prev;
      }
      const analyzer = new FunctionAnalyzer(info.fn, info.module, this, emptySummary(id));
      if (info.fn.isModuleInit) this.liveModules.set(file, analyzer);
      const s = analyzer.run();
      if (info.fn.isModuleInit) {
        this.moduleStates.set(file, analyzer.exitState);
        const before = this.prevModuleStates.get(file);
        if (!before || !statesEqual(before, analyzer.exitState)) this.changedThisRound++;
      }
      const before = this.prevSummaries.get(id);
      if (!before || !sameSummary(before, s)) this.changedThisRound++;
      this.summaries.set(id, s);
      this.functionsAnalysed++;
      this.opts.onFunction?.();
      return s;
    } catch (err) {
      if (!(err instanceof BudgetExceeded)) throw err;
      this.timedOut.set(err.file, err.spentMs);
      const s = emptySummary(id);
      this.summaries.set(id, s);
      return s;
    } finally {
      this.inProgress.delete(id);
      this.stack.pop();
      if (info.fn.isModuleInit) this.liveModules.delete(file);
      const t = this.timers.pop();
      if (t) this.fileTime.set(t.file, (this.fileTime.get(t.file) ?? 0) + performance.now() - t.start);
      const parent = this.timers[this.timers.length - 1];
      if (parent) parent.start = performance.now();
    }
  }

  private pauseTimer(): void {
    const t = this.timers[this.timers.length - 1];
    if (!t) return;
    const now = performance.now();
    this.fileTime.set(t.file, (this.fileTime.get(t.file) ?? 0) + now - t.start);
    t.start = now;
  }

  private checks = 0;
  checkBudget(file: string): void {
    if ((++this.checks & 63) !== 0) return;
    if (this.opts.signal?.aborted) throw this.opts.signal.reason instanceof Error ? this.opts.signal.reason : new Error('scan aborted');
    const t = this.timers[this.timers.length - 1];
    if (!t) return;
    const spent = (this.fileTime.get(t.file) ?? 0) + performance.now() - t.start;
    if (spent > this.opts.fileBudgetMs) throw new BudgetExceeded(t.file, spent);
  }

  moduleVar(module: IrModule, name: string): Value | undefined {
    if (module.imports.some((b) => b.local === name)) return this.importValue(module, name);
    this.noteFileRead(module.file, this.moduleStates.has(module.file));
    const live = this.liveModules.get(module.file);
    const st = this.moduleStates.get(module.file) ?? live?.state ?? this.prevModuleStates.get(module.file);
    const v = st?.get(name) ?? this.prevModuleStates.get(module.file)?.get(name) ?? this.staticBindings.get(module.file)?.get(name);
    const written = this.moduleWrites.get(module.file)?.get(name);
    return written ? (v ? join(v, written) : written) : v;
  }

  writeModuleVar(module: IrModule, name: string, path: readonly string[], value: Value): void {
    // Symbolic facts of the writing function mean nothing at module level.
    const concrete: Value = { ...value, facts: value.facts.filter((f) => f.o.t === 'src') };
    let file = this.moduleWrites.get(module.file);
    if (!file) this.moduleWrites.set(module.file, (file = new Map()));
    const ops = new ValueOps(this.models(module), module.file);
    const old = file.get(name) ?? EMPTY;
    const next = path.length ? ops.joinPath(old, path, concrete) : join(old, concrete);
    if (!equals(old, next)) {
      file.set(name, next);
      this.changedThisRound++;
    }
  }

  private externalApi(module: IrModule, spec: string, member: string | undefined): Value {
    const clean = spec.startsWith('node:') ? spec.slice(5) : spec;
    const parts = module.language === 'python' ? clean.split('.') : [clean];
    const path = [...parts.slice(1), ...(member && member !== '*' && member !== 'default' ? [member] : [])];
    const ops = new ValueOps(this.models(module), module.file);
    let v: Value = mk({ api: [{ root: parts[0]!, path: [] }] });
    for (const m of path) v = ops.readField(v, m, { line: 0, col: 0, endLine: 0, endCol: 0 }, `${clean}.${m}`);
    return v;
  }

  importValue(module: IrModule, name: string): Value | undefined {
    const b = module.imports.find((i) => i.local === name);
    if (!b) return undefined;
    const r = this.opts.resolver;
    if (module.language === 'python') {
      const target = r.resolvePython(module.file, b.module, b.level);
      if (b.imported === '*') return target ? this.exportsOf(target) : this.externalApi(module, b.module, undefined);
      if (target) {
        const ex = this.exportsOf(target);
        const field = ex.fields?.get(b.imported);
        if (field) return field;
        const sub = r.resolvePython(module.file, b.module ? `${b.module}.${b.imported}` : b.imported, b.level);
        return sub ? this.exportsOf(sub) : EMPTY;
      }
      return this.externalApi(module, b.module, b.imported);
    }
    const target = r.resolveJs(module.file, b.module);
    if (!target) return this.externalApi(module, b.module, b.imported);
    const ex = this.exportsOf(target);
    if (b.imported === '*') return ex;
    if (b.imported === 'default') return ex.fields?.get('default') ?? ex;
    return ex.fields?.get(b.imported) ?? (ex.facts.length ? mk({ facts: ex.facts }) : EMPTY);
  }

  requireValue(module: IrModule, spec: string, level: number): Value {
    const target = module.language === 'python' ? this.opts.resolver.resolvePython(module.file, spec, level) : this.opts.resolver.resolveJs(module.file, spec);
    return target ? this.exportsOf(target) : this.externalApi(module, spec, undefined);
  }

  exportsOf(file: string): Value {
    const cached = this.exportsCache.get(file);
    this.noteFileRead(file, !!cached || this.moduleStates.has(file));
    if (cached) return cached;
    const module = this.byFile.get(file);
    if (!module) return EMPTY;
    if (this.exportsInProgress.has(file)) return this.prevExports.get(file) ?? withFields(EMPTY, new Map(this.staticBindings.get(file)));
    this.exportsInProgress.add(file);
    try {
      if (!this.inProgress.has(module.init)) this.summary(module.init);
      const st = new Map(this.moduleStates.get(file) ?? this.liveModules.get(file)?.state ?? new Map<string, Value>());
      for (const [name, v] of this.moduleWrites.get(file) ?? []) {
        const cur = st.get(name);
        st.set(name, cur ? join(cur, v) : v);
      }
      const value = module.language === 'python' ? this.pythonExports(module, st) : this.jsExports(module, st);
      if (!this.inProgress.has(module.init)) this.exportsCache.set(file, value);
      return value;
    } finally {
      this.exportsInProgress.delete(file);
    }
  }

  private jsExports(module: IrModule, st: Map<string, Value>): Value {
    const cjs = st.get('module')?.fields?.get('exports');
    let value: Value = module.hasCjsExports && cjs ? cjs : withFields(EMPTY, new Map());
    if (module.exports.length === 0) return value;
    const fields = new Map(value.fields);
    for (const e of module.exports) {
      if (e.from !== undefined) {
        const target = this.opts.resolver.resolveJs(module.file, e.from);
        const sub = target ? this.exportsOf(target) : this.externalApi(module, e.from, undefined);
        if (e.name === '*') for (const [k, v] of sub.fields ?? []) fields.set(k, v);
        else fields.set(e.name, e.imported === '*' ? sub : (sub.fields?.get(e.imported ?? e.name) ?? EMPTY));
      } else if (e.local) fields.set(e.name, st.get(e.local) ?? this.moduleVar(module, e.local) ?? EMPTY);
    }
    value = withFields(value, fields);
    return value;
  }

  private pythonExports(module: IrModule, st: Map<string, Value>): Value {
    const fields = new Map<string, Value>();
    for (const name of module.moduleLocals) {
      const v = st.get(name) ?? this.moduleVar(module, name);
      if (v) fields.set(name, v);
    }
    if (module.file.endsWith('__init__.py')) {
      for (const sub of this.opts.resolver.pythonSubmodules(module.file)) if (!fields.has(sub.name)) fields.set(sub.name, this.exportsOf(sub.file));
    }
    return withFields(EMPTY, fields);
  }

  /** Functions and classes bound at module level, known before the module body is analysed. */
  private computeStaticBindings(m: IrModule): Map<string, Value> {
    const out = new Map<string, Value>();
    const init = m.functions.get(m.init);
    for (const s of init?.body ?? []) {
      if (s.k !== 'expr' || s.e.k !== 'assign' || s.e.target.k !== 'name') continue;
      const v = s.e.value;
      if (v.k === 'fn') out.set(s.e.target.name, mk({ fns: [{ fn: v.id, env: undefined, bound: undefined, isClass: false }] }));
      else if (v.k === 'class') {
        const proto = new Map<string, Value>();
        for (const meth of v.cls.methods) if (!meth.isStatic) proto.set(meth.name, mk({ fns: [{ fn: meth.fn, env: undefined, bound: undefined, isClass: false }] }));
        out.set(s.e.target.name, withFields(mk({ fns: [{ fn: v.cls.ctor ?? -1, env: undefined, bound: undefined, isClass: true }] }), new Map([['prototype', withFields(EMPTY, proto)]])));
      }
    }
    return out;
  }

  /** Exposed for library mode: a scratch analyzer in a module's context to apply summaries with. */
  entryAnalyzer(module: IrModule): FunctionAnalyzer {
    const init = module.functions.get(module.init)!;
    return new FunctionAnalyzer(init, module, this, emptySummary(init.id));
  }
}
