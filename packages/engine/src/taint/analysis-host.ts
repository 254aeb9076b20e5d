import type { Cfg } from '../cfg/cfg.types';
import type { ClassDef, FnId, IrFunction, IrModule, Loc } from '../ir/ir.types';
import type { Fact, Value } from '../dataflow/value';
import type { LangModels } from './model-index';
import type { Summary } from './summary';

/** A sink reached by concrete (non-symbolic) taint: becomes a finding when a rule wants it. */
export interface SinkHit {
  kind: string;
  facts: readonly Fact[];
  file: string;
  loc: Loc;
  label: string;
  fnName: string;
}

export interface NameSink {
  re: RegExp;
  kind: string;
}

export class BudgetExceeded extends Error {
  constructor(
    readonly file: string,
    readonly spentMs: number,
  ) {
    super(`time budget exceeded in ${file}`);
  }
}

/** What a function analysis needs from the whole-program driver. */
export interface AnalysisHost {
  fnInfo(id: FnId): { fn: IrFunction; module: IrModule } | undefined;
  cfg(id: FnId): Cfg;
  summary(id: FnId): Summary;
  /** Value of a module-level name as seen from inside functions (imports, module state, declarations). */
  moduleVar(module: IrModule, name: string): Value | undefined;
  /** A function assigned to a module-level name (UMD wrappers set `module.exports` inside a function). */
  writeModuleVar(module: IrModule, name: string, path: readonly string[], value: Value): void;
  /** Value of `require(spec)` / `import(spec)` / an import binding's module. */
  requireValue(module: IrModule, spec: string, level: number): Value;
  importValue(module: IrModule, name: string): Value | undefined;
  classDef(id: number): ClassDef | undefined;
  /** Java: the class value of a fully qualified class declared in a scanned file. */
  javaClass?(fqn: string): Value | undefined;
  models(module: IrModule): LangModels;
  nameSinks: readonly NameSink[];
  report(hit: SinkHit): void;
  /** Coverage (R16): a sink site was evaluated; `tainted` when any taint reached it. */
  noteSink(kind: string, file: string, loc: Loc, tainted: boolean): void;
  /** Throws BudgetExceeded when the file's time budget is spent, or the scan's AbortError. */
  checkBudget(file: string): void;
}
