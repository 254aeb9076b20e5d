import type {
  CreateJiraIssueBodySchema,
  HistoryEntrySchema,
  IssueHistoryBodySchema,
  IssueHistoryResponseSchema,
  IssueIdsOptionalReasonBodySchema,
  IssueIdsReasonBodySchema,
  JiraLinkResponseSchema,
  LinkJiraIssueBodySchema,
  TriageHistoryBodySchema,
  TriageHistoryResponseSchema,
  TriageResultSchema,
  UpdateNoteBodySchema,
  UpdateNoteResponseSchema,
  UpdateSeverityBodySchema,
  UpdateStatusBodySchema,
} from '@nullpath/contracts';
import type { z } from 'zod';

export type UpdateStatusBody = z.input<typeof UpdateStatusBodySchema>;
export type UpdateSeverityBody = z.input<typeof UpdateSeverityBodySchema>;
export type IssueIdsReasonBody = z.input<typeof IssueIdsReasonBodySchema>;
export type IssueIdsOptionalReasonBody = z.input<typeof IssueIdsOptionalReasonBodySchema>;
export type UpdateNoteBody = z.input<typeof UpdateNoteBodySchema>;
export type IssueHistoryBody = z.input<typeof IssueHistoryBodySchema>;
export type TriageHistoryBody = z.input<typeof TriageHistoryBodySchema>;
export type TriageResult = z.infer<typeof TriageResultSchema>;
export type UpdateNoteResponse = z.infer<typeof UpdateNoteResponseSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type IssueHistory = z.infer<typeof IssueHistoryResponseSchema>;
export type TriageHistory = z.infer<typeof TriageHistoryResponseSchema>;
export type CreateJiraIssueBody = z.input<typeof CreateJiraIssueBodySchema>;
export type LinkJiraIssueBody = z.input<typeof LinkJiraIssueBodySchema>;
export type JiraLink = z.infer<typeof JiraLinkResponseSchema>;
