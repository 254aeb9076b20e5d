import { createHash } from 'node:crypto';
import { levelOf, type Finding } from '../report/finding.types';
import { compileRegex } from '../rule-schema/load';
import type { Rule } from '../rule-schema/rule.schema';

const PLACEHOLDER = /example|sample|dummy|placeholder|changeme|change_me|your[_-]?|xxxx|\*\*\*\*|<[^>]*>|\$\{|\{\{|redacted|insert|replace|fake|test|mock|todo|secret_here|notreal/i;

export function shannonEntropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function base62(n: number, width: number): string {
  let out = '';
  let v = BigInt(n);
  while (v > 0n) {
    out = ALPHABET[Number(v % 62n)] + out;
    v /= 62n;
  }
  return out.padStart(width, '0');
}

/**
 * Nullpath API token: `npt_` + 43-char base62 body + 6-char base62 CRC32 of the body. Reimplemented
 * here because the engine has no internal dependencies; a valid checksum means a real leaked token.
 */
export function isValidNptToken(token: string): boolean {
  const m = /^npt_([0-9A-Za-z]{43})([0-9A-Za-z]{6})$/.exec(token);
  if (!m) return false;
  return base62(crc32(new TextEncoder().encode(m[1]!)), 6) === m[2];
}

interface CompiledSecretRule {
  rule: Rule;
  re: RegExp;
  keywords: string[];
}

export function compileSecretRules(rules: readonly Rule[]): CompiledSecretRule[] {
  // Specific formats run before generic entropy rules, so a token is reported under its own name.
  const ordered = [...rules].sort((a, b) => b.severity - a.severity || a.id.localeCompare(b.id));
  return ordered.flatMap((rule) => (rule.secrets ? [{ rule, re: compileRegex(rule.secrets.regex, 'g'), keywords: (rule.secrets.keywords ?? []).map((k) => k.toLowerCase()) }] : []));
}

/** Scans raw text for credential formats; entropy and placeholder filters keep the noise down. */
export function scanSecrets(file: { path: string; content: string }, rules: readonly CompiledSecretRule[], keys: Map<Finding, string>): Finding[] {
  const out: Finding[] = [];
  const lower = file.content.toLowerCase();
  const lineStarts = [0];
  for (let i = 0; i < file.content.length; i++) if (file.content.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const posOf = (idx: number): { line: number; col: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= idx) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: idx - lineStarts[lo]! + 1 };
  };
  const taken = new Set<string>();
  for (const { rule, re, keywords } of rules) {
    const spec = rule.secrets!;
    if (keywords.length && !keywords.some((k) => lower.includes(k))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(file.content); m; m = re.exec(file.content)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const group = spec.group ?? 0;
      const secret = m[group];
      if (!secret) continue;
      const offset = m.index + (group ? m[0].indexOf(secret) : 0);
      if (spec.validator === 'npt-checksum' && !isValidNptToken(secret)) continue;
      if (spec.entropy !== undefined && shannonEntropy(secret) < spec.entropy) continue;
      if (spec.validator === undefined && PLACEHOLDER.test(secret)) continue;
      const start = posOf(offset);
      const end = posOf(offset + secret.length);
      const spot = `${start.line}:${start.col}`;
      if (taken.has(spot)) continue;
      taken.add(spot);
      const lineText = file.content.slice(lineStarts[start.line - 1], lineStarts[start.line] ?? file.content.length).trim();
      const f: Finding = {
        ruleId: rule.id,
        cwe: rule.cwe,
        title: rule.title,
        severity: rule.severity,
        level: levelOf(rule.severity),
        confidence: rule.confidence,
        file: file.path,
        line: start.line,
        column: start.col,
        endLine: end.line,
        endColumn: end.col,
        message: `${rule.title}: ${mask(secret)}`,
        snippet: lineText.replace(secret, mask(secret)).slice(0, 300),
        trace: [{ kind: 'sink', file: file.path, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, note: rule.title }],
        fingerprint: '',
        function: undefined,
        sourceKind: undefined,
      };
      // The secret's hash (not its position) identifies the finding; the secret itself is never stored.
      keys.set(f, `${rule.id}\u0000${file.path}\u0000${createHash('sha256').update(secret).digest('hex')}`);
      out.push(f);
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

function mask(secret: string): string {
  if (secret.length <= 8) return '****';
  return `${secret.slice(0, 4)}…${'*'.repeat(4)}`;
}
