import type { Expr, Loc, Pattern } from '../../ir/ir.types';
import type { LowerContext } from '../lower-context';
import { decodeEscape, field, locOf, named, type Node } from '../syntax-node';
import type { JavaTypeScope } from './java-types';

/** What the lowerer knows about the class whose members are being lowered. */
export interface ClassInfo {
  name: string;
  /** field name → declared type (fully qualified when resolvable) and staticness. */
  fields: Map<string, { type: string | undefined; isStatic: boolean }>;
  /** Overloads: the first declaration of a name keeps it, others of another arity become `name$arity`. */
  methods: Map<string, { isStatic: boolean; byArity: Map<number, string> }>;
  outer: ClassInfo | undefined;
}

/** A local variable or parameter: the api roots a read of it carries (declared type, source annotations). */
export type LocalInfo = { roots: string[] };

const NUMERIC_TYPES = /^(int|long|short|byte|double|float|char|Integer|Long|Short|Double|Float)$/;
const BUILDERS = new Set(['java.lang.StringBuilder', 'java.lang.StringBuffer']);
/** Single abstract methods of common functional interfaces: calling one on a lambda-typed local runs the lambda. */
const FUNCTIONAL = /^(java\.util\.function\.\w+|java\.lang\.Runnable|java\.util\.concurrent\.Callable)$/;
const SAM = /^(apply|applyAs\w+|accept|test|get|getAs\w+|run|call)$/;
const MAPS = new Set(['java.util.Map', 'java.util.HashMap', 'java.util.LinkedHashMap', 'java.util.TreeMap']);

/** Expression lowering for Java; lambdas and anonymous classes go through the statement lowerer. */
export abstract class JavaExprLowerer {
  /** One map per function being lowered (methods, lambdas); lookups walk outwards. */
  protected readonly scopes: Map<string, LocalInfo>[] = [];
  protected cls: ClassInfo | undefined;
  protected staticContext = true;

  constructor(
    protected readonly ctx: LowerContext,
    protected readonly types: JavaTypeScope,
  ) {}

  protected abstract lowerLambda(n: Node): Expr;
  protected abstract lowerAnonymousClass(n: Node, typeName: string): Expr;

  protected local(name: string): LocalInfo | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const hit = this.scopes[i]!.get(name);
      if (hit) return hit;
    }
    return undefined;
  }

  protected declareLocal(name: string, writtenType: string | undefined, extraRoots: string[] = []): void {
    const fqn = this.types.resolve(writtenType);
    this.scopes[this.scopes.length - 1]?.set(name, { roots: [...(fqn ? [`type:${fqn}`] : []), ...extraRoots] });
    this.ctx.declare(name);
  }

  protected typed(roots: readonly string[], e: Expr): Expr {
    let out = e;
    for (const root of roots) out = { k: 'typed', root, arg: out, loc: e.loc };
    return out;
  }

  private receiverOf(owner: ClassInfo, isStatic: boolean, loc: Loc): Expr {
    return isStatic || this.staticContext || owner !== this.cls ? { k: 'name', name: owner.name, loc } : { k: 'this', loc };
  }

  private fieldOwner(name: string): ClassInfo | undefined {
    for (let c = this.cls; c; c = c.outer) if (c.fields.has(name)) return c;
    return undefined;
  }

  private identifier(n: Node, loc: Loc): Expr {
    const name = n.text;
    const loc0 = this.local(name);
    if (loc0) {
      this.ctx.ref(name);
      return this.typed(loc0.roots, { k: 'name', name, loc });
    }
    const owner = this.fieldOwner(name);
    if (owner) {
      const f = owner.fields.get(name)!;
      const member: Expr = { k: 'member', obj: this.receiverOf(owner, f.isStatic, loc), prop: name, loc };
      return this.typed(f.type ? [`type:${f.type}`] : [], member);
    }
    return this.classRef(name, loc);
  }

  /** A name that is no variable: a class of this file, a resolvable library class, or an unknown global. */
  protected classRef(name: string, loc: Loc): Expr {
    if (this.types.localClasses.has(name)) {
      this.ctx.ref(name);
      return { k: 'name', name, loc };
    }
    const fqn = /^[A-Z]/.test(name) ? this.types.resolve(name) : undefined;
    return fqn ? { k: 'typed', root: fqn, arg: { k: 'name', name, loc }, loc } : { k: 'name', name, loc };
  }

  expr(n: Node | undefined | null): Expr {
    if (!n) return { k: 'lit', v: undefined, loc: { line: 0, col: 0, endLine: 0, endCol: 0 } };
    const loc = locOf(n);
    switch (n.type) {
      case 'identifier':
        return this.identifier(n, loc);
      case 'this':
        return { k: 'this', loc };
      case 'super':
        return { k: 'super', loc };
      case 'string_literal':
        return { k: 'lit', v: stringValue(n), loc };
      case 'character_literal':
        return { k: 'lit', v: n.text.slice(1, -1), loc };
      case 'decimal_integer_literal':
      case 'hex_integer_literal':
      case 'octal_integer_literal':
      case 'binary_integer_literal':
      case 'decimal_floating_point_literal':
        return { k: 'lit', v: numberValue(n.text), loc };
      case 'true':
        return { k: 'lit', v: true, loc };
      case 'false':
        return { k: 'lit', v: false, loc };
      case 'null_literal':
        return { k: 'lit', v: null, loc };
      case 'class_literal':
        return { k: 'lit', v: n.text, loc };
      case 'parenthesized_expression':
        return this.expr(named(n)[0]);
      case 'field_access': {
        const obj = field(n, 'object');
        const prop = field(n, 'field')?.text ?? '';
        const member: Expr = { k: 'member', obj: this.expr(obj), prop, loc };
        const f = obj?.type === 'this' ? this.cls?.fields.get(prop) : undefined;
        return this.typed(f?.type ? [`type:${f.type}`] : [], member);
      }
      case 'array_access':
        return this.index(this.expr(field(n, 'array')), this.expr(field(n, 'index')), loc);
      case 'method_invocation':
        return this.call(n, loc);
      case 'object_creation_expression':
        return this.creation(n, loc);
      case 'array_creation_expression': {
        const init = field(n, 'value');
        return init ? this.expr(init) : { k: 'arr', elems: [], loc };
      }
      case 'array_initializer':
        return { k: 'arr', elems: named(n).map((c) => this.expr(c)), loc };
      case 'binary_expression':
        return this.binary(n, loc);
      case 'unary_expression':
        return { k: 'op', op: field(n, 'operator')?.text ?? '!', args: [this.expr(field(n, 'operand'))], loc };
      case 'update_expression': {
        const target = named(n)[0];
        const op = n.text.includes('++') ? '++' : '--';
        return { k: 'assign', target: this.pattern(target), value: { k: 'op', op, args: [this.expr(target)], loc }, op: undefined, loc };
      }
      case 'assignment_expression':
        return this.assignment(n, loc);
      case 'ternary_expression':
        return { k: 'cond', test: this.expr(field(n, 'condition')), then: this.expr(field(n, 'consequence')), else: this.expr(field(n, 'alternative')), loc };
      case 'cast_expression': {
        const value = this.expr(field(n, 'value'));
        // A numeric cast yields a number: numbers never carry injection payloads.
        return NUMERIC_TYPES.test(field(n, 'type')?.text ?? '') ? { k: 'op', op: 'cast', args: [value], loc } : value;
      }
      case 'instanceof_expression': {
        const left = this.expr(field(n, 'left'));
        const test: Expr = { k: 'op', op: 'instanceof', args: [left], loc };
        const bound = field(n, 'name')?.text;
        if (!bound) return test;
        // `o instanceof String s` binds `s` to `o` (pattern matching).
        this.declareLocal(bound, field(n, 'right')?.text);
        return { k: 'seq', exprs: [{ k: 'assign', target: { k: 'name', name: bound, loc }, value: left, op: undefined, loc }, test], loc };
      }
      case 'lambda_expression':
        return this.lowerLambda(n);
      case 'switch_expression':
        return { k: 'unknown', parts: this.switchValues(n), loc };
      default:
        return { k: 'unknown', parts: named(n).map((c) => this.expr(c)), loc };
    }
  }

  /** The values a switch expression can produce: arrow-case expressions and `yield` operands (the selector is not one). */
  private switchValues(n: Node): Expr[] {
    const out: Expr[] = [];
    const body = field(n, 'body');
    const stack: Node[] = body ? [...named(body)] : [];
    for (let steps = 0; stack.length && steps < 2000; steps++) {
      const c = stack.pop()!;
      if (c.type === 'yield_statement') out.push(this.expr(named(c)[0]));
      else if (c.type === 'switch_rule') {
        const last = named(c)[named(c).length - 1];
        if (last && last.type !== 'block' && last.type !== 'throw_statement' && last.type !== 'switch_label' && last.type !== 'expression_statement') out.push(this.expr(last));
        else if (last?.type === 'expression_statement') out.push(this.expr(named(last)[0]));
        else if (last) stack.push(last);
      } else if (c.type !== 'lambda_expression' && c.type !== 'class_body' && c.type !== 'switch_expression') stack.push(...named(c));
    }
    return out;
  }

  private index(obj: Expr, idx: Expr, loc: Loc): Expr {
    if (idx.k === 'lit' && typeof idx.v === 'number') return { k: 'member', obj, prop: String(idx.v), loc };
    return { k: 'index', obj, index: idx, loc };
  }

  private args(n: Node): Expr[] {
    const a = field(n, 'arguments');
    return a ? named(a).map((c) => this.expr(c)) : [];
  }

  private call(n: Node, loc: Loc): Expr {
    const objNode = field(n, 'object');
    const name = field(n, 'name')?.text ?? '';
    const args = this.args(n);
    if (!objNode) {
      const owner = this.methodOwner(name);
      const recv = owner ? this.receiverOf(owner, owner.methods.get(name)!.isStatic, loc) : this.staticContext ? undefined : ({ k: 'this', loc } as Expr);
      const prop = owner?.methods.get(name)!.byArity.get(args.length) ?? name;
      const callee: Expr = recv ? { k: 'member', obj: recv, prop, loc } : { k: 'name', name, loc };
      return { k: 'call', callee, args, isNew: false, loc };
    }
    if (objNode.type === 'identifier' && objNode.text === 'String' && !this.local('String')) {
      // String.format/join/valueOf build a string from their arguments.
      if (name === 'format' || name === 'join' || name === 'valueOf' || name === 'copyValueOf') return { k: 'concat', parts: args, loc };
    }
    const obj = this.expr(objNode);
    if (name === 'append' || name === 'insert') {
      const builder = this.builderVar(objNode);
      const added = name === 'insert' ? args.slice(1) : args;
      if (builder) return { k: 'assign', target: { k: 'name', name: builder, loc }, value: { k: 'concat', parts: [obj, ...added], loc }, op: '+=', loc };
      if (this.isBuilderExpr(objNode)) return { k: 'concat', parts: [obj, ...added], loc };
    }
    if (name === 'concat' && args.length === 1) return { k: 'concat', parts: [obj, ...args], loc };
    if (objNode.type === 'identifier' && SAM.test(name) && this.local(objNode.text)?.roots.some((r) => FUNCTIONAL.test(r.slice(5)))) {
      return { k: 'call', callee: obj, args, isNew: false, loc };
    }
    const mapKey = this.constantMapKey(objNode, name, args);
    if (mapKey !== undefined) {
      // A local map with constant keys is field-sensitive: `m.put("a", x)` / `m.get("a")` act like `m.a`.
      const member: Expr = { k: 'member', obj: { k: 'name', name: objNode.text, loc: obj.loc }, prop: mapKey, loc };
      return name === 'put' ? { k: 'assign', target: member, value: args[1]!, op: undefined, loc } : member;
    }
    // `a.equals(b)` is value equality: constant conditions fold and `"x".equals(v)` guards apply.
    if (name === 'equals' && args.length === 1) return { k: 'op', op: '===', args: [obj, args[0]!], loc };
    const own = objNode.type === 'this' ? this.cls?.methods.get(name)?.byArity.get(args.length) : undefined;
    return { k: 'call', callee: { k: 'member', obj, prop: own ?? name, loc }, args, isNew: false, loc };
  }

  private constantMapKey(objNode: Node, name: string, args: Expr[]): string | undefined {
    if (objNode.type !== 'identifier' || !(name === 'put' ? args.length === 2 : name === 'get' && args.length === 1)) return undefined;
    const key = args[0];
    if (key?.k !== 'lit' || typeof key.v !== 'string') return undefined;
    return this.local(objNode.text)?.roots.some((r) => MAPS.has(r.slice(5))) ? key.v : undefined;
  }

  private methodOwner(name: string): ClassInfo | undefined {
    for (let c = this.cls; c; c = c.outer) if (c.methods.has(name)) return c;
    return undefined;
  }

  /** `sb` in `sb.append(a).append(b)` when `sb` is a declared StringBuilder/StringBuffer local. */
  private builderVar(n: Node): string | undefined {
    let cur: Node | undefined = n;
    for (let i = 0; cur && i < 64; i++) {
      if (cur.type === 'identifier') {
        const info = this.local(cur.text);
        return info?.roots.some((r) => BUILDERS.has(r.slice(5))) ? cur.text : undefined;
      }
      if (cur.type !== 'method_invocation' || !/^(append|insert)$/.test(field(cur, 'name')?.text ?? '')) return undefined;
      cur = field(cur, 'object');
    }
    return undefined;
  }

  private isBuilderExpr(n: Node): boolean {
    let cur: Node | undefined = n;
    for (let i = 0; cur && i < 64; i++) {
      if (cur.type === 'object_creation_expression') return BUILDERS.has(this.types.resolve(field(cur, 'type')?.text) ?? '');
      if (cur.type !== 'method_invocation' || !/^(append|insert)$/.test(field(cur, 'name')?.text ?? '')) return false;
      cur = field(cur, 'object');
    }
    return false;
  }

  private creation(n: Node, loc: Loc): Expr {
    const typeName = field(n, 'type')?.text ?? 'Object';
    const simple = typeName.replace(/<.*>/s, '').trim();
    const body = named(n).find((c) => c.type === 'class_body');
    if (body) return this.lowerAnonymousClass(n, simple);
    const args = this.args(n);
    const fqn = this.types.resolve(typeName);
    if (fqn && BUILDERS.has(fqn)) return { k: 'concat', parts: args.length ? args : [{ k: 'lit', v: '', loc }], loc };
    const callee = simple.includes('.') ? ({ k: 'typed', root: fqn ?? simple, arg: { k: 'name', name: simple, loc }, loc } as Expr) : this.classRef(simple, loc);
    const call: Expr = { k: 'call', callee, args, isNew: true, loc };
    return fqn && !this.types.localClasses.has(simple) ? { k: 'typed', root: `type:${fqn}`, arg: call, loc } : call;
  }

  private binary(n: Node, loc: Loc): Expr {
    const op = field(n, 'operator')?.text ?? '';
    const left = this.expr(field(n, 'left'));
    const right = this.expr(field(n, 'right'));
    if (op === '+') return concatOf(left, right, loc);
    if (op === '==' || op === '!=') return { k: 'op', op: `${op}=`, args: [left, right], loc };
    return { k: 'op', op, args: [left, right], loc };
  }

  private assignment(n: Node, loc: Loc): Expr {
    const leftNode = field(n, 'left');
    const op = field(n, 'operator')?.text ?? '=';
    const right = this.expr(field(n, 'right'));
    const target = this.pattern(leftNode);
    if (op === '=') return { k: 'assign', target, value: right, op: undefined, loc };
    const current = this.expr(leftNode);
    const value: Expr = op === '+=' ? concatOf(current, right, loc) : { k: 'op', op: op.slice(0, -1), args: [current, right], loc };
    return { k: 'assign', target, value, op, loc };
  }

  pattern(n: Node | undefined | null): Pattern {
    if (!n) return { k: 'none', loc: { line: 0, col: 0, endLine: 0, endCol: 0 } };
    const loc = locOf(n);
    const e = this.expr(n);
    const bare = unwrapTyped(e);
    if (bare.k === 'name' || bare.k === 'member' || bare.k === 'index') return bare;
    return { k: 'none', loc };
  }
}

function unwrapTyped(e: Expr): Expr {
  let cur = e;
  for (let i = 0; cur.k === 'typed' && i < 8; i++) cur = cur.arg;
  return cur;
}

function concatOf(left: Expr, right: Expr, loc: Loc): Expr {
  const parts = [...(left.k === 'concat' ? left.parts : [left]), ...(right.k === 'concat' ? right.parts : [right])];
  if (parts.every((p) => p.k === 'lit' && (typeof p.v === 'string' || typeof p.v === 'number'))) {
    const allNum = parts.every((p) => p.k === 'lit' && typeof p.v === 'number');
    if (!allNum) return { k: 'lit', v: parts.map((p) => (p.k === 'lit' ? String(p.v) : '')).join(''), loc };
  }
  return { k: 'concat', parts, loc };
}

function stringValue(n: Node): string {
  let out = '';
  for (const c of named(n)) {
    if (c.type === 'string_fragment' || c.type === 'multiline_string_fragment') out += c.text;
    else if (c.type === 'escape_sequence') out += decodeEscape(c.text);
  }
  if (named(n).length === 0) {
    const raw = n.text;
    return raw.startsWith('"""') ? raw.slice(3, -3).replace(/^\s*\n/, '') : raw.slice(1, -1);
  }
  return out;
}

function numberValue(text: string): number {
  const t = text.replace(/_/g, '').replace(/[lLfFdD]$/, '');
  if (/^0[xX]/.test(t)) return parseInt(t.slice(2), 16);
  if (/^0[bB]/.test(t)) return parseInt(t.slice(2), 2);
  return Number(t);
}
