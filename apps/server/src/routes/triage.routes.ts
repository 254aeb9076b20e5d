import {
  IssueHistoryBodySchema,
  IssueHistoryResponseSchema,
  IssueIdsOptionalReasonBodySchema,
  IssueIdsReasonBodySchema,
  TriageHistoryBodySchema,
  TriageHistoryResponseSchema,
  TriageResultSchema,
  UpdateNoteBodySchema,
  UpdateNoteResponseSchema,
  UpdateSeverityBodySchema,
  UpdateStatusBodySchema,
  V1IssueActionBodySchema,
  V1OkSchema,
} from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { opt, orgOf } from './org-input';
import { type RouteDeps, authedPost } from './route';

const result = (r: { issueIds: string[] }) => ({ updated: r.issueIds.length, issueIds: r.issueIds });

/** Triage (issues of every category): status, severity, archive, dispositions, notes and their history. */
export function registerTriageRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { triage } = deps.services;
  const tags = ['triage'];
  const bulk = { permission: 'ISSUES_MANAGE' as const, tags };

  authedPost(app, deps, {
    url: '/api/v2/issues/updateStatus', body: UpdateStatusBodySchema, response: TriageResultSchema, ...bulk, mcp: 'issues.updateStatus',
    summary: 'Set the status of up to 1,000 issues at once (all or nothing), with a reason',
  }, async (actor, body) => result(await triage.updateStatus(actor, { ...orgOf(body), issueIds: body.issueIds, status: body.status, ...opt('reason', body.reason) })));

  authedPost(app, deps, {
    url: '/api/v2/issues/updateSeverity', body: UpdateSeverityBodySchema, response: TriageResultSchema, ...bulk, mcp: 'issues.updateSeverity',
    summary: 'Change the severity of an issue (score 0–100 or a level) with a reason; rescans keep it',
  }, async (actor, body) => result(await triage.updateSeverity(actor, { ...orgOf(body), issueId: body.issueId, ...opt('score', body.score), ...opt('severity', body.severity), reason: body.reason })));

  const withReason: Array<[string, string, 'archive' | 'markFalsePositive' | 'markNonExploitable', string]> = [
    ['/api/v2/issues/archive', 'issues.archive', 'archive', 'Archive issues (hidden from the open lists, kept with their history)'],
    ['/api/v2/issues/markFalsePositive', 'issues.markFalsePositive', 'markFalsePositive', 'Mark issues as false positives, with the rationale; rescans keep the decision'],
    ['/api/v2/issues/markNonExploitable', 'issues.markNonExploitable', 'markNonExploitable', 'Mark issues as not exploitable; the rationale is returned as nonExploitableReason'],
  ];
  for (const [url, mcp, method, summary] of withReason) {
    authedPost(app, deps, { url, body: IssueIdsReasonBodySchema, response: TriageResultSchema, ...bulk, mcp, summary },
      async (actor, body) => result(await triage[method](actor, { ...orgOf(body), issueIds: body.issueIds, reason: body.reason })));
  }
  const optionalReason: Array<[string, string, 'unarchive' | 'markTruePositive', string]> = [
    ['/api/v2/issues/unarchive', 'issues.unarchive', 'unarchive', 'Bring archived issues back'],
    ['/api/v2/issues/markTruePositive', 'issues.markTruePositive', 'markTruePositive', 'Confirm issues as true positives (undoes false-positive, non-exploitable and archived decisions)'],
  ];
  for (const [url, mcp, method, summary] of optionalReason) {
    authedPost(app, deps, { url, body: IssueIdsOptionalReasonBodySchema, response: TriageResultSchema, ...bulk, mcp, summary },
      async (actor, body) => result(await triage[method](actor, { ...orgOf(body), issueIds: body.issueIds, ...opt('reason', body.reason) })));
  }

  authedPost(app, deps, {
    url: '/api/v2/issues/updateNote', body: UpdateNoteBodySchema, response: UpdateNoteResponseSchema, ...bulk, mcp: 'issues.updateNote',
    summary: 'Set the org-shared note of an issue (≤ 5,000 characters; empty or whitespace-only clears it)',
  }, (actor, body) => triage.updateNote(actor, { ...orgOf(body), issueId: body.issueId, note: body.note }));

  authedPost(app, deps, {
    url: '/api/v2/issues/history', body: IssueHistoryBodySchema, response: IssueHistoryResponseSchema, permission: 'ISSUES_VIEW', tags, mcp: 'issues.history',
    summary: 'Every decision on an issue, oldest first (dispositions, rationale, from → to, who and when)',
  }, (actor, body) => triage.history(actor, { ...orgOf(body), issueId: body.issueId }));

  authedPost(app, deps, {
    url: '/api/v2/issues/triageHistory', body: TriageHistoryBodySchema, response: TriageHistoryResponseSchema, permission: 'ISSUES_VIEW', tags, mcp: 'issues.triageHistory',
    summary: "Human triage rationales recorded on a repository's findings, newest first, with a per-entry disposition",
  }, (actor, body) => triage.triageHistory(actor, { ...orgOf(body), repositoryId: body.repositoryId, offset: body.offset, limit: body.limit, ...opt('dispositions', body.dispositions) }));

  // V1 (api-compat.md §2.1): one issue per call, 200 with a small body on success.
  const v1: Array<[string, 'markTruePositive' | 'markFalsePositive' | 'archive' | 'unarchive', string]> = [
    ['/api/v1/issues/mark-true-positive', 'markTruePositive', 'Confirm an issue as a true positive (V1)'],
    ['/api/v1/issues/mark-false-positive', 'markFalsePositive', 'Mark an issue as a false positive (V1)'],
    ['/api/v1/issues/archive', 'archive', 'Archive an issue (V1)'],
    ['/api/v1/issues/unarchive', 'unarchive', 'Unarchive an issue (V1)'],
  ];
  for (const [url, method, summary] of v1) {
    authedPost(app, deps, { url, body: V1IssueActionBodySchema, response: V1OkSchema, ...bulk, summary }, async (actor, body) => {
      // V1 clients send no reason; a false positive still records one so the history says why it has none.
      const reason = body.reason ?? (method === 'markFalsePositive' ? 'Marked as a false positive through the V1 API (no reason given)' : undefined);
      await triage[method](actor, { ...orgOf(body), issueIds: [body.issueId], ...opt('reason', reason) });
      return { ok: true as const, issueId: body.issueId };
    });
  }
}
