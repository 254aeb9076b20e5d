/** V2 `issueStatus` values (api-compat.md §3.1). */
export const ISSUE_STATUSES = [
  'PENDING_REVIEW',
  'REVIEWING',
  'PATCHING',
  'RESOLVED',
  'BACKLOG',
  'INFORMATIONAL',
  'NON_EXPLOITABLE',
  'FALSE_POSITIVE',
  'ACCEPTED_RISK',
] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** V1 status buckets (`types` filter and `categoryCounts` keys). */
export const V1_STATUSES = ['open', 'patched', 'falsePositive', 'notExploitable', 'archived', 'processing', 'silenced', 'closed'] as const;
export type V1Status = (typeof V1_STATUSES)[number];

/** Set by scans only: whether the latest full scan of the branch still reports the finding. */
export type Lifecycle = 'open' | 'resolved';

/** Human triage states (a later triage feature writes these; scans never touch them). */
export const TRIAGE_STATUSES = [
  'REVIEWING',
  'PATCHING',
  'BACKLOG',
  'INFORMATIONAL',
  'NON_EXPLOITABLE',
  'FALSE_POSITIVE',
  'ACCEPTED_RISK',
  'ARCHIVED',
] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

/**
 * The visible status: a human decision wins over what scans observe, so re-scans never lose
 * triage; without one, an issue is pending review while detected and resolved once gone.
 */
export function issueStatusOf(lifecycle: Lifecycle, triage: TriageStatus | null): IssueStatus {
  if (triage && triage !== 'ARCHIVED') return triage;
  return lifecycle === 'resolved' ? 'RESOLVED' : 'PENDING_REVIEW';
}

export function v1StatusOf(lifecycle: Lifecycle, triage: TriageStatus | null): V1Status {
  switch (triage) {
    case 'ARCHIVED':
      return 'archived';
    case 'FALSE_POSITIVE':
      return 'falsePositive';
    case 'NON_EXPLOITABLE':
      return 'notExploitable';
    case 'ACCEPTED_RISK':
    case 'INFORMATIONAL':
      return 'silenced';
    case 'PATCHING':
      return 'processing';
    default:
      return lifecycle === 'resolved' ? 'closed' : 'open';
  }
}
