import type { Expr, Loc, Stmt } from '../ir/ir.types';
import type { Block, Cfg, CfgStmt } from './cfg.types';

interface JumpTargets {
  label: string | undefined;
  breakTo: number;
  continueTo: number | undefined;
}

const UNKNOWN_TEST = (loc: Loc): Expr => ({ k: 'unknown', parts: [], loc });

/**
 * Flattens a function body into basic blocks. Exceptions are approximated: a catch handler is
 * entered from the start and the end of its try block, which keeps taint assigned in either place.
 */
export function buildCfg(body: Stmt[]): Cfg {
  const b = new CfgBuilder();
  const entry = b.newBlock();
  const exit = b.newBlock();
  b.exit = exit;
  const end = b.stmts(body, entry, []);
  if (end !== undefined) b.goto(end, exit);
  b.block(exit).term = { k: 'exit' };
  return { blocks: b.blocks, entry, exit };
}

class CfgBuilder {
  readonly blocks: Block[] = [];
  exit = -1;
  private tempCounter = 0;
  private readonly tryHandlers: number[] = [];

  newBlock(): number {
    const id = this.blocks.length;
    this.blocks.push({ id, stmts: [], term: { k: 'goto', to: -1 } });
    return id;
  }

  block(id: number): Block {
    const b = this.blocks[id];
    if (!b) throw new Error(`no block ${id}`);
    return b;
  }

  goto(from: number, to: number): void {
    this.block(from).term = { k: 'goto', to };
  }

  private push(cur: number, s: CfgStmt): void {
    this.block(cur).stmts.push(s);
  }

  /** Lowers a statement list starting in `cur`; returns the open block afterwards, or undefined if control never falls through. */
  stmts(list: Stmt[], cur: number | undefined, jumps: JumpTargets[]): number | undefined {
    for (const s of list) {
      if (cur === undefined) cur = this.newBlock(); // unreachable code still gets analysed structurally, with no predecessors
      cur = this.stmt(s, cur, jumps);
    }
    return cur;
  }

  private stmt(s: Stmt, cur: number, jumps: JumpTargets[]): number | undefined {
    switch (s.k) {
      case 'expr':
        this.push(cur, { k: 'eval', e: s.e, loc: s.loc });
        return cur;
      case 'return':
        this.push(cur, { k: 'return', e: s.e, loc: s.loc });
        this.goto(cur, this.exit);
        return undefined;
      case 'throw': {
        this.push(cur, { k: 'throw', e: s.e, loc: s.loc });
        const handler = this.tryHandlers[this.tryHandlers.length - 1];
        this.goto(cur, handler ?? this.exit);
        return undefined;
      }
      case 'block': {
        if (!s.label) return this.stmts(s.body, cur, jumps);
        const after = this.newBlock();
        const end = this.stmts(s.body, cur, [...jumps, { label: s.label, breakTo: after, continueTo: undefined }]);
        if (end !== undefined) this.goto(end, after);
        return after;
      }
      case 'if': {
        const t = this.newBlock();
        const f = this.newBlock();
        this.block(cur).term = { k: 'branch', test: s.test, t, f };
        const tEnd = this.stmts(s.then, t, jumps);
        const fEnd = this.stmts(s.else, f, jumps);
        if (tEnd === undefined && fEnd === undefined) return undefined;
        const join = this.newBlock();
        if (tEnd !== undefined) this.goto(tEnd, join);
        if (fEnd !== undefined) this.goto(fEnd, join);
        return join;
      }
      case 'while': {
        const head = this.newBlock();
        const body = this.newBlock();
        const after = this.newBlock();
        const orelse = s.orelse.length ? this.newBlock() : after;
        this.goto(cur, s.doWhile ? body : head);
        this.block(head).term = { k: 'branch', test: s.test, t: body, f: orelse };
        const end = this.stmts(s.body, body, [...jumps, { label: s.label, breakTo: after, continueTo: head }]);
        if (end !== undefined) this.goto(end, head);
        if (orelse !== after) {
          const oEnd = this.stmts(s.orelse, orelse, jumps);
          if (oEnd !== undefined) this.goto(oEnd, after);
        }
        return after;
      }
      case 'for': {
        const initEnd = this.stmts(s.init, cur, jumps) ?? this.newBlock();
        const head = this.newBlock();
        const body = this.newBlock();
        const update = this.newBlock();
        const after = this.newBlock();
        this.goto(initEnd, head);
        this.block(head).term = s.test ? { k: 'branch', test: s.test, t: body, f: after } : { k: 'goto', to: body };
        const end = this.stmts(s.body, body, [...jumps, { label: s.label, breakTo: after, continueTo: update }]);
        if (end !== undefined) this.goto(end, update);
        const uEnd = this.stmts(s.update, update, jumps);
        if (uEnd !== undefined) this.goto(uEnd, head);
        return after;
      }
      case 'forin': {
        const temp = `%iter${this.tempCounter++}`;
        this.push(cur, { k: 'eval', e: { k: 'assign', target: { k: 'name', name: temp, loc: s.loc }, value: s.iter, op: undefined, loc: s.loc }, loc: s.loc });
        const head = this.newBlock();
        const body = this.newBlock();
        const after = this.newBlock();
        const orelse = s.orelse.length ? this.newBlock() : after;
        this.goto(cur, head);
        this.block(head).term = { k: 'branch', test: UNKNOWN_TEST(s.loc), t: body, f: orelse };
        const tempRef: Expr = { k: 'name', name: temp, loc: s.loc };
        const value: Expr = s.over === 'keys' ? { k: 'keys', of: tempRef, loc: s.loc } : { k: 'elem', of: tempRef, loc: s.loc };
        this.push(body, { k: 'bind', target: s.target, value, loc: s.loc });
        const end = this.stmts(s.body, body, [...jumps, { label: s.label, breakTo: after, continueTo: head }]);
        if (end !== undefined) this.goto(end, head);
        if (orelse !== after) {
          const oEnd = this.stmts(s.orelse, orelse, jumps);
          if (oEnd !== undefined) this.goto(oEnd, after);
        }
        return after;
      }
      case 'switch':
        return this.switchStmt(s, cur, jumps);
      case 'try':
        return this.tryStmt(s, cur, jumps);
      case 'break':
      case 'continue': {
        const target = this.findJump(jumps, s.k, s.label);
        if (target !== undefined) this.goto(cur, target);
        else this.goto(cur, this.exit);
        return undefined;
      }
    }
  }

  private findJump(jumps: JumpTargets[], kind: 'break' | 'continue', label: string | undefined): number | undefined {
    for (let i = jumps.length - 1; i >= 0; i--) {
      const j = jumps[i]!;
      if (label !== undefined && j.label !== label) continue;
      if (kind === 'break') return j.breakTo;
      if (j.continueTo !== undefined) return j.continueTo;
    }
    return undefined;
  }

  private switchStmt(s: Extract<Stmt, { k: 'switch' }>, cur: number, jumps: JumpTargets[]): number {
    const temp = `%switch${this.tempCounter++}`;
    this.push(cur, { k: 'eval', e: { k: 'assign', target: { k: 'name', name: temp, loc: s.loc }, value: s.disc, op: undefined, loc: s.loc }, loc: s.loc });
    const after = this.newBlock();
    const bodies = s.cases.map(() => this.newBlock());
    let testBlock = cur;
    let defaultBody: number | undefined;
    s.cases.forEach((c, i) => {
      const bodyId = bodies[i]!;
      if (!c.test) {
        defaultBody = bodyId;
        return;
      }
      const next = this.newBlock();
      const test: Expr = { k: 'op', op: '===', args: [{ k: 'name', name: temp, loc: s.loc }, c.test], loc: s.loc };
      this.block(testBlock).term = { k: 'branch', test, t: bodyId, f: next };
      testBlock = next;
    });
    this.goto(testBlock, defaultBody ?? after);
    const inner = [...jumps, { label: s.label, breakTo: after, continueTo: undefined }];
    s.cases.forEach((c, i) => {
      const end = this.stmts(c.body, bodies[i]!, inner);
      if (end !== undefined) this.goto(end, bodies[i + 1] ?? after);
    });
    return after;
  }

  private tryStmt(s: Extract<Stmt, { k: 'try' }>, cur: number, jumps: JumpTargets[]): number | undefined {
    const hasHandler = s.handler.length > 0 || s.param !== undefined;
    const handler = hasHandler ? this.newBlock() : undefined;
    const bodyStart = this.newBlock();
    this.goto(cur, bodyStart);
    if (handler !== undefined) this.tryHandlers.push(handler);
    let end = this.stmts(s.body, bodyStart, jumps);
    if (handler !== undefined) this.tryHandlers.pop();
    if (end !== undefined && s.orelse.length) end = this.stmts(s.orelse, end, jumps);
    const after = this.newBlock();
    if (end !== undefined) this.goto(end, after);
    if (handler !== undefined) {
      // Entry edges into the handler: from before the try and from the end of the try body.
      const fromStart = this.newBlock();
      this.block(fromStart).term = { k: 'goto', to: handler };
      this.block(cur).term = { k: 'branch', test: UNKNOWN_TEST(s.loc), t: bodyStart, f: fromStart };
      if (end !== undefined) this.block(end).term = { k: 'branch', test: UNKNOWN_TEST(s.loc), t: after, f: handler };
      if (s.param) this.push(handler, { k: 'bind', target: s.param, value: { k: 'unknown', parts: [], loc: s.loc }, loc: s.loc });
      const hEnd = this.stmts(s.handler, handler, jumps);
      if (hEnd !== undefined) this.goto(hEnd, after);
    }
    if (!s.finalizer.length) return after;
    return this.stmts(s.finalizer, after, jumps);
  }
}
