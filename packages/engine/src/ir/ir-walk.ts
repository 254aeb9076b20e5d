import type { Expr, Pattern, Stmt } from './ir.types';

/** Visits every expression of a statement list (not entering nested function bodies, which are separate functions). */
export function walkStmts(stmts: readonly Stmt[], visit: (e: Expr) => void): void {
  for (const s of stmts) walkStmt(s, visit);
}

function walkStmt(s: Stmt, visit: (e: Expr) => void): void {
  switch (s.k) {
    case 'expr':
    case 'throw':
      walkExpr(s.e, visit);
      return;
    case 'return':
      if (s.e) walkExpr(s.e, visit);
      return;
    case 'if':
      walkExpr(s.test, visit);
      walkStmts(s.then, visit);
      walkStmts(s.else, visit);
      return;
    case 'while':
      walkExpr(s.test, visit);
      walkStmts(s.body, visit);
      walkStmts(s.orelse, visit);
      return;
    case 'for':
      walkStmts(s.init, visit);
      if (s.test) walkExpr(s.test, visit);
      walkStmts(s.update, visit);
      walkStmts(s.body, visit);
      return;
    case 'forin':
      walkPattern(s.target, visit);
      walkExpr(s.iter, visit);
      walkStmts(s.body, visit);
      walkStmts(s.orelse, visit);
      return;
    case 'switch':
      walkExpr(s.disc, visit);
      for (const c of s.cases) {
        if (c.test) walkExpr(c.test, visit);
        walkStmts(c.body, visit);
      }
      return;
    case 'try':
      walkStmts(s.body, visit);
      walkStmts(s.handler, visit);
      walkStmts(s.orelse, visit);
      walkStmts(s.finalizer, visit);
      return;
    case 'block':
      walkStmts(s.body, visit);
      return;
    case 'break':
    case 'continue':
      return;
  }
}

function walkPattern(p: Pattern, visit: (e: Expr) => void): void {
  switch (p.k) {
    case 'member':
    case 'index':
      walkExpr(p, visit);
      return;
    case 'objpat':
      for (const pp of p.props) {
        if (pp.keyExpr) walkExpr(pp.keyExpr, visit);
        walkPattern(pp.value, visit);
      }
      if (p.rest) walkPattern(p.rest, visit);
      return;
    case 'arrpat':
      for (const e of p.elems) if (e) walkPattern(e, visit);
      if (p.rest) walkPattern(p.rest, visit);
      return;
    case 'defpat':
      walkPattern(p.target, visit);
      walkExpr(p.dflt, visit);
      return;
    default:
      return;
  }
}

export function walkExpr(e: Expr, visit: (e: Expr) => void): void {
  visit(e);
  switch (e.k) {
    case 'member':
      walkExpr(e.obj, visit);
      return;
    case 'index':
      walkExpr(e.obj, visit);
      walkExpr(e.index, visit);
      return;
    case 'call':
      walkExpr(e.callee, visit);
      for (const a of e.args) walkExpr(a, visit);
      return;
    case 'concat':
      for (const p of e.parts) walkExpr(p, visit);
      return;
    case 'op':
      for (const a of e.args) walkExpr(a, visit);
      return;
    case 'logical':
      walkExpr(e.left, visit);
      walkExpr(e.right, visit);
      return;
    case 'cond':
      walkExpr(e.test, visit);
      walkExpr(e.then, visit);
      walkExpr(e.else, visit);
      return;
    case 'obj':
      for (const p of e.props) {
        if (p.keyExpr) walkExpr(p.keyExpr, visit);
        walkExpr(p.value, visit);
      }
      return;
    case 'arr':
      for (const x of e.elems) walkExpr(x, visit);
      return;
    case 'spread':
    case 'kwspread':
    case 'await':
    case 'typed':
      walkExpr(e.arg, visit);
      return;
    case 'kwarg':
      walkExpr(e.value, visit);
      return;
    case 'class':
      if (e.cls.superClass) walkExpr(e.cls.superClass, visit);
      for (const f of e.cls.staticFields) walkExpr(f.value, visit);
      return;
    case 'assign':
      walkPattern(e.target, visit);
      walkExpr(e.value, visit);
      return;
    case 'seq':
      for (const x of e.exprs) walkExpr(x, visit);
      return;
    case 'elem':
    case 'keys':
      walkExpr(e.of, visit);
      return;
    case 'unknown':
      for (const p of e.parts) walkExpr(p, visit);
      return;
    default:
      return;
  }
}
