import type { IssueHistoryRow } from '@nullpath/db';

export interface HistoryEntryView {
  id: string;
  issueId: string;
  repositoryId: string;
  disposition: IssueHistoryRow['disposition'];
  rationale: string | null;
  from: string | null;
  to: string | null;
  actor: { type: string; id: string | null; userId: string | null; email: string | null };
  createdAt: string;
}

export const toHistoryView = (r: IssueHistoryRow): HistoryEntryView => ({
  id: r.id,
  issueId: r.issue_id,
  repositoryId: r.repository_id,
  disposition: r.disposition,
  rationale: r.rationale,
  from: r.from_value,
  to: r.to_value,
  actor: { type: r.actor_type, id: r.actor_id, userId: r.actor_user_id, email: r.actor_email },
  createdAt: r.created_at,
});
