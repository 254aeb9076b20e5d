/**
 * Inline test expectations for rules and engine fixtures (Semgrep/CodeQL style):
 *   // ruleid: js.injection.command-exec   → a finding of that rule on the annotated line
 *   // ok: js.injection.command-exec       → no finding of that rule there
 *   // todoruleid: <id>                    → a known false negative (a finding there is reported as fixed)
 *   // todook: <id>                        → a known false positive (a finding there is tolerated)
 * A comment alone on its line annotates the next code line; a trailing comment annotates its own line.
 * The same checker serves users testing their custom sources and sinks.
 */

export type AnnotationKind = 'ruleid' | 'ok' | 'todoruleid' | 'todook';

export interface Annotation {
  kind: AnnotationKind;
  ruleId: string;
  /** Line the expectation applies to (1-based). */
  line: number;
  /** Line the comment is written on. */
  commentLine: number;
}

export interface AnnotationReport {
  annotations: Annotation[];
  /** `ruleid` lines without a finding of that rule. */
  missing: Annotation[];
  /** Findings of an annotated rule on a line marked `ok`, or on an unannotated line. */
  unexpected: { ruleId: string; line: number; reason: 'ok-line' | 'not-annotated' }[];
  /** `todoruleid` expectations that now produce a finding. */
  fixedTodos: Annotation[];
  passed: boolean;
}

const ANNOTATION = /(?:\/\/|#|\/\*|<!--)\s*(ruleid|ok|todoruleid|todook)\s*:\s*([A-Za-z0-9_.\-]+(?:\s*,\s*[A-Za-z0-9_.\-]+)*)/g;
const COMMENT_ONLY = /^\s*\{?\s*(\/\/|#|\/\*|\*|<!--)/;

export function parseAnnotations(source: string): Annotation[] {
  const lines = source.split(/\r?\n/);
  const out: Annotation[] = [];
  lines.forEach((text, i) => {
    ANNOTATION.lastIndex = 0;
    for (let m = ANNOTATION.exec(text); m; m = ANNOTATION.exec(text)) {
      const kind = m[1] as AnnotationKind;
      let target = i + 1;
      if (COMMENT_ONLY.test(text)) {
        let j = i + 1;
        while (j < lines.length && (lines[j]!.trim() === '' || COMMENT_ONLY.test(lines[j]!))) j++;
        target = j + 1;
      }
      for (const id of m[2]!.split(',').map((s) => s.trim()).filter(Boolean)) out.push({ kind, ruleId: id, line: target, commentLine: i + 1 });
    }
  });
  return out;
}

export function checkAnnotations(source: string, findings: readonly { ruleId: string; line: number }[]): AnnotationReport {
  const annotations = parseAnnotations(source);
  const rules = new Set(annotations.map((a) => a.ruleId));
  const has = (id: string, line: number): boolean => findings.some((f) => f.ruleId === id && f.line === line);
  const missing = annotations.filter((a) => a.kind === 'ruleid' && !has(a.ruleId, a.line));
  const fixedTodos = annotations.filter((a) => a.kind === 'todoruleid' && has(a.ruleId, a.line));
  const unexpected: AnnotationReport['unexpected'] = [];
  for (const f of findings) {
    if (!rules.has(f.ruleId)) continue;
    const here = annotations.filter((a) => a.ruleId === f.ruleId && a.line === f.line);
    if (here.some((a) => a.kind === 'ruleid' || a.kind === 'todoruleid' || a.kind === 'todook')) continue;
    const reason = here.some((a) => a.kind === 'ok') ? 'ok-line' : 'not-annotated';
    if (!unexpected.some((u) => u.ruleId === f.ruleId && u.line === f.line)) unexpected.push({ ruleId: f.ruleId, line: f.line, reason });
  }
  return { annotations, missing, unexpected, fixedTodos, passed: missing.length === 0 && unexpected.length === 0 };
}
