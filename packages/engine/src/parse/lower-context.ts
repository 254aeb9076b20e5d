import type { ClassDef, FnId, IrFunction, Loc, Param, Stmt } from '../ir/ir.types';

/** Hands out function and class ids that are unique across every file of one scan. */
export interface IdSource {
  nextFn: number;
  nextClass: number;
}

interface Frame {
  fn: IrFunction;
  refs: Set<string>;
  /** Python `global x`: the name is not local even when assigned. */
  globals: Set<string>;
}

/**
 * Shared bookkeeping for frontends: a stack of functions being lowered, their declarations and
 * the names they reference. Free variables are resolved once the whole file has been lowered.
 */
export class LowerContext {
  readonly functions = new Map<FnId, IrFunction>();
  readonly classes: ClassDef[] = [];
  private readonly stack: Frame[] = [];
  private readonly refsByFn = new Map<FnId, Set<string>>();
  private readonly children = new Map<FnId, FnId[]>();

  constructor(
    readonly file: string,
    private readonly ids: IdSource,
  ) {}

  get current(): IrFunction {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new Error('no function is being lowered');
    return top.fn;
  }

  newClass(name: string, loc: Loc): ClassDef {
    const cls = emptyClass(this.ids.nextClass++, name, loc);
    this.classes.push(cls);
    return cls;
  }

  /** Opens a function; the caller fills params/body, then calls `leave`. */
  enter(
    name: string,
    loc: Loc,
    opts: Partial<Pick<IrFunction, 'thisMode' | 'isAsync' | 'isModuleInit' | 'isCtor' | 'classId'>> = {},
  ): IrFunction {
    const parent = this.stack[this.stack.length - 1]?.fn;
    const fn: IrFunction = {
      id: this.ids.nextFn++,
      name,
      file: this.file,
      params: [],
      body: [],
      loc,
      parent: parent?.id,
      locals: new Set(),
      freeVars: [],
      thisMode: opts.thisMode ?? 'js',
      isAsync: opts.isAsync ?? false,
      isModuleInit: opts.isModuleInit ?? false,
      isCtor: opts.isCtor ?? false,
      classId: opts.classId,
    };
    this.functions.set(fn.id, fn);
    const refs = new Set<string>();
    this.refsByFn.set(fn.id, refs);
    if (parent) {
      const list = this.children.get(parent.id) ?? [];
      list.push(fn.id);
      this.children.set(parent.id, list);
    }
    this.stack.push({ fn, refs, globals: new Set() });
    return fn;
  }

  leave(params: Param[], body: Stmt[]): IrFunction {
    const frame = this.stack.pop();
    if (!frame) throw new Error('unbalanced function frames');
    frame.fn.params = params;
    frame.fn.body = body;
    for (const g of frame.globals) frame.fn.locals.delete(g);
    return frame.fn;
  }

  declare(name: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top && !top.globals.has(name)) top.fn.locals.add(name);
  }

  declareGlobal(name: string): void {
    this.stack[this.stack.length - 1]?.globals.add(name);
  }

  ref(name: string): void {
    this.stack[this.stack.length - 1]?.refs.add(name);
  }

  /**
   * Computes every function's free variables: names it (or a nested function) uses that are
   * declared by an enclosing function other than the module body.
   */
  resolveFreeVars(rootId: FnId): void {
    const visit = (id: FnId): Set<string> => {
      const fn = this.functions.get(id);
      if (!fn) return new Set();
      const used = new Set(this.refsByFn.get(id));
      for (const child of this.children.get(id) ?? []) for (const n of visit(child)) used.add(n);
      const outside = new Set<string>();
      for (const n of used) if (!fn.locals.has(n)) outside.add(n);
      const free: string[] = [];
      let p = fn.parent === undefined ? undefined : this.functions.get(fn.parent);
      const seen = new Set<string>();
      while (p && !p.isModuleInit) {
        for (const n of outside) if (p.locals.has(n) && !seen.has(n)) {
          seen.add(n);
          free.push(n);
        }
        p = p.parent === undefined ? undefined : this.functions.get(p.parent);
      }
      fn.freeVars = free;
      return outside;
    };
    visit(rootId);
  }
}

export function emptyClass(id: number, name: string, loc: Loc): ClassDef {
  return { id, name, superClass: undefined, ctor: undefined, methods: [], staticFields: [], loc };
}
