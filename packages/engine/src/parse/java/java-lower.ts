import type { ClassDef, Expr, ExportBinding, ImportBinding, IrModule, Param, Stmt } from '../../ir/ir.types';
import { LowerContext, type IdSource } from '../lower-context';
import { field, locOf, named, type Node } from '../syntax-node';
import type { ClassInfo } from './java-lower-expr';
import { assign, JavaStmtLowerer } from './java-lower-stmt';
import { annotationsOf, hasModifier, JavaTypeScope, typeText } from './java-types';

const HANDLER_ANNOTATIONS = /^((Get|Post|Put|Delete|Patch|Request)Mapping|GET|POST|PUT|DELETE|PATCH)$/;
const FRAMEWORK_PARAM_TYPES = /(^|\.)(HttpServletRequest|HttpServletResponse|ServletRequest|ServletResponse|HttpSession|Model|ModelMap|ModelAndView|BindingResult|Errors|Principal|Authentication|Locale|RedirectAttributes|WebRequest|HttpHeaders|UriInfo|UriComponentsBuilder|SecurityContext|AsyncResponse|Pageable|Sort)$/;
/** Root of parameters a web framework binds from the request without an annotation (see the Java web models). */
const IMPLICIT_BINDING = '@web.ImplicitRequestBinding';
const CLASS_DECLS = new Set(['class_declaration', 'enum_declaration', 'record_declaration', 'interface_declaration']);

/**
 * Lowers one Java compilation unit into an IR module. Classes become module-level class values;
 * bare field and method names are rewritten to `this.x` / `Cls.x`; declared types, `new T()` and
 * library class names become `typed` expressions so type models resolve receivers. Top-level
 * statements (only valid in patterns) are lowered into the module body.
 */
export class JavaLowerer extends JavaStmtLowerer {
  private readonly imports: ImportBinding[] = [];
  private readonly moduleBody: Stmt[] = [];
  private readonly interfaces: string[] = [];
  private readonly implementsOf = new Map<string, string[]>();

  constructor(
    private readonly file: string,
    ids: IdSource,
  ) {
    super(new LowerContext(file, ids), new JavaTypeScope());
  }

  lowerModule(root: Node, source: string): IrModule {
    const init = this.ctx.enter('<module>', locOf(root), { isModuleInit: true, thisMode: 'none' });
    this.scopes.push(new Map());
    const top = named(root);
    for (const c of top) {
      if (c.type === 'package_declaration') this.types.pkg = named(c)[0]?.text ?? '';
      else if (c.type === 'import_declaration') {
        const imp = this.types.addImport(c);
        if (imp) this.imports.push({ local: '', module: imp.module, imported: imp.imported, kind: 'java', line: locOf(c).line, level: 0 });
      }
    }
    this.collectClassNames(top, 0);
    const statements: Stmt[] = [];
    for (const c of top) {
      if (CLASS_DECLS.has(c.type)) this.classDecl(c, undefined);
      else if (c.type !== 'package_declaration' && c.type !== 'import_declaration') statements.push(...this.stmt(c));
    }
    this.ctx.leave([], [...this.moduleBody, ...statements]);
    this.scopes.pop();
    this.ctx.resolveFreeVars(init.id);
    const exports: ExportBinding[] = [...this.types.localClasses].map((n) => ({ name: n, local: n, from: undefined, imported: undefined }));
    return {
      file: this.file,
      language: 'java',
      init: init.id,
      functions: this.ctx.functions,
      classes: this.ctx.classes,
      imports: this.imports,
      exports,
      moduleLocals: init.locals,
      lines: source.split(/\r?\n/),
      hasCjsExports: false,
      javaPackage: this.types.pkg,
      javaInterfaces: this.interfaces,
      javaImplements: this.implementsOf,
    };
  }

  private collectClassNames(nodes: Node[], depth: number): void {
    if (depth > 8) return;
    for (const c of nodes) {
      if (!CLASS_DECLS.has(c.type)) continue;
      const name = field(c, 'name')?.text;
      if (name) this.types.localClasses.add(name);
      const body = field(c, 'body');
      if (body) this.collectClassNames(named(body).flatMap((m) => (m.type === 'enum_body_declarations' ? named(m) : [m])), depth + 1);
    }
  }

  /** Lowers a class declaration and binds it at module level (nested classes too, by simple name). */
  protected classDecl(n: Node, outer: ClassInfo | undefined): void {
    const loc = locOf(n);
    const name = field(n, 'name')?.text ?? `<class@${loc.line}>`;
    if (n.type === 'interface_declaration') this.interfaces.push(name);
    const supers = field(n, 'interfaces');
    const list = supers ? named(supers).flatMap((t) => (t.type === 'type_list' ? named(t) : [t])) : [];
    const resolved = list.map((t) => this.types.resolve(t.text)).filter((x): x is string => x !== undefined);
    if (resolved.length) this.implementsOf.set(name, resolved);
    const cls = this.lowerClassBody(n, name, outer);
    this.ctx.declare(name);
    this.moduleBody.push(assign({ k: 'name', name, loc }, { k: 'class', cls, loc }, loc));
  }

  private lowerClassBody(n: Node, name: string, outer: ClassInfo | undefined): ClassDef {
    const loc = locOf(n);
    const cls = this.ctx.newClass(name, loc);
    const superName = field(n, 'superclass') ? named(field(n, 'superclass')!)[0]?.text.replace(/<.*>/s, '') : undefined;
    if (superName) cls.superClass = this.classRef(superName, loc);
    const bodyNode = field(n, 'body');
    const members = bodyNode ? named(bodyNode).flatMap((m) => (m.type === 'enum_body_declarations' ? named(m) : [m])) : [];
    const info: ClassInfo = { name, fields: new Map(), methods: new Map(), outer };
    const methodKeys = new Map<Node, string>();
    for (const m of members) {
      if (m.type === 'field_declaration' || m.type === 'constant_declaration') {
        const isStatic = hasModifier(m, 'static') || m.type === 'constant_declaration';
        for (const d of m.childrenForFieldName('declarator')) {
          const fname = d && field(d, 'name')?.text;
          if (fname) info.fields.set(fname, { type: this.types.resolve(typeText(m)), isStatic });
        }
      } else if (m.type === 'method_declaration') {
        const mname = field(m, 'name')?.text;
        if (!mname) continue;
        const arity = arityOf(m);
        const entry = info.methods.get(mname) ?? { isStatic: hasModifier(m, 'static'), byArity: new Map<number, string>() };
        if (!entry.byArity.has(arity)) entry.byArity.set(arity, entry.byArity.size === 0 ? mname : `${mname}$${arity}`);
        info.methods.set(mname, entry);
        methodKeys.set(m, entry.byArity.get(arity) === undefined ? mname : entry.byArity.get(arity)!);
      }
    }
    for (const p of n.type === 'record_declaration' ? named(field(n, 'parameters') ?? n).filter((c) => c.type === 'formal_parameter') : []) {
      const pname = field(p, 'name')?.text;
      if (pname) info.fields.set(pname, { type: this.types.resolve(typeText(p)), isStatic: false });
    }
    const savedCls = this.cls;
    const savedStatic = this.staticContext;
    this.cls = info;
    const fieldInits = (isStatic: boolean): Stmt[] => {
      this.staticContext = isStatic;
      const out: Stmt[] = [];
      for (const m of members) {
        if (m.type !== 'field_declaration' && m.type !== 'constant_declaration') continue;
        if ((hasModifier(m, 'static') || m.type === 'constant_declaration') !== isStatic) continue;
        for (const d of m.childrenForFieldName('declarator')) {
          const value = d && field(d, 'value');
          const fname = d && field(d, 'name')?.text;
          if (!value || !fname) continue;
          const floc = locOf(d);
          out.push(assign({ k: 'member', obj: isStatic ? { k: 'name', name, loc: floc } : { k: 'this', loc: floc }, prop: fname, loc: floc }, this.expr(value), floc));
        }
      }
      return out;
    };
    for (const s of fieldInits(true)) if (s.k === 'expr' && s.e.k === 'assign' && s.e.target.k === 'member') cls.staticFields.push({ name: s.e.target.prop, value: s.e.value });
    let ctorSeen = false;
    for (const m of members) {
      if (m.type === 'constructor_declaration' || m.type === 'compact_constructor_declaration') {
        if (ctorSeen) continue;
        ctorSeen = true;
        const fe = this.method(m, `${name}.<init>`, cls.id, false, true, () => fieldInits(false));
        if (fe.k === 'fn') cls.ctor = fe.id;
      } else if (m.type === 'method_declaration') {
        const mname = field(m, 'name')?.text ?? '<method>';
        const key = methodKeys.get(m) ?? mname;
        const isStatic = hasModifier(m, 'static');
        const fe = this.method(m, `${name}.${key}`, cls.id, isStatic, false);
        if (fe.k === 'fn' && !cls.methods.some((x) => x.name === key)) cls.methods.push({ name: key, fn: fe.id, isStatic });
      } else if (CLASS_DECLS.has(m.type)) this.classDecl(m, info);
      else if (m.type === 'static_initializer') {
        this.staticContext = true;
        this.moduleBody.push(...this.block(named(m)[0]));
      }
    }
    if (!ctorSeen && members.some((m) => m.type === 'field_declaration' && !hasModifier(m, 'static') && m.childrenForFieldName('declarator').some((d) => d && field(d, 'value')))) {
      const fn = this.ctx.enter(`${name}.<init>`, loc, { isCtor: true, classId: cls.id, thisMode: 'js' });
      this.ctx.declare('this');
      this.scopes.push(new Map());
      const body = fieldInits(false);
      this.scopes.pop();
      this.ctx.leave([], body);
      cls.ctor = fn.id;
    }
    this.cls = savedCls;
    this.staticContext = savedStatic;
    return cls;
  }

  private method(n: Node, name: string, classId: number, isStatic: boolean, isCtor: boolean, prelude?: () => Stmt[]): Expr {
    const loc = locOf(n);
    const fn = this.ctx.enter(name, loc, { thisMode: isStatic ? 'none' : 'js', isCtor, classId });
    if (!isStatic) this.ctx.declare('this');
    const savedStatic = this.staticContext;
    this.scopes.push(new Map());
    const params = this.params(field(n, 'parameters'));
    const pre = [...this.annotatedParamSources(field(n, 'parameters'), annotationsOf(n)), ...(prelude?.() ?? [])];
    this.staticContext = isStatic;
    const body = this.block(field(n, 'body'));
    this.scopes.pop();
    this.staticContext = savedStatic;
    this.ctx.leave(params, [...pre, ...body]);
    return { k: 'fn', id: fn.id, loc };
  }

  private params(n: Node | undefined): Param[] {
    const out: Param[] = [];
    for (const p of n ? named(n) : []) {
      if (p.type !== 'formal_parameter' && p.type !== 'spread_parameter' && p.type !== 'identifier') continue;
      const nameNode = p.type === 'identifier' ? p : (field(p, 'name') ?? named(p).find((c) => c.type === 'variable_declarator')?.childForFieldName('name') ?? undefined);
      const pname = nameNode?.text ?? '?';
      const loc = locOf(p);
      const written = p.type === 'identifier' ? undefined : (typeText(p) ?? named(p).find((c) => /type|identifier/.test(c.type) && c.type !== 'modifiers')?.text);
      this.declareLocal(pname, written);
      out.push({ target: { k: 'name', name: pname, loc }, name: pname, dflt: undefined, rest: p.type === 'spread_parameter', kwRest: false, typeName: written, loc });
    }
    return out;
  }

  /**
   * `@RequestParam String id` and the like: the parameter is re-bound once at method entry to a
   * value typed by its annotation, so a source model on the annotation applies (and a later guard
   * on the parameter is not undone by the next read).
   */
  private annotatedParamSources(n: Node | undefined, methodAnnotations: string[]): Stmt[] {
    const out: Stmt[] = [];
    // Handler methods bind unannotated parameters from the request too (Spring simple types and
    // form objects, the JAX-RS entity); framework objects such as the response are excluded.
    const handler = methodAnnotations.some((a) => HANDLER_ANNOTATIONS.test(a));
    for (const p of n ? named(n) : []) {
      if (p.type !== 'formal_parameter') continue;
      const pname = field(p, 'name')?.text;
      const annotations = annotationsOf(p);
      const implicit = handler && annotations.length === 0 && !FRAMEWORK_PARAM_TYPES.test((typeText(p) ?? '').replace(/<.*>/s, '').trim());
      const roots = implicit ? [`type:${IMPLICIT_BINDING}`] : annotations.map((a) => `type:@${this.types.resolve(a) ?? a}`);
      if (!pname || roots.length === 0) continue;
      const loc = locOf(p);
      out.push(assign({ k: 'name', name: pname, loc }, this.typed(roots, { k: 'name', name: pname, loc }), loc));
    }
    return out;
  }

  protected lowerLambda(n: Node): Expr {
    const loc = locOf(n);
    const fn = this.ctx.enter(`<lambda@${loc.line}>`, loc, { thisMode: 'lexical' });
    this.scopes.push(new Map());
    const ps = field(n, 'parameters');
    const params: Param[] = [];
    const simple = ps && ps.type === 'identifier' ? [ps] : ps && ps.type === 'inferred_parameters' ? named(ps) : [];
    for (const id of simple) {
      this.declareLocal(id.text, undefined);
      params.push({ target: { k: 'name', name: id.text, loc: locOf(id) }, name: id.text, dflt: undefined, rest: false, kwRest: false, typeName: undefined, loc: locOf(id) });
    }
    if (ps && ps.type === 'formal_parameters') params.push(...this.params(ps));
    const bodyNode = field(n, 'body');
    const body: Stmt[] = bodyNode?.type === 'block' ? this.block(bodyNode) : [{ k: 'return', e: this.expr(bodyNode), loc }];
    this.scopes.pop();
    this.ctx.leave(params, body);
    return { k: 'fn', id: fn.id, loc };
  }

  /** `new T() { ... }`: the class body is lowered as a local class and instantiated. */
  protected lowerAnonymousClass(n: Node, typeName: string): Expr {
    const loc = locOf(n);
    const body = named(n).find((c) => c.type === 'class_body');
    const name = `${typeName}$${loc.line}`;
    const cls = this.lowerClassBodyOf(n, body, name);
    const args = named(field(n, 'arguments') ?? n).filter(() => !!field(n, 'arguments')).map((c) => this.expr(c));
    return { k: 'call', callee: { k: 'class', cls, loc }, args, isNew: true, loc };
  }

  private lowerClassBodyOf(n: Node, body: Node | undefined, name: string): ClassDef {
    if (!body) return this.ctx.newClass(name, locOf(n));
    // Anonymous class bodies share the declaration shape; `body` is looked up through the field name.
    return this.lowerClassBody({ ...proxyBody(n, body) } as unknown as Node, name, this.cls);
  }

}

/** Parameter count of a method; variadic methods count as -1 and are called by their plain name. */
function arityOf(m: Node): number {
  const ps = field(m, 'parameters');
  const list = ps ? named(ps).filter((p) => p.type === 'formal_parameter' || p.type === 'spread_parameter') : [];
  return list.some((p) => p.type === 'spread_parameter') ? -1 : list.length;
}

/** Presents an anonymous class creation node with its class body under the `body` field. */
function proxyBody(n: Node, body: Node): Record<string, unknown> {
  return {
    type: 'class_declaration',
    startPosition: n.startPosition,
    endPosition: n.endPosition,
    childForFieldName: (f: string) => (f === 'body' ? body : null),
    childrenForFieldName: () => [],
  };
}
