import type { ClassDef, Expr, ExportBinding, ImportBinding, IrModule, Loc, Param, Pattern, Stmt } from '../../ir/ir.types';
import { LowerContext, type IdSource } from '../lower-context';
import { field, locOf, named, type Node } from '../syntax-node';
import { namesOf, PyExprLowerer } from './py-lower-expr';

/** Lowers one Python syntax tree into an IR module. */
export class PyLowerer extends PyExprLowerer {
  private readonly imports: ImportBinding[] = [];
  private readonly loops: string[] = [];

  constructor(
    private readonly file: string,
    ids: IdSource,
  ) {
    super(new LowerContext(file, ids));
  }

  lowerModule(root: Node, source: string): IrModule {
    const init = this.ctx.enter('<module>', locOf(root), { isModuleInit: true, thisMode: 'none' });
    const body = this.block(named(root));
    this.ctx.leave([], body);
    this.ctx.resolveFreeVars(init.id);
    // Python exports every module-level name that does not start with an underscore.
    const exports: ExportBinding[] = [...init.locals]
      .filter((n) => !n.startsWith('_') || n === '__all__')
      .map((n) => ({ name: n, local: n, from: undefined, imported: undefined }));
    return {
      file: this.file,
      language: 'python',
      init: init.id,
      functions: this.ctx.functions,
      classes: this.ctx.classes,
      imports: this.imports,
      exports,
      moduleLocals: init.locals,
      lines: source.split(/\r?\n/),
      hasCjsExports: false,
    };
  }

  private block(nodes: Node[] | undefined): Stmt[] {
    const out: Stmt[] = [];
    for (const n of nodes ?? []) out.push(...this.stmt(n));
    return out;
  }

  private body(n: Node | undefined): Stmt[] {
    if (!n) return [];
    return this.block(n.type === 'block' ? named(n) : [n]);
  }

  private stmt(n: Node): Stmt[] {
    const loc = locOf(n);
    switch (n.type) {
      case 'expression_statement':
        return named(n).map((c) => this.exprStmt(c));
      case 'return_statement': {
        const e = named(n)[0];
        return [{ k: 'return', e: e ? this.expr(e) : undefined, loc }];
      }
      case 'raise_statement': {
        const e = named(n)[0];
        return e ? [{ k: 'throw', e: this.expr(e), loc }] : [];
      }
      case 'if_statement':
        return [this.ifStatement(n, loc)];
      case 'for_statement': {
        const target = this.declare(this.pattern(field(n, 'left')));
        const alt = field(n, 'alternative');
        return [
          {
            k: 'forin',
            target,
            iter: this.expr(field(n, 'right')),
            over: 'values',
            body: this.body(field(n, 'body')),
            orelse: alt ? this.body(field(alt, 'body')) : [],
            label: undefined,
            loc,
          },
        ];
      }
      case 'while_statement': {
        const alt = field(n, 'alternative');
        return [{ k: 'while', test: this.expr(field(n, 'condition')), body: this.body(field(n, 'body')), doWhile: false, orelse: alt ? this.body(field(alt, 'body')) : [], label: undefined, loc }];
      }
      case 'try_statement':
        return [this.tryStatement(n, loc)];
      case 'with_statement':
        return this.withStatement(n);
      case 'function_definition':
        return [this.def(n, [])];
      case 'decorated_definition':
        return this.decorated(n);
      case 'class_definition': {
        const name = field(n, 'name')?.text ?? '<class>';
        this.ctx.declare(name);
        return [assign({ k: 'name', name, loc }, { k: 'class', cls: this.lowerClassDef(n), loc }, loc)];
      }
      case 'import_statement':
        return this.importStatement(n);
      case 'import_from_statement':
        return this.importFrom(n);
      case 'global_statement':
      case 'nonlocal_statement':
        for (const c of named(n)) this.ctx.declareGlobal(c.text);
        return [];
      case 'break_statement':
        return [{ k: 'break', label: undefined, loc }];
      case 'continue_statement':
        return [{ k: 'continue', label: undefined, loc }];
      case 'assert_statement':
        return [{ k: 'expr', e: this.expr(named(n)[0]), loc }];
      case 'pass_statement':
      case 'delete_statement':
      case 'comment':
      case 'future_import_statement':
      case 'ERROR':
        return [];
      default:
        return [{ k: 'expr', e: { k: 'unknown', parts: named(n).map((c) => this.expr(c)), loc }, loc }];
    }
  }

  private exprStmt(c: Node): Stmt {
    const loc = locOf(c);
    if (c.type === 'assignment') {
      const right = field(c, 'right');
      const target = this.declare(this.pattern(field(c, 'left')));
      const value: Expr = right ? this.expr(right) : { k: 'lit', v: undefined, loc };
      return { k: 'expr', e: { k: 'assign', target, value, op: undefined, loc }, loc };
    }
    if (c.type === 'augmented_assignment') {
      const leftNode = field(c, 'left');
      const op = field(c, 'operator')?.text ?? '+=';
      const current = this.expr(leftNode);
      const right = this.expr(field(c, 'right'));
      const value: Expr = op === '+=' ? { k: 'concat', parts: [current, right], loc } : { k: 'op', op: op.slice(0, -1), args: [current, right], loc };
      return { k: 'expr', e: { k: 'assign', target: this.declare(this.pattern(leftNode)), value, op, loc }, loc };
    }
    return { k: 'expr', e: this.expr(c), loc };
  }

  private declare(p: Pattern): Pattern {
    for (const n of namesOf(p)) this.ctx.declare(n);
    return p;
  }

  private ifStatement(n: Node, loc: Loc): Stmt {
    const alts = n.childrenForFieldName('alternative').filter((x): x is Node => !!x);
    let elseBody: Stmt[] = [];
    for (let i = alts.length - 1; i >= 0; i--) {
      const a = alts[i]!;
      if (a.type === 'else_clause') elseBody = this.body(field(a, 'body'));
      else elseBody = [{ k: 'if', test: this.expr(field(a, 'condition')), then: this.body(field(a, 'consequence')), else: elseBody, loc: locOf(a) }];
    }
    return { k: 'if', test: this.expr(field(n, 'condition')), then: this.body(field(n, 'consequence')), else: elseBody, loc };
  }

  private tryStatement(n: Node, loc: Loc): Stmt {
    let param: Pattern | undefined;
    const handler: Stmt[] = [];
    let orelse: Stmt[] = [];
    let finalizer: Stmt[] = [];
    for (const c of named(n)) {
      if (c.type === 'except_clause' || c.type === 'except_group_clause') {
        const as = named(c).find((x) => x.type === 'as_pattern');
        const alias = as ? field(as, 'alias') : undefined;
        if (alias) param = this.declare(this.pattern(alias));
        const blk = named(c).find((x) => x.type === 'block');
        handler.push(...this.body(blk));
      } else if (c.type === 'else_clause') orelse = this.body(field(c, 'body'));
      else if (c.type === 'finally_clause') finalizer = this.body(named(c).find((x) => x.type === 'block'));
    }
    return { k: 'try', body: this.body(field(n, 'body')), param, handler, orelse, finalizer, loc };
  }

  private withStatement(n: Node): Stmt[] {
    const out: Stmt[] = [];
    const clause = named(n).find((c) => c.type === 'with_clause');
    for (const item of clause ? named(clause) : []) {
      const value = field(item, 'value');
      if (!value) continue;
      const loc = locOf(item);
      if (value.type === 'as_pattern') {
        const alias = field(value, 'alias');
        const target = this.declare(this.pattern(alias));
        out.push(assign(target, this.expr(named(value)[0]), loc));
      } else out.push({ k: 'expr', e: this.expr(value), loc });
    }
    out.push(...this.body(field(n, 'body')));
    return out;
  }

  private decorated(n: Node): Stmt[] {
    const def = field(n, 'definition');
    if (!def) return [];
    const decorators = named(n).filter((c) => c.type === 'decorator');
    const decoNames = decorators.map((d) => named(d)[0]?.text ?? '');
    const stmt = def.type === 'class_definition' ? this.stmt(def)[0] : this.def(def, decoNames);
    if (!stmt) return [];
    const name = field(def, 'name')?.text ?? '';
    const loc = locOf(n);
    const out: Stmt[] = [stmt];
    // @a @b def f  ==  f = a(b(f)); decorators see the function object, so handlers registered by
    // decorators get their parameters from the framework model.
    for (let i = decorators.length - 1; i >= 0; i--) {
      const deco = named(decorators[i]!)[0];
      if (!deco || /^(staticmethod|classmethod|property|\w+\.setter)$/.test(deco.text)) continue;
      const call: Expr = { k: 'call', callee: this.expr(deco), args: [{ k: 'name', name, loc }], isNew: false, loc: locOf(deco) };
      out.push(assign({ k: 'name', name, loc }, call, loc));
    }
    return out;
  }

  private def(n: Node, decorators: string[], classId?: number): Stmt {
    const name = field(n, 'name')?.text ?? '<def>';
    this.ctx.declare(name);
    const loc = locOf(n);
    const owner = this.ctx.current;
    const fe = this.lowerDef(n, name, decorators, classId);
    if (fe.k === 'fn' && decorators.length === 0) (owner.fnDecls ??= new Map()).set(name, fe.id);
    return assign({ k: 'name', name, loc }, fe, loc);
  }

  private lowerDef(n: Node, name: string, decorators: string[], classId: number | undefined): Expr {
    const loc = locOf(n);
    const isMethod = classId !== undefined && !decorators.includes('staticmethod');
    const fn = this.ctx.enter(name, loc, {
      thisMode: isMethod ? 'python-self' : 'none',
      isAsync: n.children.some((c) => c?.type === 'async'),
      isCtor: isMethod && name.endsWith('.__init__'),
      classId,
    });
    const params = this.params(field(n, 'parameters'));
    const bodyNode = field(n, 'body');
    const body = bodyNode?.type === 'block' ? this.body(bodyNode) : [{ k: 'return' as const, e: this.expr(bodyNode), loc }];
    this.ctx.leave(params, body);
    return { k: 'fn', id: fn.id, loc };
  }

  protected lowerLambda(n: Node): Expr {
    return this.lowerDef(n, `<lambda@${locOf(n).line}>`, [], undefined);
  }

  private params(n: Node | undefined): Param[] {
    const out: Param[] = [];
    for (const p of n ? named(n) : []) {
      const loc = locOf(p);
      let target: Pattern;
      let dflt: Expr | undefined;
      let rest = false;
      let kwRest = false;
      let typeName: string | undefined;
      if (p.type === 'identifier') target = this.pattern(p);
      else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
        target = this.pattern(field(p, 'name'));
        dflt = this.expr(field(p, 'value'));
        typeName = field(p, 'type')?.text;
      } else if (p.type === 'typed_parameter') {
        const inner = named(p)[0];
        typeName = field(p, 'type')?.text;
        if (inner?.type === 'list_splat_pattern') {
          rest = true;
          target = this.pattern(named(inner)[0]);
        } else if (inner?.type === 'dictionary_splat_pattern') {
          kwRest = true;
          target = this.pattern(named(inner)[0]);
        } else target = this.pattern(inner);
      } else if (p.type === 'list_splat_pattern') {
        rest = true;
        target = this.pattern(named(p)[0]);
      } else if (p.type === 'dictionary_splat_pattern') {
        kwRest = true;
        target = this.pattern(named(p)[0]);
      } else continue;
      this.declare(target);
      out.push({ target, name: target.k === 'name' ? target.name : p.text, dflt, rest, kwRest, typeName, loc });
    }
    return out;
  }

  protected lowerClassDef(n: Node): ClassDef {
    const loc = locOf(n);
    const name = field(n, 'name')?.text ?? '<class>';
    const cls = this.ctx.newClass(name, loc);
    const supers = field(n, 'superclasses');
    const firstSuper = supers ? named(supers).find((c) => c.type !== 'keyword_argument') : undefined;
    if (firstSuper) cls.superClass = this.expr(firstSuper);
    const bodyNode = field(n, 'body');
    for (const m of bodyNode ? named(bodyNode) : []) {
      const def = m.type === 'decorated_definition' ? field(m, 'definition') : m;
      const decos = m.type === 'decorated_definition' ? named(m).filter((c) => c.type === 'decorator').map((d) => named(d)[0]?.text ?? '') : [];
      if (def?.type === 'function_definition') {
        const mname = field(def, 'name')?.text ?? '';
        const fe = this.lowerDef(def, `${name}.${mname}`, decos, cls.id);
        if (fe.k !== 'fn') continue;
        if (mname === '__init__') cls.ctor = fe.id;
        else if (!decos.some((d) => d.endsWith('.setter'))) cls.methods.push({ name: mname, fn: fe.id, isStatic: decos.includes('staticmethod') || decos.includes('classmethod'), isGetter: decos.includes('property') });
      } else if (m.type === 'expression_statement') {
        const a = named(m)[0];
        if (a?.type === 'assignment') {
          const left = field(a, 'left');
          const right = field(a, 'right');
          if (left?.type === 'identifier' && right) cls.staticFields.push({ name: left.text, value: this.expr(right) });
        }
      }
    }
    return cls;
  }

  private importStatement(n: Node): Stmt[] {
    const line = locOf(n).line;
    for (const c of n.childrenForFieldName('name')) {
      if (!c) continue;
      if (c.type === 'aliased_import') {
        const mod = field(c, 'name')?.text ?? '';
        const alias = field(c, 'alias')?.text ?? mod;
        this.bind(alias, mod, '*', line, 0);
      } else {
        const mod = c.text;
        // `import os.path` binds `os`; the member chain is resolved when `os.path` is read.
        const head = mod.split('.')[0] ?? mod;
        this.bind(head, head, '*', line, 0);
        if (mod !== head) this.imports.push({ local: '', module: mod, imported: '*', kind: 'python', line, level: 0 });
      }
    }
    return [];
  }

  private importFrom(n: Node): Stmt[] {
    const line = locOf(n).line;
    const modNode = field(n, 'module_name');
    let module = modNode?.text ?? '';
    let level = 0;
    if (modNode?.type === 'relative_import') {
      const prefix = named(modNode).find((c) => c.type === 'import_prefix')?.text ?? '';
      level = prefix.length;
      module = named(modNode).find((c) => c.type === 'dotted_name')?.text ?? '';
    }
    if (named(n).some((c) => c.type === 'wildcard_import')) {
      this.imports.push({ local: '', module, imported: '*all*', kind: 'python', line, level });
      return [];
    }
    for (const c of n.childrenForFieldName('name')) {
      if (!c) continue;
      const imported = c.type === 'aliased_import' ? (field(c, 'name')?.text ?? '') : c.text;
      const local = c.type === 'aliased_import' ? (field(c, 'alias')?.text ?? imported) : imported;
      this.bind(local, module, imported, line, level);
    }
    return [];
  }

  private bind(local: string, module: string, imported: string, line: number, level: number): void {
    this.ctx.declare(local);
    this.imports.push({ local, module, imported, kind: 'python', line, level });
  }
}

function assign(target: Pattern, value: Expr, loc: Loc): Stmt {
  return { k: 'expr', e: { k: 'assign', target, value, op: undefined, loc }, loc };
}
