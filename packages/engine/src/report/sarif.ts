import type { Rule } from '../rule-schema/rule.schema';
import type { Finding, ScanResult, SeverityLevel, TraceStep } from './finding.types';

/** Minimal structural type of the SARIF 2.1.0 log we emit (validated against the official schema in tests). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: unknown[];
}

function sarifLevel(level: SeverityLevel): 'error' | 'warning' | 'note' {
  if (level === 'critical' || level === 'high') return 'error';
  if (level === 'medium') return 'warning';
  return 'note';
}

function levelOfSeverity(s: number): SeverityLevel {
  return s >= 9 ? 'critical' : s >= 7 ? 'high' : s >= 4 ? 'medium' : s >= 1 ? 'low' : 'info';
}

function uri(path: string): string {
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

function physical(file: string, s: { line: number; column: number; endLine: number; endColumn: number }, snippet?: string): unknown {
  const region: Record<string, unknown> = { startLine: Math.max(1, s.line), startColumn: Math.max(1, s.column) };
  if (s.endLine >= s.line) region.endLine = s.endLine;
  if (s.endLine > s.line || s.endColumn > s.column) region.endColumn = Math.max(1, s.endColumn);
  if (snippet) region.snippet = { text: snippet };
  return { artifactLocation: { uri: uri(file) }, region };
}

function threadLocation(t: TraceStep): unknown {
  return { location: { physicalLocation: physical(t.file, t), message: { text: t.note || t.kind } }, kinds: [t.kind === 'step' ? 'taint' : t.kind] };
}

export function toSarif(result: ScanResult, rules: readonly Rule[], tool: { version: string; uri?: string } = { version: '0.1.0' }): SarifLog {
  const used = new Set(result.findings.map((f) => f.ruleId));
  const ruleList = rules.filter((r) => used.has(r.id) || rules.length <= 500);
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const driverRules = ruleList.map((r) => ({
    id: r.id,
    name: r.id.split('.').slice(1).join('/'),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description.trim() },
    help: { text: r.remediation.trim(), markdown: `**Remediation**\n\n${r.remediation.trim()}` },
    defaultConfiguration: { level: sarifLevel(levelOfSeverity(r.severity)) },
    properties: { tags: ['security', r.cwe, `external/cwe/${r.cwe.toLowerCase()}`], precision: r.confidence === 'high' ? 'high' : r.confidence === 'medium' ? 'medium' : 'low', 'security-severity': r.severity.toFixed(1) },
  }));
  const results = result.findings.map((f: Finding) => {
    const res: Record<string, unknown> = {
      ruleId: f.ruleId,
      level: sarifLevel(f.level),
      message: { text: f.message },
      locations: [{ physicalLocation: physical(f.file, f, f.snippet) }],
      partialFingerprints: { 'nullpath/v1': f.fingerprint },
      properties: { severity: f.severity, level: f.level, confidence: f.confidence, cwe: f.cwe, ...(f.sourceKind ? { sourceKind: f.sourceKind } : {}) },
    };
    const ri = index.get(f.ruleId);
    if (ri !== undefined) res.ruleIndex = ri;
    if (f.trace.length > 1) res.codeFlows = [{ threadFlows: [{ locations: f.trace.map(threadLocation) }] }];
    return res;
  });
  const notifications = result.skipped.map((s) => ({
    level: 'warning',
    message: { text: `file not analysed: ${s.reason}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: uri(s.path) } } }],
    descriptor: { id: 'nullpath/skipped-file' },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Nullpath', semanticVersion: tool.version, informationUri: tool.uri ?? 'https://github.com/nullpath/nullpath', rules: driverRules } },
        results,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        properties: { stats: result.stats },
      },
    ],
  };
}
