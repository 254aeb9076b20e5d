import { ISSUE_STATUSES, SCORE_LEVELS } from '@nullpath/core';
import { z } from 'zod';
import { IsoDateSchema, OrganizationIdSchema } from './common.schemas';

const org = { organizationId: OrganizationIdSchema.optional() };
const IssueId = z.string().min(1).max(100);
const IssueIds = z.array(IssueId).min(1).max(1000).describe('Up to 1,000 issues; atomic: one unknown or invisible id and nothing changes');
const Reason = z.string().max(5000);

export const DISPOSITIONS = ['FALSE_POSITIVE', 'NON_EXPLOITABLE', 'TRUE_POSITIVE', 'SEVERITY_CHANGE', 'STATUS_CHANGE', 'ARCHIVED', 'UNARCHIVED', 'REOPENED'] as const;

export const UpdateStatusBodySchema = z.object({ ...org, issueIds: IssueIds, status: z.enum(ISSUE_STATUSES), reason: Reason.optional().describe('Required for FALSE_POSITIVE, NON_EXPLOITABLE and ACCEPTED_RISK') });
export const UpdateSeverityBodySchema = z.object({
  ...org, issueId: IssueId, score: z.number().min(0).max(100).optional(), severity: z.enum(SCORE_LEVELS).optional().describe('Exactly one of score or severity'), reason: Reason,
});
export const IssueIdsReasonBodySchema = z.object({ ...org, issueIds: IssueIds, reason: Reason });
export const IssueIdsOptionalReasonBodySchema = z.object({ ...org, issueIds: IssueIds, reason: Reason.optional() });
export const UpdateNoteBodySchema = z.object({ ...org, issueId: IssueId, note: z.string().max(20_000).describe('At most 5,000 characters; empty or whitespace-only clears the note') });
export const IssueHistoryBodySchema = z.object({ ...org, issueId: IssueId });
export const TriageHistoryBodySchema = z.object({
  ...org, repositoryId: z.string().min(1).max(100), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(100).default(25),
  dispositions: z.array(z.enum(DISPOSITIONS)).max(DISPOSITIONS.length).optional(),
});
/** V1 triage bodies (api-compat.md §2.1): one issue. */
export const V1IssueActionBodySchema = z.object({ ...org, issueId: IssueId, reason: Reason.optional() });

export const TriageResultSchema = z.object({ updated: z.number().int(), issueIds: z.array(z.string()) });
export const V1OkSchema = z.object({ ok: z.literal(true), issueId: z.string() });
export const UpdateNoteResponseSchema = z.object({ issueId: z.string(), note: z.string().nullable() });

export const HistoryEntrySchema = z.object({
  id: z.string(), issueId: z.string(), repositoryId: z.string(),
  disposition: z.enum([...DISPOSITIONS, 'NOTE']), rationale: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable(),
  actor: z.object({ type: z.string(), id: z.string().nullable(), userId: z.string().nullable(), email: z.string().nullable() }),
  createdAt: IsoDateSchema,
});
export const IssueHistoryResponseSchema = z.object({ entries: z.array(HistoryEntrySchema) });
export const TriageHistoryResponseSchema = z.object({ entries: z.array(HistoryEntrySchema), totalCount: z.number().int() });
