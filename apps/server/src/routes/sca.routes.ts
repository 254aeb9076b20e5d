import { AppError } from '@nullpath/core';
import {
  ScaGetV1BodySchema,
  ScaGetV1ResponseSchema,
  ScaRepositoriesV1BodySchema,
  ScaRepositoriesV1ResponseSchema,
  ScaSearchV1BodySchema,
  ScaSearchV1ResponseSchema,
} from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { osvEcosystems, toScaV1 } from '../mappers/issues.mapper';
import { opt, orgOf } from './org-input';
import { type RouteDeps, authedPost } from './route';

export function registerScaRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { findings } = deps.services;
  const tags = ['sca'];

  authedPost(app, deps, {
    url: '/api/v1/sca/vulnerabilities/search', permission: 'ISSUES_VIEW', body: ScaSearchV1BodySchema, response: ScaSearchV1ResponseSchema, tags,
    summary: 'Open dependency vulnerabilities with fix versions and reachability',
  }, async (actor, body) => {
    const page = body.page ?? 1;
    const pageSize = body.pageSize ?? 50;
    const r = await findings.search(
      actor,
      {
        ...orgOf(body), categories: ['SCA'], v1Statuses: ['open'], ...opt('repositoryIds', body.repositoryIds), ...opt('searchQuery', body.searchQuery),
        ...(body.ecosystems ? { ecosystems: osvEcosystems(body.ecosystems) } : {}), ...opt('transitivity', body.transitivity),
      },
      { offset: (page - 1) * pageSize, limit: pageSize, sortBy: 'score', sortOrder: 'desc' },
    );
    return { vulnerabilities: r.issues.map((i) => toScaV1(i, deps.services.publicUrl())), totalCount: r.totalCount, page, pageSize };
  });

  authedPost(app, deps, { url: '/api/v1/sca/vulnerabilities/get', permission: 'ISSUES_VIEW', body: ScaGetV1BodySchema, response: ScaGetV1ResponseSchema, tags, summary: 'One dependency vulnerability' },
    async (actor, body) => {
      const issue = await findings.get(actor, { ...orgOf(body), issueId: body.id });
      if (!issue.sca) throw new AppError('NOT_FOUND', `SCA vulnerability '${body.id}' was not found`);
      const v = toScaV1(issue, deps.services.publicUrl());
      const s = issue.sca;
      return {
        ...v,
        packageName: s.packageName, version: s.version, ecosystem: v.package.ecosystem, severity: v.metadata.severity, severityScore: s.severityScore,
        cvssScore: s.severityScore, aliases: s.aliases, cve: [s.vulnId, ...s.aliases].find((a) => a.startsWith('CVE-')) ?? null,
        summary: s.summary, description: issue.description, references: s.references,
      };
    });

  authedPost(app, deps, {
    url: '/api/v1/sca/repositories/search', permission: 'ISSUES_VIEW', body: ScaRepositoriesV1BodySchema, response: ScaRepositoriesV1ResponseSchema, tags,
    summary: 'Repositories with dependency counts and vulnerable packages by level',
  }, async (actor, body) => ({ repositories: await findings.scaRepositories(actor, orgOf(body)) }));
}
