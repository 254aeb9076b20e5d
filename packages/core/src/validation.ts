import type { FindingInput } from './finding';

/** Runtime-validation verdicts (V1 `validated`, V2 `validationVerdict`). */
export const VALIDATION_VERDICTS = ['CONFIRMED', 'DISCONFIRMED', 'UNKNOWN'] as const;
export type ValidationVerdict = (typeof VALIDATION_VERDICTS)[number];

export interface Validation {
  verdict: ValidationVerdict;
  /** Why, in words a reviewer can check (V2 `validationSecurityAssessment`). */
  assessment: string;
}

/** Test, example, fixture and vendored code: a path only through these is not the product's exposure. */
const NON_PRODUCT_PATH =
  /(^|\/)(tests?|__tests__|__mocks__|spec|specs|e2e|examples?|samples?|demos?|fixtures?|vendor|vendored|third[_-]party|node_modules|bower_components)(\/|$)|\.(test|spec|stories)\.[cm]?[jt]sx?$|(^|\/)test_[^/]*\.py$|_test\.py$|(^|\/)conftest\.py$/i;

export const isNonProductPath = (file: string): boolean => NON_PRODUCT_PATH.test(file);

const at = (s: { file: string; line: number }) => `${s.file}:${s.line}`;
const labelOf = (l: string) => l.replace(/^(source|sink|step)\s*:\s*/i, '');

/**
 * Static validation from the analyser's own evidence (no LLM, no execution): a complete source→sink
 * path in product code is CONFIRMED (the engine reports only paths with no recognised sanitiser), a
 * path only through test, example or vendored code is DISCONFIRMED, anything without a complete path
 * is UNKNOWN. SCA: reachable → CONFIRMED, never imported → DISCONFIRMED.
 */
export function staticValidation(f: FindingInput): Validation {
  if (f.category === 'SCA' && f.sca) {
    const pkg = `${f.sca.packageName}@${f.sca.version}`;
    const ev = f.sca.evidence[0];
    if (f.sca.reachability === 'reachable') {
      return { verdict: 'CONFIRMED', assessment: `${pkg} is used by the application${ev ? ` (${ev.kind} at ${ev.file}:${ev.line})` : ''}, so ${f.sca.vulnId} applies to code that runs.` };
    }
    if (f.sca.reachability === 'not-reachable') {
      return { verdict: 'DISCONFIRMED', assessment: `${pkg} is installed but no application code imports it, so ${f.sca.vulnId} is not reachable from the application.` };
    }
    return { verdict: 'UNKNOWN', assessment: `Whether the application reaches the vulnerable code of ${pkg} could not be determined.` };
  }
  const files = [f.file, ...(f.trace ?? []).map((s) => s.file)].filter((x): x is string => !!x);
  if (files.length > 0 && files.every(isNonProductPath)) {
    return { verdict: 'DISCONFIRMED', assessment: `Every location of this finding is in test, example or vendored code (${[...new Set(files)].slice(0, 3).join(', ')}), which the product does not run.` };
  }
  const trace = f.trace ?? [];
  const source = trace[0];
  const sink = trace[trace.length - 1];
  if (f.category === 'SAST' && source && sink && trace.length >= 2 && /^source\b/i.test(source.label)) {
    return {
      verdict: 'CONFIRMED',
      assessment: `Untrusted input (${labelOf(source.label)}) at ${at(source)} reaches ${labelOf(sink.label)} at ${at(sink)} through ${trace.length - 2} intermediate step${trace.length === 3 ? '' : 's'}, with no sanitiser recognised on the path.`,
    };
  }
  if (f.category === 'SECRETS') return { verdict: 'UNKNOWN', assessment: 'A credential is written in the code; whether it is live was not checked.' };
  return { verdict: 'UNKNOWN', assessment: 'A code pattern matched, without a complete data flow from untrusted input to prove it exploitable.' };
}
