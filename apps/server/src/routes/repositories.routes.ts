import {
  AddByUrlBodySchema,
  DeleteRepositoryResponseSchema,
  RepositoriesListBodySchema,
  RepositoriesListResponseSchema,
  RepositoriesListV1BodySchema,
  RepositoriesListV1ResponseSchema,
  RepositoryIdBodySchema,
  RepositoryResponseSchema,
  ResolveByUrlBodySchema,
  ResolveByUrlResponseSchema,
  UpdateRepositoryBodySchema,
  UpdateRepositoryResponseSchema,
} from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { toRepositoryV1 } from '../mappers/repositories.mapper';
import { opt, orgOf } from './org-input';
import { type RouteDeps, authedPost } from './route';


export function registerRepositoryRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { repositories, schedules } = deps.services;
  const tags = ['repositories'];

  authedPost(app, deps, {
    url: '/api/v1/repositories/list', permission: 'REPOS_VIEW', body: RepositoriesListV1BodySchema, response: RepositoriesListV1ResponseSchema, tags,
    summary: 'Repositories of the organization (bare array, ZeroPath V1 shape)',
  }, async (actor, body) => {
    const { repositories: list } = await repositories.list(actor, { ...orgOf(body), ...opt('searchQuery', body.searchQuery) });
    const sched = list.length > 0 ? await schedules.list(actor, orgOf(body)) : [];
    return list.map((r) => toRepositoryV1(r, sched.find((s) => s.repositoryId === r.id), deps.services.publicUrl()));
  });

  authedPost(app, deps, {
    url: '/api/v1/repositories/resolve-by-url', permission: 'REPOS_VIEW', body: ResolveByUrlBodySchema, response: ResolveByUrlResponseSchema, tags,
    summary: 'Map a git remote URL (https, ssh, with or without .git) to a repository id',
  }, (actor, body) => repositories.resolveByUrl(actor, { ...orgOf(body), repositoryUrl: body.repositoryUrl }));

  authedPost(app, deps, {
    url: '/api/v2/repositories/list', permission: 'REPOS_VIEW', body: RepositoriesListBodySchema, response: RepositoriesListResponseSchema, tags,
    summary: 'List repositories (monorepo partitions are listed as their own repositories)',
  }, (actor, body) =>
    repositories.list(actor, { ...orgOf(body), ...opt('searchQuery', body.searchQuery), ...opt('tagIds', body.tagIds), offset: body.offset ?? 0, limit: body.limit ?? 25 }));

  authedPost(app, deps, {
    url: '/api/v2/repositories/addByUrl', permission: 'REPOS_MANAGE', body: AddByUrlBodySchema, response: RepositoryResponseSchema, tags,
    summary: 'Add a git repository by URL (credentials for private ones are stored encrypted and never returned)',
  }, async (actor, body, req) => ({
    repository: await repositories.add(actor, {
      ...orgOf(body), url: body.url, ...opt('name', body.name), ...opt('defaultBranch', body.defaultBranch), ...opt('tags', body.tags), ...opt('tagIds', body.tagIds),
      ...(body.credentials ? { credentials: { password: body.credentials.password, ...opt('username', body.credentials.username) } } : {}),
      ...(body.partitions ? { partitions: body.partitions.map((p) => ({ path: p.path, ...opt('name', p.name) })) } : {}),
      ip: req.ip,
    }),
  }));

  authedPost(app, deps, {
    url: '/api/v2/repositories/get', permission: 'REPOS_VIEW', body: RepositoryIdBodySchema, response: RepositoryResponseSchema, tags, summary: 'One repository with its partitions',
  }, async (actor, body) => ({ repository: await repositories.get(actor, { ...orgOf(body), repositoryId: body.repositoryId }) }));

  authedPost(app, deps, {
    url: '/api/v2/repositories/update', permission: 'REPOS_MANAGE', body: UpdateRepositoryBodySchema, response: UpdateRepositoryResponseSchema, tags,
    summary: 'Update name, default branch, tags or credentials',
  }, async (actor, body, req) => ({
    repository: await repositories.update(actor, {
      ...orgOf(body), repositoryId: body.repositoryId, ...opt('name', body.name), ...opt('defaultBranch', body.defaultBranch), ...opt('tags', body.tags), ...opt('tagIds', body.tagIds),
      ...(body.credentials === undefined ? {} : { credentials: body.credentials ? { password: body.credentials.password, ...opt('username', body.credentials.username) } : null }),
      ip: req.ip,
    }),
  }));

  authedPost(app, deps, {
    url: '/api/v2/repositories/delete', permission: 'REPOS_MANAGE', body: RepositoryIdBodySchema, response: DeleteRepositoryResponseSchema, tags,
    summary: 'Delete a repository with its partitions, scans, findings and schedules',
  }, async (actor, body, req) => {
    const r = await repositories.delete(actor, { ...orgOf(body), repositoryId: body.repositoryId, ip: req.ip });
    return { deleted: true as const, repositoryIds: r.deletedIds };
  });
}
