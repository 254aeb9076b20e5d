import type { FnId, Loc } from '../ir/ir.types';
import { EMPTY, equals, type Fact, type Value } from '../dataflow/value';

/**
 * What a caller needs to know about a function without re-analysing it: its return value and
 * the sinks, writes and calls that depend on its parameters or captured variables (symbolic facts).
 */
export interface SummarySink {
  kind: string;
  facts: Fact[];
  file: string;
  loc: Loc;
  label: string;
  /** Prototype pollution needs a base object reached through an attacker-chosen key. */
  ppBase: { ok: boolean; facts: Fact[] } | undefined;
  fnName: string;
}

export interface SummaryEffect {
  /** Parameter index (-1 = receiver), captured variable name, or module-level name of the callee's module. */
  target: { param: number } | { cap: string } | { moduleVar: string };
  path: string[];
  value: Value;
}

export interface SummaryCall {
  callee: Value;
  recv: Value | undefined;
  args: Value[];
  kwargs: Map<string, Value>;
  isNew: boolean;
  file: string;
  loc: Loc;
  label: string;
}

export interface Summary {
  fn: FnId;
  ret: Value;
  sinks: SummarySink[];
  effects: SummaryEffect[];
  calls: SummaryCall[];
}

export function emptySummary(fn: FnId): Summary {
  return { fn, ret: EMPTY, sinks: [], effects: [], calls: [] };
}

export function sameSummary(a: Summary, b: Summary): boolean {
  return (
    a.sinks.length === b.sinks.length &&
    a.effects.length === b.effects.length &&
    a.calls.length === b.calls.length &&
    equals(a.ret, b.ret) &&
    a.sinks.every((s, i) => s.facts.length === b.sinks[i]?.facts.length && s.ppBase?.ok === b.sinks[i]?.ppBase?.ok)
  );
}

export const MAX_SUMMARY_SINKS = 64;
export const MAX_SUMMARY_CALLS = 16;
export const MAX_SUMMARY_EFFECTS = 32;
