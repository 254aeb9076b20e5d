import type { Expr, Loc, Pattern, Stmt } from '../../ir/ir.types';
import { field, locOf, named, type Node } from '../syntax-node';
import { JavaExprLowerer, type ClassInfo } from './java-lower-expr';
import { typeText } from './java-types';

export const THROWN = '%exc';

/** Statement lowering for Java; class declarations (local classes) go back to the module lowerer. */
export abstract class JavaStmtLowerer extends JavaExprLowerer {
  protected abstract classDecl(n: Node, outer: ClassInfo | undefined): void;

  protected block(n: Node | undefined | null): Stmt[] {
    if (!n) return [];
    if (n.type !== 'block' && n.type !== 'constructor_body') return this.stmt(n);
    const out: Stmt[] = [];
    for (const c of named(n)) out.push(...this.stmt(c));
    return out;
  }

  protected stmt(n: Node): Stmt[] {
    const loc = locOf(n);
    switch (n.type) {
      case 'local_variable_declaration':
        return this.localDecl(n);
      case 'expression_statement':
        return named(n).map((c) => ({ k: 'expr', e: this.expr(c), loc }));
      case 'explicit_constructor_invocation': {
        const ctor = field(n, 'constructor');
        const callee: Expr = ctor?.type === 'super' ? { k: 'super', loc } : { k: 'this', loc };
        const args = named(field(n, 'arguments') ?? n).filter(() => !!field(n, 'arguments')).map((c) => this.expr(c));
        return ctor?.type === 'super' ? [{ k: 'expr', e: { k: 'call', callee, args, isNew: false, loc }, loc }] : [];
      }
      case 'return_statement': {
        const e = named(n)[0];
        return [{ k: 'return', e: e ? this.expr(e) : undefined, loc }];
      }
      case 'throw_statement': {
        // NOTE(java-thrown): the thrown value is kept in `%exc`, which catch parameters of the same function read.
        this.ctx.declare(THROWN);
        return [{ k: 'throw', e: { k: 'assign', target: { k: 'name', name: THROWN, loc }, value: this.expr(named(n)[0]), op: undefined, loc }, loc }];
      }
      case 'yield_statement':
        return [{ k: 'expr', e: this.expr(named(n)[0]), loc }];
      case 'if_statement': {
        const alt = field(n, 'alternative');
        return [{ k: 'if', test: this.expr(field(n, 'condition')), then: this.block(field(n, 'consequence')), else: alt ? this.block(alt) : [], loc }];
      }
      case 'while_statement':
        return [{ k: 'while', test: this.expr(field(n, 'condition')), body: this.block(field(n, 'body')), doWhile: false, orelse: [], label: undefined, loc }];
      case 'do_statement':
        return [{ k: 'while', test: this.expr(field(n, 'condition')), body: this.block(field(n, 'body')), doWhile: true, orelse: [], label: undefined, loc }];
      case 'for_statement': {
        const init = n.childrenForFieldName('init').filter((c): c is Node => !!c).flatMap((c) => (c.type === 'local_variable_declaration' ? this.localDecl(c) : [{ k: 'expr' as const, e: this.expr(c), loc }]));
        const update = n.childrenForFieldName('update').filter((c): c is Node => !!c).map((c) => ({ k: 'expr' as const, e: this.expr(c), loc }));
        const cond = field(n, 'condition');
        return [{ k: 'for', init, test: cond ? this.expr(cond) : undefined, update, body: this.block(field(n, 'body')), label: undefined, loc }];
      }
      case 'enhanced_for_statement': {
        const name = field(n, 'name')?.text ?? '_';
        const iter = this.expr(field(n, 'value'));
        this.declareLocal(name, typeText(n));
        const target: Pattern = { k: 'name', name, loc };
        return [{ k: 'forin', target, iter, over: 'values', body: this.block(field(n, 'body')), orelse: [], label: undefined, loc }];
      }
      case 'try_statement':
      case 'try_with_resources_statement': {
        const t = this.tryStmt(n, loc);
        // See NOTE(java-thrown): a handler sees only what its own try threw.
        return t.k === 'try' && t.param ? [assign({ k: 'name', name: THROWN, loc }, { k: 'lit', v: undefined, loc }, loc), t] : [t];
      }
      case 'switch_expression':
      case 'switch_statement':
        return [this.switchStmt(n, loc)];
      case 'block':
        return [{ k: 'block', body: this.block(n), label: undefined, loc }];
      case 'labeled_statement': {
        const label = named(n)[0]?.text;
        const inner = named(n)[1];
        const body = inner ? this.stmt(inner) : [];
        const first = body[0];
        if (first && (first.k === 'for' || first.k === 'while' || first.k === 'forin') && body.length === 1) return [{ ...first, label }];
        return [{ k: 'block', body, label, loc }];
      }
      case 'break_statement':
        return [{ k: 'break', label: named(n)[0]?.text, loc }];
      case 'continue_statement':
        return [{ k: 'continue', label: named(n)[0]?.text, loc }];
      case 'synchronized_statement':
        return this.block(field(n, 'body') ?? named(n).find((c) => c.type === 'block'));
      case 'assert_statement':
        return [{ k: 'expr', e: this.expr(named(n)[0]), loc }];
      case 'local_class_declaration':
      case 'class_declaration':
      case 'enum_declaration':
      case 'record_declaration':
        this.types.localClasses.add(field(n, 'name')?.text ?? '');
        this.classDecl(n, this.cls);
        return [];
      case 'empty_statement':
      case 'line_comment':
      case 'block_comment':
      case 'ERROR':
        return [];
      default:
        return [{ k: 'expr', e: this.expr(n), loc }];
    }
  }

  private localDecl(n: Node): Stmt[] {
    const out: Stmt[] = [];
    const written = typeText(n);
    for (const d of n.childrenForFieldName('declarator')) {
      if (!d) continue;
      const name = field(d, 'name')?.text ?? '_';
      const value = field(d, 'value');
      const v = value ? this.expr(value) : undefined;
      this.declareLocal(name, written === 'var' ? undefined : written);
      if (v) out.push(assign({ k: 'name', name, loc: locOf(d) }, v, locOf(d)));
    }
    return out;
  }

  private tryStmt(n: Node, loc: Loc): Stmt {
    const pre: Stmt[] = [];
    const resources = field(n, 'resources');
    for (const r of resources ? named(resources) : []) {
      const name = field(r, 'name')?.text;
      const value = field(r, 'value');
      if (name && value) {
        const v = this.expr(value);
        this.declareLocal(name, typeText(r));
        pre.push(assign({ k: 'name', name, loc: locOf(r) }, v, locOf(r)));
      } else pre.push({ k: 'expr', e: this.expr(r), loc: locOf(r) });
    }
    let param: Pattern | undefined;
    const handler: Stmt[] = [];
    let finalizer: Stmt[] = [];
    for (const c of named(n)) {
      if (c.type === 'catch_clause') {
        const fp = named(c).find((x) => x.type === 'catch_formal_parameter');
        const pname = fp ? field(fp, 'name')?.text : undefined;
        if (pname) {
          this.declareLocal(pname, undefined);
          param = { k: 'name', name: pname, loc: locOf(fp!) };
          // See NOTE(java-thrown).
          this.ctx.declare(THROWN);
          handler.push(assign({ k: 'name', name: pname, loc: locOf(fp!) }, { k: 'name', name: THROWN, loc: locOf(fp!) }, locOf(fp!)));
        }
        handler.push(...this.block(field(c, 'body')));
      } else if (c.type === 'finally_clause') finalizer = this.block(named(c).find((x) => x.type === 'block'));
    }
    return { k: 'try', body: [...pre, ...this.block(field(n, 'body'))], param, handler, orelse: [], finalizer, loc };
  }

  private switchStmt(n: Node, loc: Loc): Stmt {
    const disc = this.expr(field(n, 'condition'));
    const cases: { test: Expr | undefined; body: Stmt[] }[] = [];
    const body = field(n, 'body');
    for (const g of body ? named(body) : []) {
      const label = named(g).find((c) => c.type === 'switch_label');
      const test = label && named(label)[0] ? this.expr(named(label)[0]) : undefined;
      const stmts = named(g).filter((c) => c.type !== 'switch_label').flatMap((c) => (g.type === 'switch_rule' && !c.type.endsWith('statement') && c.type !== 'block' ? [{ k: 'expr' as const, e: this.expr(c), loc: locOf(c) }] : this.block(c)));
      cases.push({ test, body: g.type === 'switch_rule' ? [...stmts, { k: 'break', label: undefined, loc }] : stmts });
    }
    return { k: 'switch', disc, cases, label: undefined, loc };
  }
}

export function assign(target: Pattern, value: Expr, loc: Loc): Stmt {
  return { k: 'expr', e: { k: 'assign', target, value, op: undefined, loc }, loc };
}
