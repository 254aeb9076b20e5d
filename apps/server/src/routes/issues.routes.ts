import { AppError } from '@nullpath/core';
import {
  IssueGetBodySchema,
  IssueResponseSchema,
  IssueV1Schema,
  IssuesSearchBodySchema,
  IssuesSearchResponseSchema,
  IssuesSearchV1BodySchema,
  IssuesSearchV1ResponseSchema,
} from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { toIssueV1, toIssueV2 } from '../mappers/issues.mapper';
import { opt, orgOf } from './org-input';
import { type RouteDeps, authedPost } from './route';

export function registerIssueRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { findings } = deps.services;
  const tags = ['issues'];
  const base = () => deps.services.publicUrl();

  authedPost(app, deps, {
    url: '/api/v1/issues/search', permission: 'ISSUES_VIEW', body: IssuesSearchV1BodySchema, response: IssuesSearchV1ResponseSchema, tags,
    summary: 'Search issues (1-based paging, V1 status buckets, categoryCounts)',
  }, async (actor, body) => {
    const pageSize = body.returnAll ? 500 : (body.pageSize ?? 50);
    const page = body.page ?? 1;
    const sev = body.severities;
    const r = await findings.search(
      actor,
      {
        ...orgOf(body), ...opt('repositoryIds', body.repositoryIds), ...opt('scanId', body.scanId), ...opt('searchQuery', body.searchQuery),
        ...opt('codeScanTypes', body.codeScanTypes), ...opt('ruleId', body.ruleId),
        v1Statuses: body.types ?? ['open'],
        ...(sev ? { scoreRange: { min: sev.min * 10, max: sev.max * 10 } } : {}),
      },
      { offset: (page - 1) * pageSize, limit: pageSize, sortBy: body.sortBy ?? 'score', sortOrder: body.sortOrder ?? 'desc' },
      { withCategoryCounts: true },
    );
    const counts = r.categoryCounts!;
    return {
      issues: r.issues.map((i) => toIssueV1(i, base())),
      totalCount: r.totalCount,
      totalCountAllCategories: Object.values(counts).reduce((a, b) => a + b, 0),
      currentPage: page,
      pageSize,
      categoryCounts: counts,
    };
  });

  authedPost(app, deps, { url: '/api/v1/issues/get', permission: 'ISSUES_VIEW', body: IssueGetBodySchema, response: IssueV1Schema, tags, summary: 'One issue (V1 shape, not wrapped)' },
    async (actor, body) => toIssueV1(await findings.get(actor, { ...orgOf(body), issueId: body.issueId }), base()));

  authedPost(app, deps, {
    url: '/api/v2/issues/search', permission: 'ISSUES_VIEW', body: IssuesSearchBodySchema, response: IssuesSearchResponseSchema, tags,
    summary: 'Search issues (offset/limit ≤ 100, statuses, score levels and range, classes, languages, branches, sorting)',
  }, async (actor, body) => {
    if (body.scoreRange && body.scoreRange.min > body.scoreRange.max) {
      throw new AppError('VALIDATION_FAILED', 'body.scoreRange: min must not exceed max', { details: { field: 'body.scoreRange' } });
    }
    const r = await findings.search(
      actor,
      {
        ...orgOf(body), ...opt('statuses', body.statuses), ...opt('scoreLevels', body.scoreLevels), ...opt('scoreRange', body.scoreRange),
        ...opt('searchQuery', body.searchQuery), ...opt('scanId', body.scanId), ...opt('repositoryIds', body.repositoryIds),
        ...opt('languages', body.languages), ...opt('vulnerabilityClasses', body.vulnerabilityClasses), ...opt('codeScanTypes', body.codeScanTypes),
        ...opt('categories', body.vulnCategories), ...opt('repositoryBranches', body.repositoryBranches),
        ...opt('hasNote', body.hasNote), ...opt('jiraLinked', body.jiraLinked), ...opt('triagedBy', body.triagedBy), ...opt('validationVerdicts', body.validationVerdicts),
      },
      { offset: body.offset ?? 0, limit: body.limit ?? 25, sortBy: body.sortBy ?? 'score', sortOrder: body.sortOrder ?? 'desc' },
    );
    return { issues: r.issues.map((i) => toIssueV2(i, base())), totalCount: r.totalCount };
  });

  authedPost(app, deps, { url: '/api/v2/issues/get', permission: 'ISSUES_VIEW', body: IssueGetBodySchema, response: IssueResponseSchema, tags, summary: 'One issue with its trace and code' },
    async (actor, body) => ({ issue: toIssueV2(await findings.get(actor, { ...orgOf(body), issueId: body.issueId }), base()) }));
}
