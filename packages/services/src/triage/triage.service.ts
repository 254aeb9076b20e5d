import {
  type Actor,
  AppError,
  type IssueStatus,
  type OrgAccess,
  type ScoreLevel,
  type TriageStatus,
  issueStatusOf,
  scopeIncludes,
} from '@nullpath/core';
import { type Db, type Disposition, type HistoryInput, type TriageIssueRow, issuesRepo, repositoriesRepo, triageRepo, withTx } from '@nullpath/db';
import type { AccessResolver } from '../access/access';
import { writeAudit } from '../audit/audit.service';
import { type HistoryEntryView, toHistoryView } from './history-view';

export const NOTE_MAX = 5000;
export const REASON_MAX = 5000;
export const BULK_MAX = 1000;

/** Dispositions that are human rationales (triageHistory); NOTE entries stay in the issue's own history. */
export const RATIONALE_DISPOSITIONS: readonly Disposition[] = ['FALSE_POSITIVE', 'NON_EXPLOITABLE', 'TRUE_POSITIVE', 'SEVERITY_CHANGE', 'STATUS_CHANGE', 'ARCHIVED', 'UNARCHIVED', 'REOPENED'];

/** The score a severity level stands for when a caller names a level instead of a number. */
const LEVEL_SCORE: Record<ScoreLevel, number> = { CRITICAL: 95, HIGH: 80, MEDIUM: 55, LOW: 25, INFO: 5 };

type Change = { patch: triageRepo.TriagePatch; disposition: Disposition; from: string | null; to: string | null };

const statusOf = (r: Pick<TriageIssueRow, 'lifecycle' | 'triage_status'>): IssueStatus => issueStatusOf(r.lifecycle, (r.triage_status as TriageStatus | null) ?? null);

function reasonOf(field: string, raw: string | undefined, required: boolean): string | null {
  const r = raw?.trim() ?? '';
  if (required && !r) throw new AppError('VALIDATION_FAILED', `${field}: a reason is required for this decision`, { details: { field } });
  if (r.length > REASON_MAX) throw new AppError('VALIDATION_FAILED', `${field}: at most ${REASON_MAX} characters`, { details: { field } });
  return r || null;
}

function actorColumns(actor: Actor): Pick<HistoryInput, 'actor_type' | 'actor_id' | 'actor_user_id' | 'actor_email'> {
  return { actor_type: actor.kind, actor_id: actor.kind === 'api-token' ? actor.tokenId : actor.userId, actor_user_id: actor.userId, actor_email: actor.email };
}

export function createTriageService(deps: { db: Db; access: AccessResolver; clock: () => Date }) {
  const { db, access, clock } = deps;

  /**
   * Loads every issue of a bulk action, all or nothing: an unknown id, or one of a repository the caller
   * cannot see, is NOT_FOUND naming it; one they see without ISSUES_MANAGE there is FORBIDDEN.
   */
  async function load(acc: OrgAccess, issueIds: readonly string[]): Promise<TriageIssueRow[]> {
    const ids = [...new Set(issueIds)];
    if (ids.length === 0) throw new AppError('VALIDATION_FAILED', 'issueIds: at least one issue id is required', { details: { field: 'issueIds' } });
    if (ids.length > BULK_MAX) throw new AppError('VALIDATION_FAILED', `issueIds: at most ${BULK_MAX} issues per request`, { details: { field: 'issueIds' } });
    const rows = await triageRepo.findForTriage(db, acc.orgId, ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const view = acc.repoScope('ISSUES_VIEW');
    const manage = acc.repoScope('ISSUES_MANAGE');
    for (const id of ids) {
      const r = byId.get(id);
      if (!r || !scopeIncludes(view, r.repository_id)) throw new AppError('NOT_FOUND', `Issue '${id}' was not found`, { details: { issueId: id } });
      if (!scopeIncludes(manage, r.repository_id)) {
        throw new AppError('FORBIDDEN', `Triage of issue '${id}' requires the ISSUES_MANAGE permission on its repository`, { details: { permission: 'ISSUES_MANAGE', issueId: id } });
      }
    }
    return ids.map((id) => byId.get(id)!);
  }

  /** Applies per-issue changes, their history and the derived status/counters in one transaction. */
  async function apply(actor: Actor, acc: OrgAccess, action: string, rows: TriageIssueRow[], change: (r: TriageIssueRow) => Change | null, rationale: string | null) {
    const now = clock().toISOString();
    const who = actorColumns(actor);
    await withTx(db, async (tx) => {
      const history: HistoryInput[] = [];
      for (const r of rows) {
        const c = change(r);
        if (!c) continue;
        await triageRepo.patchIssues(tx, [r.id], { ...c.patch, ...(c.disposition === 'NOTE' ? {} : { triaged_by: actor.userId, triaged_at: now }) });
        history.push({ org_id: acc.orgId, repository_id: r.repository_id, issue_id: r.id, disposition: c.disposition, rationale, from_value: c.from, to_value: c.to, ...who });
      }
      await triageRepo.insertHistory(tx, history);
      const scopes = new Map(rows.map((r) => [`${r.repository_id}\u0000${r.scope}`, r]));
      for (const r of scopes.values()) await issuesRepo.refreshStatuses(tx, r.repository_id, r.scope);
      for (const repo of new Set(rows.map((r) => r.repository_id))) await issuesRepo.refreshCounts(tx, repo);
      await writeAudit(tx, actor, { orgId: acc.orgId, action: `issue.${action}`, targetType: 'issue', ...(rows.length === 1 ? { targetId: rows[0]!.id } : {}), details: { issueIds: rows.map((r) => r.id), ...(rationale ? { reason: rationale } : {}) } });
    });
    return { issueIds: rows.map((r) => r.id) };
  }

  const toTriage = (status: TriageStatus | null, disposition: Disposition, extra: triageRepo.TriagePatch = {}) => (r: TriageIssueRow): Change => {
    const next = { ...r, triage_status: status, ...extra } as TriageIssueRow;
    return { patch: { triage_status: status, ...extra }, disposition, from: statusOf(r), to: statusOf(next) };
  };

  async function bulk(actor: Actor, input: { organizationId?: string; issueIds: string[] }) {
    const acc = await access.require(actor, 'ISSUES_MANAGE', input.organizationId);
    return { acc, rows: await load(acc, input.issueIds) };
  }

  return {
    async updateStatus(actor: Actor, input: { organizationId?: string; issueIds: string[]; status: IssueStatus; reason?: string }) {
      const reason = reasonOf('reason', input.reason, input.status === 'FALSE_POSITIVE' || input.status === 'NON_EXPLOITABLE' || input.status === 'ACCEPTED_RISK');
      const { acc, rows } = await bulk(actor, input);
      const now = clock().toISOString();
      const disposition: Disposition = input.status === 'FALSE_POSITIVE' ? 'FALSE_POSITIVE' : input.status === 'NON_EXPLOITABLE' ? 'NON_EXPLOITABLE' : 'STATUS_CHANGE';
      return apply(actor, acc, 'status_updated', rows, (r) => {
        let patch: triageRepo.TriagePatch;
        if (input.status === 'PENDING_REVIEW') patch = { triage_status: null, lifecycle: 'open', resolved_at: null };
        else if (input.status === 'RESOLVED') patch = { triage_status: null, lifecycle: 'resolved', resolved_at: now };
        else patch = { triage_status: input.status, ...(input.status === 'NON_EXPLOITABLE' ? { non_exploitable_reason: reason } : {}) };
        return { patch, disposition, from: statusOf(r), to: statusOf({ ...r, ...patch } as TriageIssueRow) };
      }, reason);
    },

    async markFalsePositive(actor: Actor, input: { organizationId?: string; issueIds: string[]; reason?: string }) {
      const reason = reasonOf('reason', input.reason, true);
      const { acc, rows } = await bulk(actor, input);
      return apply(actor, acc, 'false_positive', rows, toTriage('FALSE_POSITIVE', 'FALSE_POSITIVE'), reason);
    },

    async markNonExploitable(actor: Actor, input: { organizationId?: string; issueIds: string[]; reason?: string }) {
      const reason = reasonOf('reason', input.reason, true);
      const { acc, rows } = await bulk(actor, input);
      return apply(actor, acc, 'non_exploitable', rows, toTriage('NON_EXPLOITABLE', 'NON_EXPLOITABLE', { non_exploitable_reason: reason }), reason);
    },

    /** A confirmed finding: earlier dismissals (false positive, non-exploitable, archived) are undone. */
    async markTruePositive(actor: Actor, input: { organizationId?: string; issueIds: string[]; reason?: string }) {
      const reason = reasonOf('reason', input.reason, false);
      const { acc, rows } = await bulk(actor, input);
      const dismissed = new Set(['FALSE_POSITIVE', 'NON_EXPLOITABLE', 'ARCHIVED']);
      return apply(actor, acc, 'true_positive', rows, (r) => {
        const status = r.triage_status && dismissed.has(r.triage_status) ? null : (r.triage_status as TriageStatus | null);
        return toTriage(status, 'TRUE_POSITIVE', status === null ? { non_exploitable_reason: null } : {})(r);
      }, reason);
    },

    async archive(actor: Actor, input: { organizationId?: string; issueIds: string[]; reason?: string }) {
      const reason = reasonOf('reason', input.reason, false);
      const { acc, rows } = await bulk(actor, input);
      return apply(actor, acc, 'archived', rows, toTriage('ARCHIVED', 'ARCHIVED'), reason);
    },

    async unarchive(actor: Actor, input: { organizationId?: string; issueIds: string[]; reason?: string }) {
      const { acc, rows } = await bulk(actor, input);
      return apply(actor, acc, 'unarchived', rows, (r) => (r.triage_status === 'ARCHIVED' ? toTriage(null, 'UNARCHIVED')(r) : null), reasonOf('reason', input.reason, false));
    },

    async updateSeverity(actor: Actor, input: { organizationId?: string; issueId: string; score?: number; severity?: ScoreLevel; reason?: string }) {
      if ((input.score === undefined) === (input.severity === undefined)) {
        throw new AppError('VALIDATION_FAILED', 'Pass exactly one of score (0–100) or severity (CRITICAL, HIGH, MEDIUM, LOW, INFO)', { details: { field: 'score' } });
      }
      const reason = reasonOf('reason', input.reason, true);
      const score = input.score !== undefined ? Math.round(input.score) : LEVEL_SCORE[input.severity!];
      const { acc, rows } = await bulk(actor, { ...input, issueIds: [input.issueId] });
      return apply(actor, acc, 'severity_updated', rows, (r) => ({ patch: { score, score_override: score }, disposition: 'SEVERITY_CHANGE', from: String(r.score), to: String(score) }), reason);
    },

    /** Org-shared note: at most 5,000 characters; empty or whitespace-only clears it. */
    async updateNote(actor: Actor, input: { organizationId?: string; issueId: string; note: string }) {
      if (input.note.length > NOTE_MAX) throw new AppError('VALIDATION_FAILED', `note: at most ${NOTE_MAX} characters (got ${input.note.length})`, { details: { field: 'note', max: NOTE_MAX } });
      const note = input.note.trim() === '' ? null : input.note;
      const { acc, rows } = await bulk(actor, { ...input, issueIds: [input.issueId] });
      const now = clock().toISOString();
      await apply(actor, acc, 'note_updated', rows, (r) => ({
        patch: { note, note_updated_at: note === null ? null : now, note_updated_by: note === null ? null : actor.userId },
        disposition: 'NOTE', from: r.note === null ? null : 'set', to: note === null ? null : 'set',
      }), null);
      return { issueId: input.issueId, note };
    },

    async history(actor: Actor, input: { organizationId?: string; issueId: string }): Promise<{ entries: HistoryEntryView[] }> {
      const acc = await access.require(actor, 'ISSUES_VIEW', input.organizationId);
      const [row] = await triageRepo.findForTriage(db, acc.orgId, [input.issueId]);
      if (!row || !scopeIncludes(acc.repoScope('ISSUES_VIEW'), row.repository_id)) throw new AppError('NOT_FOUND', `Issue '${input.issueId}' was not found`);
      return { entries: (await triageRepo.issueHistory(db, row.id)).map(toHistoryView) };
    },

    /** Every human rationale recorded on a repository's findings (partitions included), newest first. */
    async triageHistory(actor: Actor, input: { organizationId?: string; repositoryId: string; offset: number; limit: number; dispositions?: Disposition[] }) {
      const { access: acc, repository } = await access.requireRepository(actor, 'ISSUES_VIEW', input.organizationId, input.repositoryId);
      const view = acc.repoScope('ISSUES_VIEW');
      const repositoryIds = [repository.id, ...(await repositoriesRepo.listPartitions(db, repository.id)).map((p) => p.id).filter((id) => scopeIncludes(view, id))];
      const dispositions = (input.dispositions && input.dispositions.length > 0 ? input.dispositions : RATIONALE_DISPOSITIONS).filter((d) => d !== 'NOTE');
      const [rows, totalCount] = await Promise.all([
        triageRepo.triageHistory(db, { repositoryIds, dispositions, offset: input.offset, limit: input.limit }),
        triageRepo.countTriageHistory(db, { repositoryIds, dispositions }),
      ]);
      return { entries: rows.map(toHistoryView), totalCount };
    },
  };
}

export type TriageService = ReturnType<typeof createTriageService>;
