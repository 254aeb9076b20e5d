import { scoreLevel, scoreToSeverity } from '@nullpath/core';
import type { IssueV1Schema, IssueV2Schema, ScaVulnerabilityV1Schema } from '@nullpath/contracts';
import type { IssueRecord } from '@nullpath/services';
import type { z } from 'zod';

/** Absolute dashboard address of a page (`/issues/<id>`, `/scans/<id>`, `/repositories/<id>`) under the public URL. */
export const dashboardUrl = (base: string, kind: 'issues' | 'scans' | 'repositories', id: string): string =>
  `${base.replace(/\/+$/, '')}/${kind}/${encodeURIComponent(id)}`;

const branchOf = (i: IssueRecord) => (i.scope.startsWith('pr:') ? i.scope.slice(3) : i.scope);

export function toIssueV1(i: IssueRecord, base: string): z.input<typeof IssueV1Schema> {
  return {
    id: i.id,
    repositoryId: i.repositoryId,
    repositoryName: i.repositoryName,
    status: i.v1Status,
    generatedTitle: i.title,
    generatedDescription: i.description,
    language: i.language,
    vulnClass: i.vulnClass,
    cwes: i.cwes,
    vulnCategory: i.category,
    severity: scoreToSeverity(i.score),
    confidence: i.confidence,
    score: i.score,
    affectedFile: i.file,
    sastCodeSegment: i.snippet,
    startLine: i.startLine,
    endLine: i.endLine,
    startColumn: i.startColumn,
    endColumn: i.endColumn,
    isPrBlocked: false,
    triagePhase: null,
    validated: i.validationVerdict ?? 'UNKNOWN',
    unpatchable: i.category === 'SCA' && i.sca?.fixedVersion === null,
    type: i.category,
    ruleId: i.ruleId,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    url: dashboardUrl(base, 'issues', i.id),
    codeScan: { id: i.lastScanId, scanTargetBranchCommitSha: i.commitSha ?? null },
    codeSnippet: i.snippet,
    fixRecommendation: i.sca?.fixText ?? i.remediation,
    trace: i.trace ?? [],
    sca: i.sca,
    patch: null,
  };
}

export function toIssueV2(i: IssueRecord, base: string): z.input<typeof IssueV2Schema> {
  return {
    id: i.id,
    issueStatus: i.status,
    title: i.title,
    description: i.description,
    score: i.score,
    scoreLevel: scoreLevel(i.score),
    severity: scoreToSeverity(i.score),
    confidence: i.confidence,
    vulnClass: i.vulnClass,
    vulnCategory: i.category,
    cwes: i.cwes,
    language: i.language,
    ruleId: i.ruleId,
    repositoryId: i.repositoryId,
    repositoryName: i.repositoryName,
    branch: branchOf(i),
    codeScanType: i.codeScanType,
    location: { file: i.file, startLine: i.startLine, endLine: i.endLine, startColumn: i.startColumn, endColumn: i.endColumn },
    codeSnippet: i.snippet,
    trace: i.trace ?? [],
    remediation: i.remediation,
    sca: i.sca,
    firstScanId: i.firstScanId,
    lastScanId: i.lastScanId,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    resolvedAt: i.resolvedAt,
    note: i.note,
    nonExploitableReason: i.nonExploitableReason,
    severityOverridden: i.severityOverridden,
    triagedBy: i.triagedBy,
    triagedAt: i.triagedAt,
    validated: i.validationVerdict,
    validationVerdict: i.validationVerdict,
    validationSecurityAssessment: i.validationAssessment,
    jiraIssueId: i.jiraIssueId,
    jiraIssueUrl: i.jiraIssueUrl,
    jiraIssueTitle: i.jiraIssueTitle,
    codeContext: i.codeContext,
    url: dashboardUrl(base, 'issues', i.id),
  };
}

/** Client-facing ecosystem names (api-compat.md §3.8: npm, pip, maven, …) ↔ OSV names. */
const WIRE_ECOSYSTEM: Record<string, string> = {
  npm: 'npm', PyPI: 'pip', Maven: 'maven', Go: 'go', 'crates.io': 'cargo', RubyGems: 'rubygems', Packagist: 'composer', NuGet: 'nuget',
};
export const wireEcosystem = (osv: string): string => WIRE_ECOSYSTEM[osv] ?? osv.toLowerCase();
export function osvEcosystems(wire: string[]): string[] {
  return wire.flatMap((w) => {
    const osv = Object.entries(WIRE_ECOSYSTEM).filter(([o, x]) => x === w.toLowerCase() || o.toLowerCase() === w.toLowerCase()).map(([o]) => o);
    return osv.length > 0 ? osv : [w];
  });
}

export function toScaV1(i: IssueRecord, base: string): z.input<typeof ScaVulnerabilityV1Schema> {
  const s = i.sca!;
  return {
    id: i.id,
    package: { name: s.packageName, version: s.version, ecosystem: wireEcosystem(s.ecosystem), manifestPath: s.manifestPath },
    metadata: { severity: scoreLevel(i.score).toLowerCase(), severityScore: s.severityScore, summary: s.summary, aliases: s.aliases },
    repositoryId: i.repositoryId,
    repositoryName: i.repositoryName,
    branch: branchOf(i),
    vulnerabilityId: s.vulnId,
    fixedVersion: s.fixedVersion,
    fixText: s.fixText,
    upgradeVia: s.upgradeVia,
    transitivity: s.transitivity,
    scope: s.scope,
    dependencyPaths: s.paths,
    reachability: s.reachability,
    reachabilityEvidence: s.evidence,
    status: i.v1Status,
    url: dashboardUrl(base, 'issues', i.id),
  };
}
