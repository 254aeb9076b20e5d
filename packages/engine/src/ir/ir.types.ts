/**
 * The shared intermediate representation every language frontend lowers into.
 * Expressions stay tree-shaped (evaluation order is left-to-right, side effects included);
 * statements keep their structure until the CFG builder flattens them into basic blocks.
 */

export type Language = 'javascript' | 'typescript' | 'python' | 'java';

/** 1-based line and column, end exclusive column. */
export interface Loc {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type FnId = number;

export type LitValue = string | number | boolean | null | undefined;

export type Expr =
  | { k: 'lit'; v: LitValue; loc: Loc }
  | { k: 'regex'; source: string; flags: string; loc: Loc }
  | { k: 'name'; name: string; loc: Loc }
  | { k: 'this'; loc: Loc }
  | { k: 'super'; loc: Loc }
  | { k: 'member'; obj: Expr; prop: string; loc: Loc }
  | { k: 'index'; obj: Expr; index: Expr; loc: Loc }
  | { k: 'call'; callee: Expr; args: Expr[]; isNew: boolean; loc: Loc }
  /** String building: template literals, `+` on strings, f-strings, `%` and `.format()` formatting. */
  | { k: 'concat'; parts: Expr[]; loc: Loc }
  /** Any operator whose result is not the operand itself (comparison, arithmetic, `!`, `typeof`, ...). */
  | { k: 'op'; op: string; args: Expr[]; loc: Loc }
  /** `a || b`, `a ?? b`, `a and b`: the result is one of the operands. */
  | { k: 'logical'; op: string; left: Expr; right: Expr; loc: Loc }
  | { k: 'cond'; test: Expr; then: Expr; else: Expr; loc: Loc }
  | { k: 'obj'; props: Prop[]; loc: Loc }
  | { k: 'arr'; elems: Expr[]; loc: Loc }
  | { k: 'spread'; arg: Expr; loc: Loc }
  /** Python `**kwargs` at a call site or in a dict literal. */
  | { k: 'kwspread'; arg: Expr; loc: Loc }
  | { k: 'kwarg'; name: string; value: Expr; loc: Loc }
  | { k: 'fn'; id: FnId; loc: Loc }
  | { k: 'class'; cls: ClassDef; loc: Loc }
  | { k: 'await'; arg: Expr; loc: Loc }
  | { k: 'assign'; target: Pattern; value: Expr; op: string | undefined; loc: Loc }
  | { k: 'seq'; exprs: Expr[]; loc: Loc }
  /** Some element of a collection (for-of, comprehension, `yield*`). */
  | { k: 'elem'; of: Expr; loc: Loc }
  /** Some key of an object (for-in). */
  | { k: 'keys'; of: Expr; loc: Loc }
  /**
   * A value whose static type the frontend knows (Java declarations, `new T()`, class names):
   * the value of `arg` plus an api ref rooted at `root` (`type:java.sql.Statement` for an instance,
   * `java.lang.Runtime` for the class itself), so type models apply without a type checker.
   */
  | { k: 'typed'; root: string; arg: Expr; loc: Loc }
  /** Anything the frontend does not model: taint of the parts flows through. */
  | { k: 'unknown'; parts: Expr[]; loc: Loc };

export interface Prop {
  key: string | undefined;
  keyExpr?: Expr | undefined;
  value: Expr;
  spread?: boolean | undefined;
  loc: Loc;
}

export type Pattern =
  | { k: 'name'; name: string; loc: Loc }
  | { k: 'member'; obj: Expr; prop: string; loc: Loc }
  | { k: 'index'; obj: Expr; index: Expr; loc: Loc }
  | { k: 'objpat'; props: PatProp[]; rest: Pattern | undefined; loc: Loc }
  | { k: 'arrpat'; elems: (Pattern | undefined)[]; rest: Pattern | undefined; loc: Loc }
  | { k: 'defpat'; target: Pattern; dflt: Expr; loc: Loc }
  /** A target the analysis ignores (e.g. `this` in TS parameter properties). */
  | { k: 'none'; loc: Loc };

export interface PatProp {
  key: string | undefined;
  keyExpr?: Expr | undefined;
  value: Pattern;
}

export type Stmt =
  | { k: 'expr'; e: Expr; loc: Loc }
  | { k: 'return'; e: Expr | undefined; loc: Loc }
  | { k: 'throw'; e: Expr; loc: Loc }
  | { k: 'if'; test: Expr; then: Stmt[]; else: Stmt[]; loc: Loc }
  | { k: 'while'; test: Expr; body: Stmt[]; doWhile: boolean; orelse: Stmt[]; label: string | undefined; loc: Loc }
  | {
      k: 'for';
      init: Stmt[];
      test: Expr | undefined;
      update: Stmt[];
      body: Stmt[];
      label: string | undefined;
      loc: Loc;
    }
  | {
      k: 'forin';
      target: Pattern;
      iter: Expr;
      /** for-in iterates keys; for-of and Python `for` iterate values. */
      over: 'keys' | 'values';
      body: Stmt[];
      orelse: Stmt[];
      label: string | undefined;
      loc: Loc;
    }
  | { k: 'switch'; disc: Expr; cases: { test: Expr | undefined; body: Stmt[] }[]; label: string | undefined; loc: Loc }
  | { k: 'try'; body: Stmt[]; param: Pattern | undefined; handler: Stmt[]; orelse: Stmt[]; finalizer: Stmt[]; loc: Loc }
  | { k: 'break'; label: string | undefined; loc: Loc }
  | { k: 'continue'; label: string | undefined; loc: Loc }
  | { k: 'block'; body: Stmt[]; label: string | undefined; loc: Loc };

export interface Param {
  target: Pattern;
  name: string;
  dflt: Expr | undefined;
  rest: boolean;
  /** Python `**kwargs`. */
  kwRest: boolean;
  /** Type annotation as written (`Request`, `express.Request`), when present. */
  typeName: string | undefined;
  loc: Loc;
}

export interface IrFunction {
  id: FnId;
  name: string;
  file: string;
  params: Param[];
  body: Stmt[];
  loc: Loc;
  parent: FnId | undefined;
  /** Names declared in this function (params, var/let/const, function declarations, Python assignments). */
  locals: Set<string>;
  /** Names read or written here but declared in an enclosing function (not module level). */
  freeVars: string[];
  /** JS non-arrow functions and Python methods receive a receiver. */
  thisMode: 'js' | 'lexical' | 'python-self' | 'none';
  isAsync: boolean;
  isModuleInit: boolean;
  isCtor: boolean;
  /** For methods: the class the function belongs to. */
  classId: number | undefined;
  /** Named function expressions can call themselves by this name from inside (and nested closures). */
  selfName?: string | undefined;
  /** Local names bound by (hoisted) function declarations: nested closures can resolve them statically. */
  fnDecls?: Map<string, FnId> | undefined;
}

export interface ClassDef {
  id: number;
  name: string;
  superClass: Expr | undefined;
  ctor: FnId | undefined;
  methods: { name: string; fn: FnId; isStatic: boolean; isGetter?: boolean | undefined }[];
  staticFields: { name: string; value: Expr }[];
  loc: Loc;
}

export interface ImportBinding {
  /** Local name bound by the import (`*` entries bind the whole module). */
  local: string;
  module: string;
  /** `*` = the module object, `default` = default export, otherwise a named export. */
  imported: string;
  kind: 'esm' | 'cjs' | 'python' | 'java';
  line: number;
  /** Python relative import depth (`from ..x import y` = 2); 0 for absolute. */
  level: number;
}

export interface ExportBinding {
  /** Exported name (`default` for default exports). */
  name: string;
  local: string | undefined;
  /** `export * from` / `export { x } from`: re-exports. */
  from: string | undefined;
  imported: string | undefined;
}

export interface IrModule {
  file: string;
  language: Language;
  init: FnId;
  functions: Map<FnId, IrFunction>;
  classes: ClassDef[];
  imports: ImportBinding[];
  exports: ExportBinding[];
  /** Names declared at module level. */
  moduleLocals: Set<string>;
  /** Lines of the original source, for snippets and fingerprints. */
  lines: string[];
  hasCjsExports: boolean;
  /** Java: the compilation unit's package (`''` for the default package). */
  javaPackage?: string | undefined;
  /** Java: interfaces declared here (simple names) and, per class, the interfaces it implements (resolved names). */
  javaInterfaces?: string[] | undefined;
  javaImplements?: Map<string, string[]> | undefined;
}
