import { type Actor, type RepoScope, type ValidationVerdict, type ScoreLevel, V1_STATUSES, type V1Status, notFound, scopeIncludes, scoreWindow } from '@nullpath/core';
import { type Db, type IssueSearch, type IssueSort, componentsRepo, issuesRepo, issuesSearch, repositoriesRepo } from '@nullpath/db';
import type { AccessResolver } from '../access/access';
import { type IssueRecord, toIssueRecord } from './issue-record';

export interface IssueQuery {
  organizationId?: string;
  repositoryIds?: string[];
  scanId?: string;
  statuses?: string[];
  v1Statuses?: string[];
  scoreLevels?: ScoreLevel[];
  scoreRange?: { min: number; max: number };
  searchQuery?: string;
  languages?: string[];
  vulnerabilityClasses?: string[];
  codeScanTypes?: string[];
  categories?: Array<'SAST' | 'SCA' | 'SECRETS'>;
  ruleId?: string;
  repositoryBranches?: Array<{ repositoryId: string; branch: string }>;
  ecosystems?: string[];
  transitivity?: 'direct' | 'transitive';
  hasNote?: boolean;
  jiraLinked?: boolean;
  triagedBy?: string;
  validationVerdicts?: ValidationVerdict[];
}

export interface Page {
  offset: number;
  limit: number;
  sortBy?: IssueSort;
  sortOrder?: 'asc' | 'desc';
}

function toSearch(orgId: string, scope: RepoScope, q: IssueQuery): IssueSearch {
  const s: IssueSearch = { orgId, scope };
  if (q.repositoryIds) s.repositoryIds = q.repositoryIds;
  if (q.scanId) s.scanId = q.scanId;
  if (q.statuses) s.statuses = q.statuses;
  if (q.v1Statuses) s.v1Statuses = q.v1Statuses;
  if (q.scoreLevels && q.scoreLevels.length > 0) s.scoreWindows = q.scoreLevels.map(scoreWindow);
  // Scores are stored as whole numbers: round the bounds inward so fractional input still compares.
  if (q.scoreRange) s.scoreRange = { min: Math.ceil(q.scoreRange.min), max: Math.floor(q.scoreRange.max) };
  if (q.searchQuery?.trim()) s.searchQuery = q.searchQuery.trim();
  if (q.languages) s.languages = q.languages;
  if (q.vulnerabilityClasses) s.vulnClasses = q.vulnerabilityClasses;
  if (q.codeScanTypes) s.codeScanTypes = q.codeScanTypes;
  if (q.categories) s.categories = q.categories;
  if (q.ruleId) s.ruleId = q.ruleId;
  if (q.repositoryBranches) s.repositoryBranches = q.repositoryBranches;
  if (q.ecosystems) s.ecosystems = q.ecosystems;
  if (q.transitivity) s.transitivity = q.transitivity;
  if (q.hasNote !== undefined) s.hasNote = q.hasNote;
  if (q.jiraLinked !== undefined) s.jiraLinked = q.jiraLinked;
  if (q.triagedBy) s.triagedBy = q.triagedBy;
  if (q.validationVerdicts) s.validationVerdicts = q.validationVerdicts;
  return s;
}

/** Refreshes a linked Jira issue's title when stale; returns the new title or null (the Jira integration). */
export type JiraTitleRefresher = (orgId: string, issue: IssueRecord) => Promise<string | null>;

export function createFindingsService(deps: { db: Db; access: AccessResolver; refreshJiraTitle?: JiraTitleRefresher }) {
  const { db, access } = deps;

  return {
    async search(actor: Actor, q: IssueQuery, page: Page, opts: { withCategoryCounts?: boolean } = {}) {
      const acc = await access.require(actor, 'ISSUES_VIEW', q.organizationId);
      const s = toSearch(acc.orgId, acc.repoScope('ISSUES_VIEW'), q);
      const [rows, totalCount, byStatus] = await Promise.all([
        issuesSearch.searchIssues(db, s, page),
        issuesSearch.countIssues(db, s),
        opts.withCategoryCounts ? issuesSearch.countByV1Status(db, s) : Promise.resolve(null),
      ]);
      const categoryCounts = byStatus ? (Object.fromEntries(V1_STATUSES.map((k) => [k, byStatus[k] ?? 0])) as Record<V1Status, number>) : null;
      return { issues: rows.map(toIssueRecord), totalCount, categoryCounts };
    },

    async get(actor: Actor, input: { organizationId?: string; issueId: string }): Promise<IssueRecord> {
      const acc = await access.require(actor, 'ISSUES_VIEW', input.organizationId);
      const row = await issuesRepo.findIssue(db, acc.orgId, input.issueId);
      // An issue of a repository the caller cannot see does not exist for them (NOTE(repo-visibility)).
      if (!row || !scopeIncludes(acc.repoScope('ISSUES_VIEW'), row.repository_id)) throw notFound('Issue', input.issueId);
      const record = toIssueRecord(row);
      const title = deps.refreshJiraTitle ? await deps.refreshJiraTitle(acc.orgId, record) : null;
      return title === null ? record : { ...record, jiraIssueTitle: title };
    },

    /** Per repository: dependency count from its latest full scan and vulnerable-package counts by level. */
    async scaRepositories(actor: Actor, input: { organizationId?: string }) {
      const acc = await access.require(actor, 'ISSUES_VIEW', input.organizationId);
      const scope = acc.repoScope('ISSUES_VIEW');
      const repos = await repositoriesRepo.listRepositories(db, { orgId: acc.orgId, scope });
      const deps = await componentsRepo.dependencyCounts(db, acc.orgId);
      const sca = await issuesSearch.scaSummaryByRepository(db, acc.orgId, scope);
      return repos.map((r) => {
        const s = sca.get(r.id);
        const n = (level: string) => s?.levels[level] ?? 0;
        return {
          id: r.id,
          name: r.name,
          totalDependencies: deps.get(r.id) ?? 0,
          vulnerablePackages: s?.packages ?? 0,
          criticalCount: n('CRITICAL'),
          highCount: n('HIGH'),
          mediumCount: n('MEDIUM'),
          lowCount: n('LOW') + n('INFO'),
        };
      });
    },
  };
}

export type FindingsService = ReturnType<typeof createFindingsService>;
