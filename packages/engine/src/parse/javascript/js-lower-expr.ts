import type { ClassDef, Expr, Loc, Pattern, PatProp, Prop } from '../../ir/ir.types';
import type { LowerContext } from '../lower-context';
import { decodeEscape, field, locOf, named, type Node } from '../syntax-node';

const TRANSPARENT = new Set([
  'parenthesized_expression',
  'as_expression',
  'satisfies_expression',
  'non_null_expression',
  'type_assertion',
]);

const VALUE_OPS = new Set(['&&', '||', '??']);

/**
 * Expression lowering for JavaScript, TypeScript and TSX. Function and class bodies are
 * delegated to the statement lowerer (the subclass), which owns scopes.
 */
export abstract class JsExprLowerer {
  constructor(protected readonly ctx: LowerContext) {}

  protected abstract lowerFunction(n: Node, name: string | undefined): Expr;
  protected abstract lowerClass(n: Node, name: string | undefined): ClassDef;

  expr(n: Node | undefined | null): Expr {
    if (!n) return { k: 'lit', v: undefined, loc: { line: 0, col: 0, endLine: 0, endCol: 0 } };
    const loc = locOf(n);
    switch (n.type) {
      case 'identifier':
      case 'shorthand_property_identifier':
        return this.name(n.text, loc);
      case 'undefined':
        return { k: 'lit', v: undefined, loc };
      case 'this':
        return { k: 'this', loc };
      case 'super':
        return { k: 'super', loc };
      case 'number':
        return { k: 'lit', v: Number(n.text.replace(/_/g, '')), loc };
      case 'true':
        return { k: 'lit', v: true, loc };
      case 'false':
        return { k: 'lit', v: false, loc };
      case 'null':
        return { k: 'lit', v: null, loc };
      case 'string':
        return { k: 'lit', v: this.stringValue(n), loc };
      case 'template_string':
        return this.template(n);
      case 'regex':
        return {
          k: 'regex',
          source: field(n, 'pattern')?.text ?? '',
          flags: field(n, 'flags')?.text ?? '',
          loc,
        };
      case 'member_expression': {
        const obj = this.expr(field(n, 'object'));
        const prop = field(n, 'property')?.text ?? '';
        return { k: 'member', obj, prop, loc };
      }
      case 'subscript_expression':
        return this.subscript(n, loc);
      case 'call_expression':
        return this.call(n, loc);
      case 'new_expression':
        return {
          k: 'call',
          callee: this.expr(field(n, 'constructor')),
          args: this.args(field(n, 'arguments')),
          isNew: true,
          loc,
        };
      case 'binary_expression':
        return this.binary(n, loc);
      case 'unary_expression': {
        const op = field(n, 'operator')?.text ?? '';
        return { k: 'op', op, args: [this.expr(field(n, 'argument'))], loc };
      }
      case 'update_expression': {
        const arg = field(n, 'argument');
        const target = this.pattern(arg);
        return { k: 'assign', target, value: { k: 'op', op: '++', args: [this.expr(arg)], loc }, op: undefined, loc };
      }
      case 'assignment_expression':
        return { k: 'assign', target: this.pattern(field(n, 'left')), value: this.expr(field(n, 'right')), op: undefined, loc };
      case 'augmented_assignment_expression':
        return this.augmented(n, loc);
      case 'sequence_expression':
        return { k: 'seq', exprs: named(n).map((c) => this.expr(c)), loc };
      case 'ternary_expression':
        return {
          k: 'cond',
          test: this.expr(field(n, 'condition')),
          then: this.expr(field(n, 'consequence')),
          else: this.expr(field(n, 'alternative')),
          loc,
        };
      case 'object':
        return { k: 'obj', props: named(n).flatMap((c) => this.prop(c)), loc };
      case 'array':
        return { k: 'arr', elems: named(n).map((c) => this.expr(c)), loc };
      case 'spread_element':
        return { k: 'spread', arg: this.expr(named(n)[0]), loc };
      case 'function_expression':
      case 'function':
      case 'arrow_function':
      case 'generator_function':
        return this.lowerFunction(n, field(n, 'name')?.text);
      case 'class':
        return { k: 'class', cls: this.lowerClass(n, field(n, 'name')?.text), loc };
      case 'await_expression':
        return { k: 'await', arg: this.expr(named(n)[0]), loc };
      case 'yield_expression':
        return { k: 'unknown', parts: named(n).map((c) => this.expr(c)), loc };
      case 'jsx_element':
      case 'jsx_self_closing_element':
        return this.jsx(n, loc);
      case 'jsx_expression':
        return this.expr(named(n)[0]);
      default:
        if (TRANSPARENT.has(n.type)) return this.expr(named(n).find((c) => !c.type.includes('type')) ?? named(n)[0]);
        return { k: 'unknown', parts: named(n).filter((c) => !c.type.includes('type')).map((c) => this.expr(c)), loc };
    }
  }

  protected name(name: string, loc: Loc): Expr {
    if (name === 'undefined') return { k: 'lit', v: undefined, loc };
    // CommonJS `exports` is an alias of `module.exports`; values have no heap, so unify the two here.
    if (name === 'exports' && !this.ctx.current.locals.has('exports')) {
      this.ctx.ref('module');
      return { k: 'member', obj: { k: 'name', name: 'module', loc }, prop: 'exports', loc };
    }
    this.ctx.ref(name);
    return { k: 'name', name, loc };
  }

  protected stringValue(n: Node): string {
    let out = '';
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'string_fragment') out += c.text;
      else if (c.type === 'escape_sequence') out += decodeEscape(c.text);
    }
    return out;
  }

  private template(n: Node): Expr {
    const loc = locOf(n);
    const parts: Expr[] = [];
    let pending = '';
    let dynamic = false;
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'string_fragment') pending += c.text;
      else if (c.type === 'escape_sequence') pending += decodeEscape(c.text);
      else if (c.type === 'template_substitution') {
        if (pending) parts.push({ k: 'lit', v: pending, loc });
        pending = '';
        dynamic = true;
        parts.push(this.expr(named(c)[0]));
      }
    }
    if (!dynamic) return { k: 'lit', v: pending, loc };
    if (pending) parts.push({ k: 'lit', v: pending, loc });
    return { k: 'concat', parts, loc };
  }

  private subscript(n: Node, loc: Loc): Expr {
    const obj = this.expr(field(n, 'object'));
    const idxNode = field(n, 'index');
    const index = this.expr(idxNode);
    if (index.k === 'lit' && (typeof index.v === 'string' || typeof index.v === 'number')) {
      return { k: 'member', obj, prop: String(index.v), loc };
    }
    return { k: 'index', obj, index, loc };
  }

  private call(n: Node, loc: Loc): Expr {
    const fnNode = field(n, 'function');
    const argsNode = field(n, 'arguments');
    const callee: Expr = fnNode?.type === 'import' ? this.name('require', locOf(fnNode)) : this.expr(fnNode);
    if (argsNode?.type === 'template_string') {
      // Tagged template: the tag receives the substituted values, not a concatenated string.
      const t = this.template(argsNode);
      const args = t.k === 'concat' ? t.parts.filter((p) => p.k !== 'lit') : [];
      return { k: 'call', callee, args: [{ k: 'lit', v: '', loc }, ...args], isNew: false, loc };
    }
    return { k: 'call', callee, args: this.args(argsNode), isNew: false, loc };
  }

  protected args(n: Node | undefined): Expr[] {
    if (!n) return [];
    return named(n).map((c) => this.expr(c));
  }

  private binary(n: Node, loc: Loc): Expr {
    const op = field(n, 'operator')?.text ?? '';
    const left = this.expr(field(n, 'left'));
    const right = this.expr(field(n, 'right'));
    if (op === '+') return { k: 'concat', parts: flattenConcat([left, right]), loc };
    if (VALUE_OPS.has(op)) return { k: 'logical', op, left, right, loc };
    return { k: 'op', op, args: [left, right], loc };
  }

  private augmented(n: Node, loc: Loc): Expr {
    const leftNode = field(n, 'left');
    const op = field(n, 'operator')?.text ?? '=';
    const target = this.pattern(leftNode);
    const current = this.expr(leftNode);
    const right = this.expr(field(n, 'right'));
    const base = op.slice(0, -1);
    let value: Expr;
    if (base === '+') value = { k: 'concat', parts: [current, right], loc };
    else if (VALUE_OPS.has(base)) value = { k: 'logical', op: base, left: current, right, loc };
    else value = { k: 'op', op: base, args: [current, right], loc };
    return { k: 'assign', target, value, op, loc };
  }

  private prop(c: Node): Prop[] {
    const loc = locOf(c);
    switch (c.type) {
      case 'pair': {
        const keyNode = field(c, 'key');
        const value = this.expr(field(c, 'value'));
        if (keyNode?.type === 'computed_property_name') {
          const ke = this.expr(named(keyNode)[0]);
          if (ke.k === 'lit' && ke.v !== undefined && ke.v !== null) return [{ key: String(ke.v), value, loc }];
          return [{ key: undefined, keyExpr: ke, value, loc }];
        }
        return [{ key: this.keyText(keyNode), value, loc }];
      }
      case 'shorthand_property_identifier':
        return [{ key: c.text, value: this.name(c.text, loc), loc }];
      case 'spread_element':
        return [{ key: undefined, value: this.expr(named(c)[0]), spread: true, loc }];
      case 'method_definition': {
        const keyNode = field(c, 'name');
        return [{ key: this.keyText(keyNode), value: this.lowerFunction(c, this.keyText(keyNode)), loc }];
      }
      default:
        return [];
    }
  }

  protected keyText(n: Node | undefined): string {
    if (!n) return '';
    if (n.type === 'string') return this.stringValue(n);
    return n.text;
  }

  /** JSX becomes a call to the pseudo-global `$jsx(tag, props, ...children)`. */
  private jsx(n: Node, loc: Loc): Expr {
    const opening = n.type === 'jsx_element' ? field(n, 'open_tag') : n;
    const nameNode = opening ? field(opening, 'name') : undefined;
    const tagText = nameNode?.text ?? '';
    const tag: Expr = /^[a-z]/.test(tagText) ? { k: 'lit', v: tagText, loc } : this.expr(nameNode);
    const props: Prop[] = [];
    for (const a of opening ? named(opening) : []) {
      if (a.type === 'jsx_attribute') {
        const parts = named(a);
        const key = parts[0]?.text ?? '';
        const valNode = parts[1];
        const value: Expr = valNode ? (valNode.type === 'string' ? { k: 'lit', v: this.stringValue(valNode), loc } : this.expr(valNode)) : { k: 'lit', v: true, loc };
        props.push({ key, value, loc: locOf(a) });
      } else if (a.type === 'jsx_expression') {
        const inner = named(a)[0];
        if (inner?.type === 'spread_element') props.push({ key: undefined, value: this.expr(named(inner)[0]), spread: true, loc });
      }
    }
    const children: Expr[] = [];
    if (n.type === 'jsx_element') {
      for (const c of named(n)) {
        if (c.type === 'jsx_expression' || c.type === 'jsx_element' || c.type === 'jsx_self_closing_element') children.push(this.expr(c));
      }
    }
    return { k: 'call', callee: { k: 'name', name: '$jsx', loc }, args: [tag, { k: 'obj', props, loc }, ...children], isNew: false, loc };
  }

  pattern(n: Node | undefined | null): Pattern {
    if (!n) return { k: 'none', loc: { line: 0, col: 0, endLine: 0, endCol: 0 } };
    const loc = locOf(n);
    switch (n.type) {
      case 'identifier':
      case 'shorthand_property_identifier_pattern':
        this.ctx.ref(n.text);
        return { k: 'name', name: n.text, loc };
      case 'member_expression':
      case 'subscript_expression': {
        const e = this.expr(n);
        if (e.k === 'member' || e.k === 'index') return e;
        return { k: 'none', loc };
      }
      case 'object_pattern': {
        const props: PatProp[] = [];
        let rest: Pattern | undefined;
        for (const c of named(n)) {
          if (c.type === 'pair_pattern') {
            const keyNode = field(c, 'key');
            const value = this.pattern(field(c, 'value'));
            if (keyNode?.type === 'computed_property_name') props.push({ key: undefined, keyExpr: this.expr(named(keyNode)[0]), value });
            else props.push({ key: this.keyText(keyNode), value });
          } else if (c.type === 'shorthand_property_identifier_pattern') {
            props.push({ key: c.text, value: this.pattern(c) });
          } else if (c.type === 'object_assignment_pattern') {
            const left = field(c, 'left');
            props.push({ key: left?.text ?? '', value: { k: 'defpat', target: this.pattern(left), dflt: this.expr(field(c, 'right')), loc } });
          } else if (c.type === 'rest_pattern') {
            rest = this.pattern(named(c)[0]);
          }
        }
        return { k: 'objpat', props, rest, loc };
      }
      case 'array_pattern': {
        const elems: (Pattern | undefined)[] = [];
        let rest: Pattern | undefined;
        for (const c of named(n)) {
          if (c.type === 'rest_pattern') rest = this.pattern(named(c)[0]);
          else elems.push(this.pattern(c));
        }
        return { k: 'arrpat', elems, rest, loc };
      }
      case 'assignment_pattern':
        return { k: 'defpat', target: this.pattern(field(n, 'left')), dflt: this.expr(field(n, 'right')), loc };
      case 'parenthesized_expression':
      case 'non_null_expression':
      case 'as_expression':
        return this.pattern(named(n)[0]);
      default:
        return { k: 'none', loc };
    }
  }
}

export function flattenConcat(parts: Expr[]): Expr[] {
  const out: Expr[] = [];
  for (const p of parts) {
    if (p.k === 'concat') out.push(...p.parts);
    else out.push(p);
  }
  return out;
}

export function patternNames(p: Pattern, out: string[] = []): string[] {
  switch (p.k) {
    case 'name':
      out.push(p.name);
      break;
    case 'objpat':
      for (const pp of p.props) patternNames(pp.value, out);
      if (p.rest) patternNames(p.rest, out);
      break;
    case 'arrpat':
      for (const e of p.elems) if (e) patternNames(e, out);
      if (p.rest) patternNames(p.rest, out);
      break;
    case 'defpat':
      patternNames(p.target, out);
      break;
    default:
      break;
  }
  return out;
}
