import type { FindingInput, IssueStatus, ScaDetails, TraceStep, V1Status } from '@nullpath/core';
import type { IssueRow } from '@nullpath/db';

/** An issue as services hand it to delivery code (routes map it to V1/V2 wire shapes). */
export interface IssueRecord extends Omit<FindingInput, 'fingerprint'> {
  id: string;
  organizationId: string;
  repositoryId: string;
  repositoryName: string;
  scope: string;
  codeScanType: 'FullScan' | 'PrScan';
  status: IssueStatus;
  v1Status: V1Status;
  lifecycle: 'open' | 'resolved';
  firstScanId: string;
  lastScanId: string;
  createdAt: string;
  updatedAt: string;
  lastSeenAt: string;
  resolvedAt: string | null;
  commitSha?: string | null;
  note: string | null;
  noteUpdatedAt: string | null;
  nonExploitableReason: string | null;
  /** Set when a person changed the severity (rescans then keep the score). */
  severityOverridden: boolean;
  triagedBy: string | null;
  triagedAt: string | null;
  validationVerdict: 'CONFIRMED' | 'DISCONFIRMED' | 'UNKNOWN' | null;
  validationAssessment: string | null;
  codeContext: { startLine: number; code: string } | null;
  jiraIssueId: string | null;
  jiraIssueUrl: string | null;
  jiraIssueTitle: string | null;
  jiraTitleFetchedAt: string | null;
}

export function toIssueRecord(r: IssueRow & { repository_name: string; last_commit_sha?: string | null }): IssueRecord {
  return {
    id: r.id,
    organizationId: r.org_id,
    repositoryId: r.repository_id,
    repositoryName: r.repository_name,
    scope: r.scope,
    codeScanType: r.code_scan_type,
    category: r.category,
    ruleId: r.rule_id,
    vulnClass: r.vuln_class,
    cwes: JSON.parse(r.cwes) as string[],
    language: r.language,
    title: r.title,
    description: r.description,
    remediation: r.remediation,
    score: r.score,
    confidence: r.confidence,
    file: r.file,
    startLine: r.start_line,
    endLine: r.end_line,
    startColumn: r.start_col,
    endColumn: r.end_col,
    snippet: r.snippet,
    trace: r.trace ? (JSON.parse(r.trace) as TraceStep[]) : null,
    sca: r.sca ? (JSON.parse(r.sca) as ScaDetails) : null,
    status: r.status as IssueStatus,
    v1Status: r.v1_status as V1Status,
    lifecycle: r.lifecycle,
    firstScanId: r.first_scan_id,
    lastScanId: r.last_scan_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lastSeenAt: r.last_seen_at,
    resolvedAt: r.resolved_at,
    note: r.note,
    noteUpdatedAt: r.note_updated_at,
    nonExploitableReason: r.non_exploitable_reason,
    severityOverridden: r.score_override !== null,
    triagedBy: r.triaged_by,
    triagedAt: r.triaged_at,
    validationVerdict: (r.validation_verdict as IssueRecord['validationVerdict']) ?? null,
    validationAssessment: r.validation_assessment,
    codeContext: r.code_context ? (JSON.parse(r.code_context) as { startLine: number; code: string }) : null,
    jiraIssueId: r.jira_issue_key,
    jiraIssueUrl: r.jira_issue_url,
    jiraIssueTitle: r.jira_issue_title,
    jiraTitleFetchedAt: r.jira_title_fetched_at,
    ...(r.last_commit_sha !== undefined ? { commitSha: r.last_commit_sha } : {}),
  };
}
