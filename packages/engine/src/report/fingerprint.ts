import { createHash } from 'node:crypto';

/** Whitespace- and quote-insensitive code, so reformatting does not change a fingerprint. */
export function normaliseCode(code: string): string {
  return code.replace(/\s+/g, '').replace(/["'`]/g, '"').slice(0, 200);
}

/**
 * Fingerprint = hash(rule, file, normalised sink code, normalised source code, enclosing function).
 * Line numbers are deliberately absent; identical keys in one file get an occurrence suffix in
 * source order so they stay distinct and stable.
 */
export function fingerprintKey(parts: { ruleId: string; file: string; sinkCode: string; sourceCode: string; fn: string }): string {
  return [parts.ruleId, parts.file, normaliseCode(parts.sinkCode), normaliseCode(parts.sourceCode), stableFunctionName(parts.fn)].join('\u0000');
}

/**
 * Anonymous functions and classes are named after their line (`<anonymous@12>`) for traces; the line is
 * dropped here so code moving down a file keeps its findings' identity (triage survives the rescan).
 */
export const stableFunctionName = (fn: string): string => fn.replace(/@\d+>/g, '>');

export function assignFingerprints<T extends { fingerprint: string; line: number; column: number; file: string }>(items: T[], keyOf: (t: T) => string): void {
  const sorted = [...items].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const seen = new Map<string, number>();
  for (const it of sorted) {
    const key = keyOf(it);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    it.fingerprint = createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  }
}
