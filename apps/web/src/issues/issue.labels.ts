import type { IssueSortBy, IssueStatus, Reachability, ScoreLevel, VulnCategory } from '@nullpath/api-client';

// Records keyed by the API's enums: a value added to the contract fails the type check here until it has a label.
export const SCORE_LEVEL_COLOR: Record<ScoreLevel, string> = {
  CRITICAL: 'red',
  HIGH: 'orange',
  MEDIUM: 'yellow',
  LOW: 'blue',
  INFO: 'gray',
};
export const SCORE_LEVELS = Object.keys(SCORE_LEVEL_COLOR) as ScoreLevel[];

export const ISSUE_STATUS_LABEL: Record<IssueStatus, string> = {
  PENDING_REVIEW: 'Pending review',
  REVIEWING: 'Reviewing',
  PATCHING: 'Patching',
  RESOLVED: 'Resolved',
  BACKLOG: 'Backlog',
  INFORMATIONAL: 'Informational',
  NON_EXPLOITABLE: 'Not exploitable',
  FALSE_POSITIVE: 'False positive',
  ACCEPTED_RISK: 'Accepted risk',
};
export const ISSUE_STATUSES = Object.keys(ISSUE_STATUS_LABEL) as IssueStatus[];

export const VULN_CATEGORY_LABEL: Record<VulnCategory, string> = {
  SAST: 'Code (SAST)',
  SCA: 'Dependencies (SCA)',
  SECRETS: 'Secrets',
};
export const VULN_CATEGORIES = Object.keys(VULN_CATEGORY_LABEL) as VulnCategory[];

export const ISSUE_SORT_LABEL: Record<IssueSortBy, string> = {
  score: 'Score',
  createdAt: 'First found',
  title: 'Title',
  repository: 'Repository',
  class: 'Class',
  file: 'File',
  patch: 'Patch',
};

export const REACHABILITY: Record<Reachability, { label: string; color: string }> = {
  reachable: { label: 'Reachable', color: 'red' },
  'not-reachable': { label: 'Not reachable', color: 'green' },
  unknown: { label: 'Reachability unknown', color: 'gray' },
};
