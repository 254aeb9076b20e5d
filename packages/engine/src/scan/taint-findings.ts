import { traceSteps, type Fact } from '../dataflow/value';
import type { IrModule, Loc } from '../ir/ir.types';
import { fingerprintKey } from '../report/fingerprint';
import { levelOf, type Finding, type TraceStep } from '../report/finding.types';
import type { Rule } from '../rule-schema/rule.schema';
import type { SinkHit } from '../taint/analysis-host';
import { acceptsSource, ruleLanguages, type RuleSet } from './rule-set';

interface Candidate {
  rule: Rule;
  hit: SinkHit;
  fact: Fact;
}

export function lineText(module: IrModule | undefined, line: number): string {
  return (module?.lines[line - 1] ?? '').trim().slice(0, 300);
}

export function spanText(module: IrModule | undefined, loc: Loc): string {
  if (!module) return '';
  if (loc.line === loc.endLine) return (module.lines[loc.line - 1] ?? '').slice(loc.col - 1, loc.endCol - 1);
  return lineText(module, loc.line);
}

/** Turns sink hits into findings: one per (rule, sink location), keeping the shortest trace. */
export class TaintFindings {
  private readonly best = new Map<string, Candidate>();
  readonly keys = new Map<Finding, string>();

  constructor(
    private readonly rs: RuleSet,
    private readonly modules: Map<string, IrModule>,
  ) {}

  onHit(hit: SinkHit): void {
    const lang = this.modules.get(hit.file)?.language;
    for (const rule of this.rs.byKind.get(hit.kind) ?? []) {
      if (lang && !ruleLanguages(rule).includes(lang)) continue;
      const facts = hit.facts.filter((f) => f.o.t === 'src' && acceptsSource(this.rs, rule, f.o.kind));
      if (facts.length === 0) continue;
      const fact = facts.reduce((a, b) => ((a.trace?.len ?? 0) <= (b.trace?.len ?? 0) ? a : b));
      const key = `${rule.id}\u0000${hit.file}\u0000${hit.loc.line}:${hit.loc.col}`;
      const prev = this.best.get(key);
      if (!prev || (fact.trace?.len ?? 0) < (prev.fact.trace?.len ?? 0)) this.best.set(key, { rule, hit, fact });
    }
  }

  findings(): Finding[] {
    const out: Finding[] = [];
    for (const { rule, hit, fact } of this.best.values()) {
      const module = this.modules.get(hit.file);
      const trace: TraceStep[] = traceSteps(fact.trace).map((s, i) => ({
        kind: i === 0 ? 'source' : 'step',
        file: s.file,
        line: s.loc.line,
        column: s.loc.col,
        endLine: s.loc.endLine,
        endColumn: s.loc.endCol,
        note: s.note,
      }));
      trace.push({ kind: 'sink', file: hit.file, line: hit.loc.line, column: hit.loc.col, endLine: hit.loc.endLine, endColumn: hit.loc.endCol, note: `sink: ${hit.label} (${hit.kind})` });
      const source = fact.o.t === 'src' ? fact.o : undefined;
      const sourceText = source ? `${source.label}` : 'input';
      const f: Finding = {
        ruleId: rule.id,
        cwe: rule.cwe,
        title: rule.title,
        severity: rule.severity,
        level: levelOf(rule.severity),
        confidence: rule.confidence,
        file: hit.file,
        line: hit.loc.line,
        column: hit.loc.col,
        endLine: hit.loc.endLine,
        endColumn: hit.loc.endCol,
        message: `${rule.title}: ${sourceText} (${source?.kind ?? 'unknown'} input${source ? ` at ${source.file}:${source.loc.line}` : ''}) reaches ${truncate(hit.label, 120)}`,
        snippet: lineText(module, hit.loc.line),
        trace,
        fingerprint: '',
        function: hit.fnName,
        sourceKind: source?.kind,
      };
      this.keys.set(f, fingerprintKey({ ruleId: rule.id, file: hit.file, sinkCode: spanText(module, hit.loc), sourceCode: sourceText, fn: hit.fnName }));
      out.push(f);
    }
    return out;
  }
}

function truncate(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
