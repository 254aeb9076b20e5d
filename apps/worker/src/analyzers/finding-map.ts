import { createHash } from 'node:crypto';
import { type FindingInput, type ScaDetails, normaliseCwe, vulnClassOf } from '@nullpath/core';
import type { Finding } from '@nullpath/engine';
import type { ScaFinding } from '@nullpath/sca';
import type { SourceLines } from './sast.analyzer';

/** Lines of context shown around a finding on the issue page. */
const CONTEXT_LINES = 5;

const LANGUAGES: Array<[RegExp, string]> = [
  [/\.(tsx?|mts|cts)$/, 'typescript'],
  [/\.(jsx?|mjs|cjs)$/, 'javascript'],
  [/\.py$/, 'python'],
];
export const languageOf = (file: string): string | null => LANGUAGES.find(([re]) => re.test(file))?.[1] ?? null;

const CONFIDENCE = { high: 90, medium: 60, low: 30 } as const;

/** Engine finding → analyzer-neutral finding. `prefix` puts a partition's paths back under the repository root. */
export function fromEngine(f: Finding, prefix: string, remediation: ReadonlyMap<string, string> = new Map(), lines?: SourceLines): FindingInput {
  const file = prefix ? `${prefix}/${f.file}` : f.file;
  const secrets = /(^|\.)secrets?\./.test(f.ruleId);
  return {
    fingerprint: `sast:${prefix}:${f.fingerprint}`,
    category: secrets ? 'SECRETS' : 'SAST',
    ruleId: f.ruleId,
    vulnClass: secrets ? 'Exposed Secret' : vulnClassOf(f.cwe),
    cwes: f.cwe ? [normaliseCwe(f.cwe)] : [],
    language: languageOf(f.file),
    title: f.title,
    description: f.message,
    remediation: remediation.get(f.ruleId) ?? null,
    score: Math.max(0, Math.min(100, f.severity * 10)),
    confidence: CONFIDENCE[f.confidence],
    file,
    startLine: f.line,
    endLine: f.endLine,
    startColumn: f.column,
    endColumn: f.endColumn,
    snippet: f.snippet,
    // Engine notes already say what the step is ("source: req.query"); prefix the kind only when they do not.
    trace: f.trace.map((s) => {
      const code = lines?.(s.file, s.line, s.line)?.code.trim();
      return { file: prefix ? `${prefix}/${s.file}` : s.file, line: s.line, column: s.column, label: s.note.startsWith(`${s.kind}:`) ? s.note : `${s.kind}: ${s.note}`, ...(code ? { code } : {}) };
    }),
    sca: null,
    ...withContext(lines?.(f.file, f.line - CONTEXT_LINES, (f.endLine ?? f.line) + CONTEXT_LINES)),
  };
}

const LEVEL_SCORE = { CRITICAL: 95, HIGH: 80, MEDIUM: 55, LOW: 25, INFO: 5, UNKNOWN: 50 } as const;

export function fromSca(f: ScaFinding, prefix: string): FindingInput {
  const pkg = f.package;
  const manifest = prefix ? `${prefix}/${pkg.manifest}` : pkg.manifest;
  const score = f.severity.cvssScore !== undefined ? f.severity.cvssScore * 10 : LEVEL_SCORE[f.severity.level];
  const sca: ScaDetails = {
    packageName: pkg.name,
    version: f.installedVersion,
    ecosystem: pkg.ecosystem,
    purl: pkg.purl,
    vulnId: f.id,
    aliases: f.aliases,
    summary: f.summary,
    severityScore: Math.round(score) / 10,
    fixedVersion: f.fix.kind === 'upgrade' ? (f.fix.version ?? null) : null,
    fixText: f.fixText || null,
    upgradeVia: pkg.direct ? null : (f.viaDirect[0] ?? null),
    transitivity: pkg.direct ? 'direct' : 'transitive',
    scope: pkg.scope,
    paths: pkg.paths,
    manifestPath: manifest,
    reachability: f.reachability.state,
    evidence: f.reachability.evidence.map((e) => ({ file: prefix ? `${prefix}/${e.file}` : e.file, line: e.line, kind: e.kind, ...(e.symbol ? { detail: e.symbol } : {}) })),
    references: f.references,
  };
  const identity = `${pkg.ecosystem}|${pkg.normalizedName}|${f.installedVersion}|${manifest}|${f.id}`;
  return {
    fingerprint: `sca:${createHash('sha256').update(identity).digest('hex').slice(0, 32)}`,
    category: 'SCA',
    ruleId: f.id,
    vulnClass: 'Vulnerable Dependency',
    cwes: f.cwes.map(normaliseCwe),
    language: null,
    title: `${pkg.name}@${f.installedVersion}: ${f.summary || f.id}`,
    description: `${f.id}${f.aliases.length > 0 ? ` (${f.aliases.join(', ')})` : ''} affects ${pkg.name} ${f.installedVersion} in ${manifest}. ${f.summary}`.trim(),
    remediation: f.fixText || null,
    score: Math.max(0, Math.min(100, score)),
    confidence: f.state === 'affected' ? 90 : 40,
    file: manifest,
    startLine: null,
    endLine: null,
    startColumn: null,
    endColumn: null,
    snippet: null,
    trace: null,
    sca,
  };
}

const withContext = (c: { startLine: number; code: string } | null | undefined): Pick<FindingInput, 'context'> => (c ? { context: c } : {});
