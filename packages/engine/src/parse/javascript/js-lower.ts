import type { ClassDef, Expr, ExportBinding, ImportBinding, IrModule, Language, Loc, Param, Pattern, Stmt } from '../../ir/ir.types';
import { LowerContext, type IdSource } from '../lower-context';
import { field, locOf, named, type Node } from '../syntax-node';
import { JsExprLowerer, patternNames } from './js-lower-expr';

const SKIPPED_STATEMENTS = new Set([
  'empty_statement',
  'debugger_statement',
  'comment',
  'type_alias_declaration',
  'interface_declaration',
  'ambient_declaration',
  'import_statement',
  'hash_bang_line',
  'function_signature',
  'abstract_method_signature',
]);

/** Lowers one JS/TS/TSX syntax tree into an IR module. */
export class JsLowerer extends JsExprLowerer {
  private readonly imports: ImportBinding[] = [];
  private readonly exports: ExportBinding[] = [];
  private hasCjsExports = false;
  private readonly labels: string[] = [];

  constructor(
    private readonly file: string,
    private readonly language: Language,
    ids: IdSource,
  ) {
    super(new LowerContext(file, ids));
  }

  lowerModule(root: Node, source: string): IrModule {
    const init = this.ctx.enter('<module>', locOf(root), { isModuleInit: true, thisMode: 'none' });
    this.ctx.declare('module');
    for (const c of named(root)) if (c.type === 'import_statement') this.importStatement(c);
    const body = this.stmts(named(root));
    this.ctx.leave([], body);
    this.ctx.resolveFreeVars(init.id);
    this.collectRequires(root);
    return {
      file: this.file,
      language: this.language,
      init: init.id,
      functions: this.ctx.functions,
      classes: this.ctx.classes,
      imports: this.imports,
      exports: this.exports,
      moduleLocals: init.locals,
      lines: source.split(/\r?\n/),
      hasCjsExports: this.hasCjsExports,
    };
  }

  stmts(nodes: Node[]): Stmt[] {
    const hoisted: Stmt[] = [];
    const rest: Stmt[] = [];
    for (const n of nodes) {
      if (n.type === 'function_declaration' || n.type === 'generator_function_declaration') {
        hoisted.push(this.functionDeclaration(n));
      } else if (n.type === 'export_statement') {
        const decl = field(n, 'declaration');
        if (decl && (decl.type === 'function_declaration' || decl.type === 'generator_function_declaration')) {
          hoisted.push(this.functionDeclaration(decl));
          this.recordDeclExports(decl, n);
        } else rest.push(...this.stmt(n));
      } else rest.push(...this.stmt(n));
    }
    return [...hoisted, ...rest];
  }

  private block(n: Node | undefined): Stmt[] {
    if (!n) return [];
    if (n.type === 'statement_block') return this.stmts(named(n));
    return this.stmts([n]);
  }

  private stmt(n: Node): Stmt[] {
    const loc = locOf(n);
    switch (n.type) {
      case 'expression_statement': {
        const inner = named(n)[0];
        return inner ? [{ k: 'expr', e: this.expr(inner), loc }] : [];
      }
      case 'lexical_declaration':
      case 'variable_declaration':
        return this.declaration(n);
      case 'class_declaration':
      case 'abstract_class_declaration': {
        const name = field(n, 'name')?.text ?? '<class>';
        this.ctx.declare(name);
        const cls = this.lowerClass(n, name);
        return [assignStmt({ k: 'name', name, loc }, { k: 'class', cls, loc }, loc)];
      }
      case 'enum_declaration': {
        const name = field(n, 'name')?.text ?? '<enum>';
        this.ctx.declare(name);
        return [assignStmt({ k: 'name', name, loc }, { k: 'lit', v: undefined, loc }, loc)];
      }
      case 'return_statement': {
        const e = named(n)[0];
        return [{ k: 'return', e: e ? this.expr(e) : undefined, loc }];
      }
      case 'throw_statement':
        return [{ k: 'throw', e: this.expr(named(n)[0]), loc }];
      case 'if_statement': {
        const alt = field(n, 'alternative');
        const altBody = alt ? named(alt)[0] : undefined;
        return [
          {
            k: 'if',
            test: this.expr(field(n, 'condition')),
            then: this.block(field(n, 'consequence')),
            else: altBody ? this.block(altBody) : [],
            loc,
          },
        ];
      }
      case 'statement_block':
        return [{ k: 'block', body: this.block(n), label: undefined, loc }];
      case 'labeled_statement': {
        const label = field(n, 'label')?.text;
        const body = field(n, 'body');
        if (!body) return [];
        this.labels.push(label ?? '');
        const inner = this.stmt(body);
        this.labels.pop();
        const first = inner[0];
        if (first && inner.length === 1 && 'label' in first) first.label = label;
        return inner;
      }
      case 'for_statement':
        return [this.forStatement(n, loc)];
      case 'for_in_statement':
        return [this.forIn(n, loc)];
      case 'while_statement':
        return [{ k: 'while', test: this.expr(field(n, 'condition')), body: this.block(field(n, 'body')), doWhile: false, orelse: [], label: undefined, loc }];
      case 'do_statement':
        return [{ k: 'while', test: this.expr(field(n, 'condition')), body: this.block(field(n, 'body')), doWhile: true, orelse: [], label: undefined, loc }];
      case 'break_statement':
        return [{ k: 'break', label: field(n, 'label')?.text, loc }];
      case 'continue_statement':
        return [{ k: 'continue', label: field(n, 'label')?.text, loc }];
      case 'switch_statement':
        return [this.switchStatement(n, loc)];
      case 'try_statement': {
        const handler = field(n, 'handler');
        const finalizer = field(n, 'finalizer');
        const paramNode = handler ? field(handler, 'parameter') : undefined;
        const param = paramNode ? this.declarePattern(this.pattern(paramNode)) : undefined;
        return [
          {
            k: 'try',
            body: this.block(field(n, 'body')),
            param,
            handler: handler ? this.block(field(handler, 'body')) : [],
            orelse: [],
            finalizer: finalizer ? this.block(field(finalizer, 'body')) : [],
            loc,
          },
        ];
      }
      case 'export_statement':
        return this.exportStatement(n, loc);
      case 'function_declaration':
      case 'generator_function_declaration':
        return [this.functionDeclaration(n)];
      case 'internal_module':
      case 'module': {
        const body = field(n, 'body');
        return body ? this.block(body) : [];
      }
      default:
        if (SKIPPED_STATEMENTS.has(n.type)) return [];
        if (n.type === 'ERROR') return [];
        return [{ k: 'expr', e: this.expr(n), loc }];
    }
  }

  private declaration(n: Node): Stmt[] {
    const out: Stmt[] = [];
    for (const d of named(n)) {
      if (d.type !== 'variable_declarator') continue;
      const nameNode = field(d, 'name');
      const valueNode = field(d, 'value');
      const target = this.declarePattern(this.pattern(nameNode));
      const loc = locOf(d);
      if (valueNode) this.recordRequireBinding(nameNode, valueNode);
      const value: Expr = valueNode ? this.expr(valueNode) : { k: 'lit', v: undefined, loc };
      out.push(assignStmt(target, value, loc));
    }
    return out;
  }

  private declarePattern(p: Pattern): Pattern {
    for (const name of patternNames(p)) this.ctx.declare(name);
    return p;
  }

  private forStatement(n: Node, loc: Loc): Stmt {
    const initNode = field(n, 'initializer');
    const init = initNode ? this.stmt(initNode) : [];
    const condNode = n.childrenForFieldName('condition').find((c) => c && c.isNamed && c.type !== 'empty_statement');
    const cond = condNode?.type === 'expression_statement' ? named(condNode)[0] : condNode;
    const incNode = field(n, 'increment');
    return {
      k: 'for',
      init,
      test: cond ? this.expr(cond) : undefined,
      update: incNode ? [{ k: 'expr', e: this.expr(incNode), loc: locOf(incNode) }] : [],
      body: this.block(field(n, 'body')),
      label: undefined,
      loc,
    };
  }

  private forIn(n: Node, loc: Loc): Stmt {
    const op = field(n, 'operator')?.text ?? 'of';
    const target = this.declarePattern(this.pattern(field(n, 'left')));
    return {
      k: 'forin',
      target,
      iter: this.expr(field(n, 'right')),
      over: op === 'in' ? 'keys' : 'values',
      body: this.block(field(n, 'body')),
      orelse: [],
      label: undefined,
      loc,
    };
  }

  private switchStatement(n: Node, loc: Loc): Stmt {
    const body = field(n, 'body');
    const cases: { test: Expr | undefined; body: Stmt[] }[] = [];
    for (const c of body ? named(body) : []) {
      if (c.type !== 'switch_case' && c.type !== 'switch_default') continue;
      const value = field(c, 'value');
      const stmts = c.childrenForFieldName('body').filter((x): x is Node => !!x);
      cases.push({ test: value ? this.expr(value) : undefined, body: this.stmts(stmts) });
    }
    const valueNode = field(n, 'value');
    return { k: 'switch', disc: this.expr(valueNode), cases, label: undefined, loc };
  }

  private functionDeclaration(n: Node): Stmt {
    const name = field(n, 'name')?.text ?? '<anonymous>';
    this.ctx.declare(name);
    const loc = locOf(n);
    const owner = this.ctx.current;
    const fe = this.lowerFunction(n, name);
    if (fe.k === 'fn') (owner.fnDecls ??= new Map()).set(name, fe.id);
    return assignStmt({ k: 'name', name, loc }, fe, loc);
  }

  protected lowerFunction(n: Node, name: string | undefined, extra: Partial<{ isCtor: boolean; classId: number; prelude: () => Stmt[] }> = {}): Expr {
    const loc = locOf(n);
    const isArrow = n.type === 'arrow_function';
    const isAsync = n.children.some((c) => c?.type === 'async');
    const fn = this.ctx.enter(name ?? `<anonymous@${loc.line}>`, loc, {
      thisMode: isArrow ? 'lexical' : 'js',
      isAsync,
      isCtor: extra.isCtor ?? false,
      classId: extra.classId,
    });
    if (!isArrow) {
      this.ctx.declare('this');
      this.ctx.declare('arguments');
    }
    const exprName = (n.type === 'function_expression' || n.type === 'function' || n.type === 'generator_function') ? field(n, 'name')?.text : undefined;
    if (exprName) {
      this.ctx.declare(exprName);
      fn.selfName = exprName;
    }
    const params: Param[] = [];
    const paramProps: Stmt[] = [];
    const single = field(n, 'parameter');
    const paramNodes = single ? [single] : named(field(n, 'parameters') ?? n).filter(() => !!field(n, 'parameters'));
    for (const p of paramNodes) params.push(this.param(p, paramProps));
    const prelude = [...paramProps, ...(extra.prelude?.() ?? [])];
    const bodyNode = field(n, 'body');
    let body: Stmt[];
    if (!bodyNode) body = [];
    else if (bodyNode.type === 'statement_block') body = this.stmts(named(bodyNode));
    else body = [{ k: 'return', e: this.expr(bodyNode), loc: locOf(bodyNode) }];
    this.ctx.leave(params, [...prelude, ...body]);
    return { k: 'fn', id: fn.id, loc };
  }

  private param(p: Node, paramProps: Stmt[]): Param {
    const loc = locOf(p);
    let node: Node | undefined = p;
    let dflt: Expr | undefined;
    let rest = false;
    let typeName: string | undefined;
    if (p.type === 'required_parameter' || p.type === 'optional_parameter') {
      node = field(p, 'pattern');
      const t = field(p, 'type');
      typeName = t ? named(t)[0]?.text : undefined;
      const v = field(p, 'value');
      if (v) dflt = this.expr(v);
      if (p.children.some((c) => c?.type === 'accessibility_modifier' || c?.type === 'override_modifier' || c?.text === 'readonly')) {
        const name = node?.text ?? '';
        paramProps.push(assignStmt({ k: 'member', obj: { k: 'this', loc }, prop: name, loc }, { k: 'name', name, loc }, loc));
      }
    }
    if (node?.type === 'assignment_pattern') {
      dflt = this.expr(field(node, 'right'));
      node = field(node, 'left');
    }
    if (node?.type === 'rest_pattern') {
      rest = true;
      node = named(node)[0];
    }
    const target = this.declarePattern(this.pattern(node));
    const name = target.k === 'name' ? target.name : (node?.text ?? '?');
    return { target, name, dflt, rest, kwRest: false, typeName, loc };
  }

  protected lowerClass(n: Node, name: string | undefined): ClassDef {
    const loc = locOf(n);
    const cls = this.ctx.newClass(name ?? `<class@${loc.line}>`, loc);
    const heritage = named(n).find((c) => c.type === 'class_heritage');
    if (heritage) {
      const ext = named(heritage).find((c) => c.type === 'extends_clause');
      const superNode = ext ? (field(ext, 'value') ?? named(ext)[0]) : named(heritage)[0];
      if (superNode) cls.superClass = this.expr(superNode);
    }
    const body = field(n, 'body');
    const members = body ? named(body) : [];
    const instanceFields = members.filter(
      (m) => (m.type === 'field_definition' || m.type === 'public_field_definition') && !m.children.some((c) => c?.type === 'static'),
    );
    const fieldInits = (): Stmt[] =>
      instanceFields.flatMap((f) => {
        const keyNode = field(f, 'property') ?? field(f, 'name');
        const value = field(f, 'value');
        if (!keyNode || !value) return [];
        const floc = locOf(f);
        return [assignStmt({ k: 'member', obj: { k: 'this', loc: floc }, prop: keyNode.text, loc: floc }, this.expr(value), floc)];
      });
    let ctorSeen = false;
    for (const m of members) {
      if (m.type === 'method_definition') {
        const keyNode = field(m, 'name');
        const key = this.keyText(keyNode);
        const isStatic = m.children.some((c) => c?.type === 'static');
        if (key === 'constructor') {
          ctorSeen = true;
          const fe = this.lowerFunction(m, `${cls.name}.constructor`, { isCtor: true, classId: cls.id, prelude: fieldInits });
          if (fe.k === 'fn') cls.ctor = fe.id;
        } else {
          const fe = this.lowerFunction(m, `${cls.name}.${key}`, { classId: cls.id });
          const isGetter = m.children.some((c) => c?.type === 'get');
          if (fe.k === 'fn' && !m.children.some((c) => c?.type === 'set')) cls.methods.push({ name: key, fn: fe.id, isStatic, isGetter });
        }
      } else if ((m.type === 'field_definition' || m.type === 'public_field_definition') && m.children.some((c) => c?.type === 'static')) {
        const keyNode = field(m, 'property') ?? field(m, 'name');
        const value = field(m, 'value');
        if (keyNode && value) cls.staticFields.push({ name: keyNode.text, value: this.expr(value) });
      }
    }
    if (!ctorSeen && (instanceFields.length > 0 || cls.superClass)) cls.ctor = this.syntheticCtor(cls, loc, fieldInits);
    return cls;
  }

  private syntheticCtor(cls: ClassDef, loc: Loc, fieldInits: () => Stmt[]): number {
    const fn = this.ctx.enter(`${cls.name}.constructor`, loc, { isCtor: true, classId: cls.id });
    this.ctx.declare('this');
    this.ctx.declare('args');
    const params: Param[] = [];
    const body: Stmt[] = [];
    if (cls.superClass) {
      params.push({ target: { k: 'name', name: 'args', loc }, name: 'args', dflt: undefined, rest: true, kwRest: false, typeName: undefined, loc });
      body.push({ k: 'expr', e: { k: 'call', callee: { k: 'super', loc }, args: [{ k: 'spread', arg: { k: 'name', name: 'args', loc }, loc }], isNew: false, loc }, loc });
    }
    body.push(...fieldInits());
    this.ctx.leave(params, body);
    return fn.id;
  }

  private exportStatement(n: Node, loc: Loc): Stmt[] {
    const source = field(n, 'source');
    const decl = field(n, 'declaration');
    const value = field(n, 'value');
    const clause = named(n).find((c) => c.type === 'export_clause');
    const from = source ? this.stringValue(source) : undefined;
    if (from !== undefined) {
      if (from) this.imports.push({ local: '', module: from, imported: '*', kind: 'esm', line: loc.line, level: 0 });
      if (!clause) this.exports.push({ name: '*', local: undefined, from, imported: '*' });
    }
    if (clause) {
      for (const s of named(clause)) {
        if (s.type !== 'export_specifier') continue;
        const local = field(s, 'name')?.text ?? '';
        const alias = field(s, 'alias')?.text ?? local;
        if (from !== undefined) this.exports.push({ name: alias, local: undefined, from, imported: local });
        else {
          this.ctx.ref(local);
          this.exports.push({ name: alias, local, from: undefined, imported: undefined });
        }
      }
      return [];
    }
    if (decl) {
      this.recordDeclExports(decl, n);
      return this.stmt(decl);
    }
    if (value) {
      const isDefault = n.children.some((c) => c?.type === 'default');
      if (!isDefault) return [];
      const named = field(value, 'name')?.text;
      if ((value.type === 'function_declaration' || value.type === 'class_declaration') && named) {
        this.exports.push({ name: 'default', local: named, from: undefined, imported: undefined });
        return this.stmt(value);
      }
      this.ctx.declare('*default*');
      this.exports.push({ name: 'default', local: '*default*', from: undefined, imported: undefined });
      return [assignStmt({ k: 'name', name: '*default*', loc }, this.expr(value), loc)];
    }
    return [];
  }

  private recordDeclExports(decl: Node, exportNode: Node): void {
    const isDefault = exportNode.children.some((c) => c?.type === 'default');
    if (decl.type === 'lexical_declaration' || decl.type === 'variable_declaration') {
      for (const d of named(decl)) {
        if (d.type !== 'variable_declarator') continue;
        for (const name of patternNames(this.pattern(field(d, 'name')))) this.exports.push({ name, local: name, from: undefined, imported: undefined });
      }
      return;
    }
    const name = field(decl, 'name')?.text;
    if (name) this.exports.push({ name: isDefault ? 'default' : name, local: name, from: undefined, imported: undefined });
  }

  private importStatement(n: Node): void {
    const source = field(n, 'source');
    if (!source) return;
    const module = this.stringValue(source);
    const line = locOf(n).line;
    const clause = named(n).find((c) => c.type === 'import_clause');
    if (!clause) {
      this.imports.push({ local: '', module, imported: '*', kind: 'esm', line, level: 0 });
      return;
    }
    for (const c of named(clause)) {
      if (c.type === 'identifier') this.bindImport(c.text, module, 'default', line);
      else if (c.type === 'namespace_import') {
        const id = named(c)[0];
        if (id) this.bindImport(id.text, module, '*', line);
      } else if (c.type === 'named_imports') {
        for (const s of named(c)) {
          if (s.type !== 'import_specifier') continue;
          const importedName = field(s, 'name')?.text ?? '';
          this.bindImport(field(s, 'alias')?.text ?? importedName, module, importedName, line);
        }
      }
    }
  }

  private bindImport(local: string, module: string, imported: string, line: number): void {
    this.ctx.declare(local);
    this.imports.push({ local, module, imported, kind: 'esm', line, level: 0 });
  }

  private recordRequireBinding(nameNode: Node | undefined, valueNode: Node): void {
    const spec = requireSpecifier(valueNode);
    if (spec === undefined || !nameNode) return;
    const line = locOf(valueNode).line;
    if (nameNode.type === 'identifier') {
      this.imports.push({ local: nameNode.text, module: spec, imported: '*', kind: 'cjs', line, level: 0 });
    } else if (nameNode.type === 'object_pattern') {
      for (const c of named(nameNode)) {
        const key = c.type === 'pair_pattern' ? field(c, 'key')?.text : c.type === 'shorthand_property_identifier_pattern' ? c.text : undefined;
        const valueNode = c.type === 'pair_pattern' ? field(c, 'value') : undefined;
        const local = c.type === 'pair_pattern' ? (valueNode?.type === 'identifier' ? valueNode.text : undefined) : key;
        if (key && local) this.imports.push({ local, module: spec, imported: key, kind: 'cjs', line, level: 0 });
      }
    }
  }

  private collectRequires(root: Node): void {
    const seen = new Set(this.imports.map((i) => `${i.line}:${i.module}`));
    for (const call of root.descendantsOfType('call_expression')) {
      if (!call) continue;
      const spec = requireSpecifier(call);
      if (spec === undefined) continue;
      const line = locOf(call).line;
      if (seen.has(`${line}:${spec}`)) continue;
      seen.add(`${line}:${spec}`);
      this.imports.push({ local: '', module: spec, imported: '*', kind: 'cjs', line, level: 0 });
    }
    this.hasCjsExports = root.text.includes('module.exports') || /\bexports\.\w+\s*=/.test(root.text);
  }
}

function requireSpecifier(n: Node): string | undefined {
  if (n.type !== 'call_expression') return undefined;
  const fn = field(n, 'function');
  if (!fn || (fn.text !== 'require' && fn.type !== 'import')) return undefined;
  const arg = named(field(n, 'arguments') ?? n)[0];
  if (!arg || arg.type !== 'string') return undefined;
  return arg.namedChildren.map((c) => c?.text ?? '').join('');
}

function assignStmt(target: Pattern, value: Expr, loc: Loc): Stmt {
  return { k: 'expr', e: { k: 'assign', target, value, op: undefined, loc }, loc };
}
