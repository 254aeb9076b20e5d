import type { ClassDef, Expr, Loc, Pattern, Prop } from '../../ir/ir.types';
import type { LowerContext } from '../lower-context';
import { decodeEscape, field, locOf, named, type Node } from '../syntax-node';

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'generator_expression', 'dictionary_comprehension']);

/** Expression lowering for Python; `def`/`class`/`lambda` bodies go through the statement lowerer. */
export abstract class PyExprLowerer {
  constructor(protected readonly ctx: LowerContext) {}

  protected abstract lowerLambda(n: Node): Expr;
  protected abstract lowerClassDef(n: Node): ClassDef;

  expr(n: Node | undefined | null): Expr {
    if (!n) return { k: 'lit', v: undefined, loc: { line: 0, col: 0, endLine: 0, endCol: 0 } };
    const loc = locOf(n);
    switch (n.type) {
      case 'identifier':
        this.ctx.ref(n.text);
        return { k: 'name', name: n.text, loc };
      case 'integer':
      case 'float':
        return { k: 'lit', v: Number(n.text.replace(/_/g, '').replace(/[jJlL]$/, '')), loc };
      case 'true':
        return { k: 'lit', v: true, loc };
      case 'false':
        return { k: 'lit', v: false, loc };
      case 'none':
        return { k: 'lit', v: null, loc };
      case 'string':
        return this.string(n);
      case 'concatenated_string':
        return this.concatParts(named(n).map((c) => this.expr(c)), loc);
      case 'attribute':
        return { k: 'member', obj: this.expr(field(n, 'object')), prop: field(n, 'attribute')?.text ?? '', loc };
      case 'subscript': {
        const obj = this.expr(field(n, 'value'));
        const subs = n.childrenForFieldName('subscript').filter((x): x is Node => !!x);
        const first = subs[0];
        if (subs.length === 1 && first && first.type !== 'slice') {
          const idx = this.expr(first);
          if (idx.k === 'lit' && (typeof idx.v === 'string' || typeof idx.v === 'number')) return { k: 'member', obj, prop: String(idx.v), loc };
          return { k: 'index', obj, index: idx, loc };
        }
        // Slices keep the container's taint.
        return { k: 'index', obj, index: { k: 'unknown', parts: [], loc }, loc };
      }
      case 'call':
        return this.call(n, loc);
      case 'binary_operator':
        return this.binary(n, loc);
      case 'boolean_operator':
        return { k: 'logical', op: field(n, 'operator')?.text ?? 'or', left: this.expr(field(n, 'left')), right: this.expr(field(n, 'right')), loc };
      case 'not_operator':
        return { k: 'op', op: '!', args: [this.expr(field(n, 'argument'))], loc };
      case 'unary_operator':
        return { k: 'op', op: field(n, 'operator')?.text ?? '-', args: [this.expr(field(n, 'argument'))], loc };
      case 'comparison_operator': {
        const parts = named(n);
        const op = n.children.find((c) => c && !c.isNamed)?.text ?? '==';
        return { k: 'op', op: op === '==' ? '===' : op === '!=' ? '!==' : op, args: parts.map((c) => this.expr(c)), loc };
      }
      case 'conditional_expression': {
        const [then, test, els] = named(n);
        return { k: 'cond', test: this.expr(test), then: this.expr(then), else: this.expr(els), loc };
      }
      case 'parenthesized_expression':
        return this.expr(named(n)[0]);
      case 'tuple':
      case 'list':
      case 'set':
      case 'expression_list':
        return { k: 'arr', elems: named(n).map((c) => this.expr(c)), loc };
      case 'list_splat':
        return { k: 'spread', arg: this.expr(named(n)[0]), loc };
      case 'dictionary_splat':
        return { k: 'kwspread', arg: this.expr(named(n)[0]), loc };
      case 'dictionary':
        return { k: 'obj', props: named(n).flatMap((c) => this.dictEntry(c)), loc };
      case 'lambda':
        return this.lowerLambda(n);
      case 'await':
        return { k: 'await', arg: this.expr(named(n)[0]), loc };
      case 'keyword_argument':
        return { k: 'kwarg', name: field(n, 'name')?.text ?? '', value: this.expr(field(n, 'value')), loc };
      case 'named_expression': {
        const name = field(n, 'name');
        return { k: 'assign', target: this.pattern(name), value: this.expr(field(n, 'value')), op: undefined, loc };
      }
      case 'class_definition':
        return { k: 'class', cls: this.lowerClassDef(n), loc };
      default:
        if (COMPREHENSIONS.has(n.type)) return this.comprehension(n, loc);
        return { k: 'unknown', parts: named(n).map((c) => this.expr(c)), loc };
    }
  }

  private string(n: Node): Expr {
    const loc = locOf(n);
    const start = named(n).find((c) => c.type === 'string_start')?.text ?? n.text.slice(0, 1);
    const prefix = start.replace(/["']/g, '').toLowerCase();
    const raw = prefix.includes('r');
    const parts: Expr[] = [];
    let pending = '';
    for (const c of named(n)) {
      if (c.type === 'string_content') {
        pending += raw ? c.text : decodeContent(c);
      } else if (c.type === 'escape_sequence') pending += raw ? c.text : decodeEscape(c.text);
      else if (c.type === 'interpolation') {
        if (pending) parts.push({ k: 'lit', v: pending, loc });
        pending = '';
        parts.push(this.expr(field(c, 'expression') ?? named(c)[0]));
      }
    }
    if (parts.length === 0) return { k: 'lit', v: pending, loc };
    if (pending) parts.push({ k: 'lit', v: pending, loc });
    return { k: 'concat', parts, loc };
  }

  protected concatParts(parts: Expr[], loc: Loc): Expr {
    const flat: Expr[] = [];
    for (const p of parts) flat.push(...(p.k === 'concat' ? p.parts : [p]));
    if (flat.every((p) => p.k === 'lit' && typeof p.v === 'string')) {
      return { k: 'lit', v: flat.map((p) => (p.k === 'lit' ? String(p.v) : '')).join(''), loc };
    }
    return { k: 'concat', parts: flat, loc };
  }

  private call(n: Node, loc: Loc): Expr {
    const fnNode = field(n, 'function');
    const argsNode = field(n, 'arguments');
    const callee = this.expr(fnNode);
    let args: Expr[];
    if (argsNode?.type === 'generator_expression') args = [this.expr(argsNode)];
    else args = argsNode ? named(argsNode).map((c) => this.expr(c)) : [];
    // "...{}".format(x) is string building; model it like an f-string so the constant prefix survives.
    if (callee.k === 'member' && callee.prop === 'format' && callee.obj.k === 'lit' && typeof callee.obj.v === 'string') {
      return { k: 'concat', parts: [callee.obj, ...args.map((a) => (a.k === 'kwarg' ? a.value : a))], loc };
    }
    return { k: 'call', callee, args, isNew: false, loc };
  }

  private binary(n: Node, loc: Loc): Expr {
    const op = field(n, 'operator')?.text ?? '';
    const left = this.expr(field(n, 'left'));
    const right = this.expr(field(n, 'right'));
    if (op === '+') return { k: 'concat', parts: [...(left.k === 'concat' ? left.parts : [left]), right], loc };
    if (op === '%' && (left.k === 'lit' && typeof left.v === 'string')) {
      const values = right.k === 'arr' ? right.elems : [right];
      return { k: 'concat', parts: [left, ...values], loc };
    }
    return { k: 'op', op, args: [left, right], loc };
  }

  private dictEntry(c: Node): Prop[] {
    const loc = locOf(c);
    if (c.type === 'pair') {
      const key = this.expr(field(c, 'key'));
      const value = this.expr(field(c, 'value'));
      if (key.k === 'lit' && key.v !== undefined && key.v !== null) return [{ key: String(key.v), value, loc }];
      return [{ key: undefined, keyExpr: key, value, loc }];
    }
    if (c.type === 'dictionary_splat') return [{ key: undefined, value: this.expr(named(c)[0]), spread: true, loc }];
    return [];
  }

  /** `[body for t in it if c]` evaluates as: bind t to an element of `it`, then build a list of `body`. */
  private comprehension(n: Node, loc: Loc): Expr {
    const steps: Expr[] = [];
    for (const c of named(n)) {
      if (c.type === 'for_in_clause') {
        const target = this.pattern(field(c, 'left'));
        for (const nm of namesOf(target)) this.ctx.declare(nm);
        steps.push({ k: 'assign', target, value: { k: 'elem', of: this.expr(field(c, 'right')), loc }, op: undefined, loc });
      } else if (c.type === 'if_clause') {
        steps.push(this.expr(named(c)[0]));
      }
    }
    const body = field(n, 'body');
    let result: Expr;
    if (body?.type === 'pair') {
      const key = this.expr(field(body, 'key'));
      result = { k: 'obj', props: [{ key: undefined, keyExpr: key, value: this.expr(field(body, 'value')), loc }], loc };
    } else result = { k: 'arr', elems: [this.expr(body)], loc };
    return { k: 'seq', exprs: [...steps, result], loc };
  }

  pattern(n: Node | undefined | null): Pattern {
    if (!n) return { k: 'none', loc: { line: 0, col: 0, endLine: 0, endCol: 0 } };
    const loc = locOf(n);
    switch (n.type) {
      case 'identifier':
        this.ctx.ref(n.text);
        return { k: 'name', name: n.text, loc };
      case 'attribute':
      case 'subscript': {
        const e = this.expr(n);
        if (e.k === 'member' || e.k === 'index') return e;
        return { k: 'none', loc };
      }
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list':
      case 'expression_list': {
        const elems: (Pattern | undefined)[] = [];
        let rest: Pattern | undefined;
        for (const c of named(n)) {
          if (c.type === 'list_splat_pattern' || c.type === 'list_splat') rest = this.pattern(named(c)[0]);
          else elems.push(this.pattern(c));
        }
        return { k: 'arrpat', elems, rest, loc };
      }
      case 'parenthesized_expression':
        return this.pattern(named(n)[0]);
      case 'as_pattern_target':
        return this.pattern(named(n)[0]);
      default:
        return { k: 'none', loc };
    }
  }
}

function decodeContent(c: Node): string {
  let out = '';
  let pos = c.startIndex;
  const text = c.text;
  const base = c.startIndex;
  for (const e of c.namedChildren) {
    if (!e || e.type !== 'escape_sequence') continue;
    out += text.slice(pos - base, e.startIndex - base) + decodeEscape(e.text);
    pos = e.endIndex;
  }
  return out + text.slice(pos - base);
}

export function namesOf(p: Pattern, out: string[] = []): string[] {
  if (p.k === 'name') out.push(p.name);
  else if (p.k === 'arrpat') {
    for (const e of p.elems) if (e) namesOf(e, out);
    if (p.rest) namesOf(p.rest, out);
  } else if (p.k === 'objpat') {
    for (const pp of p.props) namesOf(pp.value, out);
    if (p.rest) namesOf(p.rest, out);
  } else if (p.k === 'defpat') namesOf(p.target, out);
  return out;
}
