import type { ClassDef, Expr, IrFunction, IrModule, Loc, Pattern } from '../ir/ir.types';
import {
  CALL_RESULT_BASE,
  EMPTY,
  FLAG_DYNREAD,
  THIS_PARAM,
  addStep,
  constValue,
  deepFacts,
  join,
  joinAll,
  mk,
  numericFacts,
  sanitizeFacts,
  taintOnly,
  withFields,
  withStep,
  type FnRef,
  type Value,
} from '../dataflow/value';
import type { AnalysisHost } from './analysis-host';
import { foldBinary, foldUnary, truthiness } from './const-fold';
import type { LangModels } from './model-index';
import type { Summary } from './summary';
import { FLAG_DERIVED, ValueOps } from './value-ops';
import { wherePredicate } from './where';

/** Evaluates IR expressions over the abstract state of one function; calls are delegated to the subclass. */
export abstract class ExprEvaluator {
  state = new Map<string, Value>();
  protected readonly ops: ValueOps;
  protected readonly models: LangModels;
  protected readonly memo = new Map<Expr, Value>();
  protected retVal: Value = EMPTY;

  constructor(
    readonly fn: IrFunction,
    readonly module: IrModule,
    protected readonly host: AnalysisHost,
    readonly summary: Summary,
  ) {
    this.models = host.models(module);
    this.ops = new ValueOps(this.models, module.file);
  }

  protected abstract evalCall(e: Extract<Expr, { k: 'call' }>): Value;
  /** Reading an accessor property runs the getter with the object as receiver. */
  protected abstract readGetter(obj: Value, accessor: Value, loc: Loc): Value;
  protected abstract sinkEvent(kind: string, v: Value, loc: Loc, label: string, ppBase?: Value): void;

  text(loc: Loc): string {
    const lines = this.module.lines;
    if (loc.line === loc.endLine) return (lines[loc.line - 1] ?? '').slice(loc.col - 1, loc.endCol - 1);
    return `${(lines[loc.line - 1] ?? '').slice(loc.col - 1)}…`;
  }

  protected step(v: Value, loc: Loc, note: string): Value {
    return withStep(v, { file: this.module.file, loc, note });
  }

  symbolic(origin: { t: 'param'; index: number } | { t: 'cap'; name: string }, loc: Loc, note: string): Value {
    const o = origin.t === 'param' ? { t: 'param' as const, fn: this.fn.id, index: origin.index, path: [] } : { t: 'cap' as const, fn: this.fn.id, name: origin.name, path: [] };
    return mk({ facts: [{ o, san: '', flags: 0, trace: addStep(undefined, { file: this.module.file, loc, note }) }] });
  }

  lookup(name: string, loc: Loc): Value {
    const refined = this.state.get(name);
    if (refined && !this.fn.locals.has(name)) return refined;
    if (this.fn.locals.has(name)) {
      const v = refined;
      if (v) return v;
      if (this.fn.isModuleInit) return this.host.importValue(this.module, name) ?? this.host.moduleVar(this.module, name) ?? EMPTY;
      return EMPTY;
    }
    if (this.fn.freeVars.includes(name)) {
      const decl = this.enclosingFunctionDecl(name);
      if (decl !== undefined) return mk({ fns: [{ fn: decl, env: undefined, bound: undefined, isClass: false }] });
      return this.symbolic({ t: 'cap', name }, loc, `captured variable ${name}`);
    }
    const mv = this.host.moduleVar(this.module, name);
    if (mv) return mv;
    if (this.fn.name === name) return mk({ fns: [{ fn: this.fn.id, env: undefined, bound: undefined, isClass: false }] });
    const ext = this.ops.extendApi([{ root: 'global', path: [] }], `M:${name}`, loc, name);
    return mk({ api: ext.api, facts: ext.facts });
  }

  /** A captured name bound by a function declaration in the enclosing function that declares it. */
  private enclosingFunctionDecl(name: string): number | undefined {
    let p = this.fn.parent === undefined ? undefined : this.host.fnInfo(this.fn.parent)?.fn;
    while (p && !p.isModuleInit) {
      if (p.locals.has(name)) return p.fnDecls?.get(name);
      p = p.parent === undefined ? undefined : this.host.fnInfo(p.parent)?.fn;
    }
    return undefined;
  }

  protected thisValue(loc: Loc): Value {
    if (this.fn.thisMode === 'js') return this.state.get('this') ?? EMPTY;
    if (this.fn.freeVars.includes('this')) return this.symbolic({ t: 'cap', name: 'this' }, loc, 'this');
    return EMPTY;
  }

  evalExpr(e: Expr): Value {
    const v = this.evalInner(e);
    this.memo.set(e, v);
    return v;
  }

  private evalInner(e: Expr): Value {
    switch (e.k) {
      case 'lit':
        return constValue(e.v);
      case 'regex':
        return mk({ regex: { source: e.source, flags: e.flags } });
      case 'name':
        return this.lookup(e.name, e.loc);
      case 'this':
        return this.thisValue(e.loc);
      case 'super':
        return this.superValue(e.loc);
      case 'member': {
        const obj = this.evalExpr(e.obj);
        const v = this.ops.readField(obj, e.prop, e.loc, this.text(e.loc));
        return v.fns.some((r) => r.getter) ? this.readGetter(obj, v, e.loc) : v;
      }
      case 'index': {
        const obj = this.evalExpr(e.obj);
        const idx = this.evalExpr(e.index);
        if (idx.hasConst && (typeof idx.konst === 'string' || typeof idx.konst === 'number')) return this.ops.readField(obj, String(idx.konst), e.loc, this.text(e.loc));
        return this.ops.readDynamic(obj, idx, e.loc);
      }
      case 'call':
        this.host.checkBudget(this.module.file);
        return this.evalCall(e);
      case 'concat':
        return this.concat(e.parts.map((p) => this.evalExpr(p)));
      case 'op': {
        const args = e.args.map((a) => this.evalExpr(a));
        const folded = args.length === 1 ? foldUnary(e.op, args[0]!) : args.length === 2 ? foldBinary(e.op, args[0]!, args[1]!) : undefined;
        if (folded) return folded;
        const facts = numericFacts(args.flatMap((a) => deepFacts(a)));
        // An unfolded result is unknown, not "no value": EMPTY would let a loop counter stay constant.
        return mk({ facts: facts.slice(0, 12) });
      }
      case 'logical':
        return this.logical(e.op, this.evalExpr(e.left), e.right);
      case 'cond': {
        const t = truthiness(this.evalExpr(e.test));
        if (t === true) return this.evalExpr(e.then);
        if (t === false) return this.evalExpr(e.else);
        return join(this.evalExpr(e.then), this.evalExpr(e.else));
      }
      case 'obj':
        return this.object(e);
      case 'arr': {
        const fields = new Map<string, Value>();
        let facts = mk({});
        e.elems.forEach((el, i) => {
          const v = this.evalExpr(el.k === 'spread' ? el.arg : el);
          if (el.k === 'spread') facts = join(facts, taintOnly(v, true));
          else fields.set(String(i), v);
        });
        return withFields(facts, fields);
      }
      case 'spread':
      case 'kwspread':
      case 'await':
        return this.evalExpr(e.arg);
      case 'kwarg':
        return this.evalExpr(e.value);
      case 'typed': {
        const ref = { root: e.root, path: [] as string[] };
        const v = join(this.evalExpr(e.arg), mk({ api: [ref], facts: this.ops.sourceFacts(ref, e.loc, this.text(e.loc)) }));
        // A type declared in a scanned Java file: instances get its prototype, the class its statics.
        const isInstance = e.root.startsWith('type:');
        const cls = this.module.language === 'java' && !(isInstance && e.arg.k === 'call') ? this.host.javaClass?.(isInstance ? e.root.slice(5) : e.root) : undefined;
        if (!cls) return v;
        const proto = cls.fields?.get('prototype');
        return isInstance ? (proto && !v.proto ? { ...v, proto } : v) : join(v, cls);
      }
      case 'fn':
        return mk({ fns: [{ fn: e.id, env: undefined, bound: undefined, isClass: false }] });
      case 'class':
        return this.classValue(e.cls);
      case 'assign':
        return this.evalAssign(e);
      case 'seq': {
        let last = EMPTY;
        for (const x of e.exprs) last = this.evalExpr(x);
        return last;
      }
      case 'elem':
        return this.ops.readDynamic(this.evalExpr(e.of), undefined, e.loc);
      case 'keys': {
        const facts = deepFacts(this.evalExpr(e.of)).filter((f) => (f.flags & FLAG_DYNREAD) === 0);
        return facts.length ? this.step(mk({ facts: facts.map((f) => ({ ...f, flags: f.flags | FLAG_DERIVED })) }), e.loc, 'property names of the object') : EMPTY;
      }
      case 'unknown':
        return joinAll(e.parts.map((p) => taintOnly(this.evalExpr(p))));
    }
  }

  private concat(parts: Value[]): Value {
    const allConst = parts.every((p) => p.hasConst);
    if (allConst && parts.length === 2 && typeof parts[0]!.konst === 'number' && typeof parts[1]!.konst === 'number') return constValue(parts[0]!.konst + parts[1]!.konst);
    if (allConst) return constValue(parts.map((p) => String(p.konst)).join(''));
    let facts: Value = EMPTY;
    for (const p of parts) facts = join(facts, taintOnly(p));
    // Building a string yields a string: NoSQL operator injection needs a non-string value.
    const f = sanitizeFacts(facts.facts, ['nosql-injection']).map((x) => ({ ...x, flags: x.flags | FLAG_DERIVED }));
    let prefix = '';
    for (const p of parts) {
      if (p.hasConst) prefix += String(p.konst);
      else {
        prefix += p.prefix ?? '';
        break;
      }
    }
    return mk({ facts: f, prefix: prefix || undefined });
  }

  private logical(op: string, left: Value, rightExpr: Expr): Value {
    const t = truthiness(left);
    const isOr = op === '||' || op === 'or';
    const isAnd = op === '&&' || op === 'and';
    if (isOr && t === true) return left;
    if (isAnd && t === false) return left;
    if (op === '??' && left.hasConst && left.konst !== null && left.konst !== undefined) return left;
    const right = this.evalExpr(rightExpr);
    if ((isOr && t === false) || (isAnd && t === true)) return right;
    if (isAnd) return join(taintOnly(left), right);
    return join(left, right);
  }

  private object(e: Extract<Expr, { k: 'obj' }>): Value {
    const fields = new Map<string, Value>();
    let base: Value = EMPTY;
    for (const p of e.props) {
      const v = this.evalExpr(p.value);
      if (p.spread) {
        for (const [k, fv] of v.fields ?? []) fields.set(k, fv);
        base = join(base, mk({ facts: v.facts }));
      } else if (p.key !== undefined) {
        fields.set(p.key, v);
        if (p.value.k !== 'name') this.checkNameSink(p.key, v, p.loc);
      } else {
        if (p.keyExpr) this.evalExpr(p.keyExpr);
        base = join(base, taintOnly(v));
      }
    }
    return withFields(base, fields);
  }

  protected classValue(cls: ClassDef): Value {
    const superVal = cls.superClass ? this.evalExpr(cls.superClass) : undefined;
    const proto = new Map<string, Value>(superVal?.fields?.get('prototype')?.fields ?? []);
    const statics = new Map<string, Value>();
    for (const m of cls.methods) {
      const ref = mk({ fns: [{ fn: m.fn, env: undefined, bound: undefined, isClass: false, getter: m.isGetter }] });
      (m.isStatic ? statics : proto).set(m.name, ref);
    }
    if (cls.ctor !== undefined && this.module.language === 'python') proto.set('__init__', mk({ fns: [{ fn: cls.ctor, env: undefined, bound: undefined, isClass: false }] }));
    for (const f of cls.staticFields) statics.set(f.name, this.evalExpr(f.value));
    statics.set('prototype', withFields(EMPTY, proto));
    const ctor: FnRef[] =
      cls.ctor !== undefined
        ? [{ fn: cls.ctor, env: undefined, bound: undefined, isClass: true }]
        : (superVal?.fns.filter((f) => f.isClass) ?? [{ fn: -1, env: undefined, bound: undefined, isClass: true }]);
    return withFields(mk({ fns: ctor.length ? ctor : [{ fn: -1, env: undefined, bound: undefined, isClass: true }] }), statics);
  }

  /** The superclass of the class owning the current method, evaluated in the current scope. */
  protected superValue(loc: Loc): Value {
    const cls = this.fn.classId !== undefined ? this.host.classDef(this.fn.classId) : undefined;
    if (!cls?.superClass) return EMPTY;
    const sc = cls.superClass;
    if (sc.k === 'name') return this.lookup(sc.name, loc);
    if (sc.k === 'typed') return this.evalExpr(sc);
    if (sc.k === 'member' && sc.obj.k === 'name') return this.ops.readField(this.lookup(sc.obj.name, loc), sc.prop, loc, this.text(sc.loc));
    return EMPTY;
  }

  /** Module-level names that alias `module.exports` (`var api = module.exports = {}`). */
  private readonly exportAliases = new Set<string>();

  private evalAssign(e: Extract<Expr, { k: 'assign' }>): Value {
    const v = this.evalExpr(e.value);
    if (this.fn.isModuleInit && e.target.k === 'name') {
      if (isModuleExports(e.value) || (e.value.k === 'assign' && isModuleExports(e.value.target as Expr))) this.exportAliases.add(e.target.name);
      else this.exportAliases.delete(e.target.name);
    }
    this.copyAssign = e.value.k === 'name';
    try {
      this.assign(e.target, v, e.loc);
    } finally {
      this.copyAssign = false;
    }
    return v;
  }

  /** Set while assigning a plain variable: name sinks already saw that value where it was built. */
  private copyAssign = false;

  assign(target: Pattern, v: Value, loc: Loc): void {
    switch (target.k) {
      case 'name':
        this.checkNameSink(target.name, v, loc);
        this.writeVar(target.name, this.step(v, loc, `assigned to ${target.name}`));
        return;
      case 'member':
        this.writeMember(target.obj, [target.prop], v, loc);
        return;
      case 'index': {
        const key = this.evalExpr(target.index);
        if (key.hasConst && (typeof key.konst === 'string' || typeof key.konst === 'number')) {
          this.writeMember(target.obj, [String(key.konst)], v, loc);
          return;
        }
        const base = this.evalExpr(target.obj);
        // Even a constant write pollutes: `Object.prototype.isAdmin = {}` makes every object truthy there.
        this.sinkEvent('prototype-pollution', key, loc, this.text(loc), base);
        this.writeMember(target.obj, ['*'], v, loc);
        return;
      }
      case 'objpat':
        for (const p of target.props) {
          let fv: Value;
          if (p.key !== undefined) fv = this.ops.readField(v, p.key, loc, p.key);
          else fv = this.ops.readDynamic(v, p.keyExpr ? this.evalExpr(p.keyExpr) : undefined, loc);
          this.assign(p.value, fv, loc);
        }
        if (target.rest) this.assign(target.rest, v, loc);
        return;
      case 'arrpat':
        target.elems.forEach((el, i) => {
          if (el) this.assign(el, this.ops.readField(v, String(i), loc, `[${i}]`), loc);
        });
        if (target.rest) this.assign(target.rest, v, loc);
        return;
      case 'defpat': {
        const useDefault = !v.hasConst || v.konst === undefined;
        this.assign(target.target, useDefault ? join(v, this.evalExpr(target.dflt)) : v, loc);
        return;
      }
      case 'none':
        return;
    }
  }

  protected writeVar(name: string, v: Value): void {
    if (this.fn.locals.has(name) || this.fn.isModuleInit || name.startsWith('%')) {
      this.state.set(name, v);
      return;
    }
    if (this.fn.freeVars.includes(name)) {
      this.state.set(name, v);
      this.recordEffect({ cap: name }, [], v);
    } else if (this.module.moduleLocals.has(name)) {
      this.host.writeModuleVar(this.module, name, [], v);
      this.recordEffect({ moduleVar: name }, [], v);
    }
  }

  /** `root.path = v`: update the variable holding `root` and record effects on parameters. */
  private writeMember(objExpr: Expr, path: string[], v: Value, loc: Loc): void {
    const chain = lvalueChain(objExpr);
    const prop = path[0]!;
    const objVal = this.evalExpr(objExpr);
    this.checkWriteSink(objVal, prop, v, loc, objExpr);
    this.checkNameSink(prop, v, loc);
    if (!chain) return;
    const fullPath = [...chain.path, ...path];
    const stepped = this.step(v, loc, `stored in ${this.text(loc).split('=')[0]?.trim() ?? prop}`);
    if (chain.root === 'this') {
      if (this.fn.thisMode === 'js') {
        this.state.set('this', this.ops.writePath(this.state.get('this') ?? EMPTY, fullPath, stepped));
        this.recordEffect({ param: THIS_PARAM }, fullPath, stepped);
      } else if (this.fn.freeVars.includes('this')) this.recordEffect({ cap: 'this' }, fullPath, stepped);
      return;
    }
    const rootVal = this.lookup(chain.root, loc);
    if (this.fn.locals.has(chain.root) || this.fn.isModuleInit) this.state.set(chain.root, this.ops.writePath(rootVal, fullPath, stepped));
    else if (!this.fn.freeVars.includes(chain.root) && this.module.moduleLocals.has(chain.root)) {
      this.host.writeModuleVar(this.module, chain.root, fullPath, stepped);
      this.recordEffect({ moduleVar: chain.root }, fullPath, stepped);
    }
    if (this.exportAliases.has(chain.root)) {
      // Values have no heap identity; keep the aliased module.exports object in step by hand.
      this.state.set('module', this.ops.writePath(this.state.get('module') ?? EMPTY, ['exports', ...fullPath], stepped));
    }
    for (const f of rootVal.facts) {
      if (f.o.t === 'src' || f.o.fn !== this.fn.id || (f.flags & (FLAG_DERIVED | FLAG_DYNREAD)) !== 0) continue;
      const target = f.o.t === 'param' ? { param: f.o.index } : { cap: f.o.name };
      this.recordEffect(target, [...f.o.path, ...fullPath], stepped);
    }
  }

  protected recordEffect(target: { param: number } | { cap: string } | { moduleVar: string }, path: string[], v: Value): void {
    if (this.summary.effects.length >= 32) return;
    if ('param' in target && target.param >= CALL_RESULT_BASE) return;
    const value = this.bindEnv(v);
    const key = JSON.stringify(target) + path.join('.');
    const existing = this.summary.effects.find((x) => JSON.stringify(x.target) + x.path.join('.') === key);
    if (existing) existing.value = join(existing.value, value);
    else this.summary.effects.push({ target, path, value });
  }

  private checkWriteSink(obj: Value, prop: string, v: Value, loc: Loc, objExpr: Expr): void {
    const anyMember = this.models.writeSinks.get('*') ?? [];
    const rows = prop === '*' ? anyMember : [...(this.models.writeSinks.get(prop) ?? []), ...anyMember];
    for (const row of rows) {
      const applies =
        row.root === '*'
          ? syntacticSuffix(row.callee, objExpr)
          : obj.api.some((r) => r.root === row.root && row.callee.length === r.path.length && row.callee.every((m, i) => tokenOk(m, r.path[i]!)));
      if (!applies || !row.where.every(([path, pred]) => path.length === 0 && wherePredicate(pred, v))) continue;
      for (const k of row.kinds) this.sinkEvent(k, v, loc, row.label ?? `${this.text(loc)}`);
    }
  }

  protected checkNameSink(name: string, v: Value, loc: Loc): void {
    if (v.facts.length === 0 || this.copyAssign) return;
    for (const ns of this.host.nameSinks) if (ns.re.test(name)) this.sinkEvent(ns.kind, v, loc, `${name} = …`);
  }

  /** Binds captured variables of closures defined here, so they survive leaving this function. */
  bindEnv(v: Value, depth = 0): Value {
    if (depth > 2) return v;
    let changed = false;
    const fns = v.fns.map((r) => {
      const info = this.host.fnInfo(r.fn);
      if (r.env || !info || info.fn.parent !== this.fn.id || info.fn.freeVars.length === 0) return r;
      changed = true;
      const env = new Map<string, Value>();
      for (const name of info.fn.freeVars) env.set(name, this.lookup(name, info.fn.loc));
      return { ...r, env };
    });
    let fields = v.fields;
    if (v.fields) {
      const nf = new Map<string, Value>();
      for (const [k, fv] of v.fields) {
        const b = this.bindEnv(fv, depth + 1);
        if (b !== fv) changed = true;
        nf.set(k, b);
      }
      fields = nf;
    }
    return changed ? { ...v, fns, fields } : v;
  }
}

/** `package: '*'` write sinks name the end of the object's member chain (`headers` in `resp.headers[k] = v`). */
function syntacticSuffix(callee: readonly { k: string; names?: ReadonlySet<string> | undefined }[], objExpr: Expr): boolean {
  if (callee.length === 0) return true;
  const chain = lvalueChain(objExpr);
  if (!chain) return false;
  const names = [chain.root, ...chain.path];
  if (callee.length > names.length) return false;
  const off = names.length - callee.length;
  return callee.every((m, i) => m.k === 'M' && (!m.names || m.names.has(names[off + i]!)));
}

function tokenOk(m: { k: string; names?: ReadonlySet<string> | undefined }, tok: string): boolean {
  if (m.k === 'M') return tok.startsWith('M:') && (!m.names || m.names.has(tok.slice(2)));
  if (m.k === 'R') return tok === 'R';
  return false;
}

function isModuleExports(e: Expr): boolean {
  return e.k === 'member' && e.prop === 'exports' && e.obj.k === 'name' && e.obj.name === 'module';
}

/** `a.b.c` → root `a`, path [b, c]; undefined for non-path expressions. */
export function lvalueChain(e: Expr): { root: string; path: string[] } | undefined {
  if (e.k === 'typed') return lvalueChain(e.arg);
  if (e.k === 'name') return { root: e.name, path: [] };
  if (e.k === 'this') return { root: 'this', path: [] };
  if (e.k === 'member') {
    const inner = lvalueChain(e.obj);
    return inner ? { root: inner.root, path: [...inner.path, e.prop] } : undefined;
  }
  if (e.k === 'index') {
    const inner = lvalueChain(e.obj);
    const idx = e.index.k === 'lit' && (typeof e.index.v === 'string' || typeof e.index.v === 'number') ? String(e.index.v) : '*';
    return inner ? { root: inner.root, path: [...inner.path, idx] } : undefined;
  }
  return undefined;
}

export function isSymbolicOf(v: Value, fnId: number): boolean {
  return v.facts.some((f) => f.o.t !== 'src' && f.o.fn === fnId);
}
