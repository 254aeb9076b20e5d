import type { Expr, Loc, Pattern } from '../ir/ir.types';

/** Straight-line statements inside a basic block. */
export type CfgStmt =
  | { k: 'eval'; e: Expr; loc: Loc }
  | { k: 'bind'; target: Pattern; value: Expr; loc: Loc }
  | { k: 'return'; e: Expr | undefined; loc: Loc }
  | { k: 'throw'; e: Expr; loc: Loc };

export type Terminator =
  | { k: 'goto'; to: number }
  | { k: 'branch'; test: Expr; t: number; f: number }
  | { k: 'exit' };

export interface Block {
  id: number;
  stmts: CfgStmt[];
  term: Terminator;
}

export interface Cfg {
  blocks: Block[];
  entry: number;
  exit: number;
}

export function successors(b: Block): number[] {
  switch (b.term.k) {
    case 'goto':
      return [b.term.to];
    case 'branch':
      return b.term.t === b.term.f ? [b.term.t] : [b.term.t, b.term.f];
    case 'exit':
      return [];
  }
}
