import { type Actor, AppError, normalizeRepoUrl, redactCredentials, repoDisplayName, scopeIncludes } from '@nullpath/core';
import { type Db, type RepositoryRow, issuesSearch, repositoriesRepo, tagsRepo, withTx } from '@nullpath/db';
import { requireOnRepository } from '../access/access';
import { resolveTagInputs } from '../tags/tag-inputs';
import type { AccessResolver } from '../access/access';
import { writeAudit } from '../audit/audit.service';
import type { GitCredentials, GitProbe } from '../shared/ports';
import type { SecretBox } from '../shared/secret-box';

export interface RepositoryView {
  id: string;
  organizationId: string;
  name: string;
  url: string;
  parentId: string | null;
  partitionPath: string | null;
  defaultBranch: string | null;
  /** Tag names (the V1 shape); `tagIds` are the same tags by id. */
  tags: string[];
  tagIds: string[];
  hasCredentials: boolean;
  createdAt: string;
  updatedAt: string;
  lastScannedAt: string | null;
  issueCounts: Record<string, number>;
}

export interface AddRepositoryInput {
  organizationId?: string;
  url: string;
  name?: string;
  defaultBranch?: string;
  tags?: string[];
  tagIds?: string[];
  credentials?: GitCredentials;
  partitions?: Array<{ path: string; name?: string }>;
  ip?: string | null;
}

const PARTITION_RE = /^[A-Za-z0-9._@+-]+(\/[A-Za-z0-9._@+-]+)*$/;

export function toRepositoryView(r: RepositoryRow, counts: Record<string, number> = {}, tags: Array<{ id: string; name: string }> = []): RepositoryView {
  return {
    id: r.id,
    organizationId: r.org_id,
    name: r.name,
    url: r.url,
    parentId: r.parent_id,
    partitionPath: r.partition_path || null,
    defaultBranch: r.default_branch,
    tags: tags.map((t) => t.name),
    tagIds: tags.map((t) => t.id),
    hasCredentials: r.credentials_enc !== null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lastScannedAt: r.last_scanned_at,
    issueCounts: counts,
  };
}

function validatePartitions(parts: Array<{ path: string; name?: string }>): Array<{ path: string; name?: string }> {
  const seen = new Set<string>();
  return parts.map((p, i) => {
    const path = p.path.trim().replace(/^\.?\/+/, '').replace(/\/+$/, '');
    if (!PARTITION_RE.test(path) || path.split('/').includes('..')) {
      throw new AppError('VALIDATION_FAILED', `partitions.${i}.path: '${p.path}' is not a relative path inside the repository`, {
        details: { field: `partitions.${i}.path` },
      });
    }
    if (seen.has(path)) throw new AppError('VALIDATION_FAILED', `partitions.${i}.path: '${path}' is listed twice`, { details: { field: `partitions.${i}.path` } });
    seen.add(path);
    return { path, ...(p.name ? { name: p.name } : {}) };
  });
}

export function createRepositoriesService(deps: { db: Db; access: AccessResolver; git: GitProbe; secrets: SecretBox }) {
  const { db, access, git, secrets } = deps;

  async function views(orgId: string, rows: RepositoryRow[]): Promise<RepositoryView[]> {
    const ids = rows.map((r) => r.id);
    const [counts, tags] = await Promise.all([issuesSearch.countsByRepository(db, orgId, ids), tagsRepo.tagsOfRepositories(db, ids)]);
    return rows.map((r) => toRepositoryView(r, counts.get(r.id), tags.get(r.id)));
  }

  return {
    async add(actor: Actor, input: AddRepositoryInput): Promise<RepositoryView & { partitions: RepositoryView[] }> {
      const acc = await access.require(actor, 'REPOS_MANAGE', input.organizationId);
      // A new repository is covered by no selected grant yet: adding one needs REPOS_MANAGE everywhere.
      if (!acc.repoScope('REPOS_MANAGE').all) requireOnRepository(acc, 'REPOS_MANAGE', '(new repository)');
      const normalized = normalizeRepoUrl(input.url);
      const partitions = validatePartitions(input.partitions ?? []);
      const existing = await repositoriesRepo.findByNormalizedUrl(db, acc.orgId, normalized);
      if (existing) throw new AppError('CONFLICT', `Repository '${normalized}' is already added (id ${existing.id})`, { details: { repositoryId: existing.id } });
      const displayUrl = redactCredentials(input.url.trim()).replace('***@', '');
      const creds = input.credentials ?? null;
      let defaultBranch = input.defaultBranch?.trim() || null;
      try {
        const remoteDefault = await git.defaultBranch(input.url.trim(), creds);
        defaultBranch ??= remoteDefault;
      } catch (err) {
        // The probe's refusals name their rule; anything else stays generic (no echo of the remote's answer).
        if (err instanceof AppError) throw err;
        throw new AppError('VALIDATION_FAILED', `url: could not reach the repository '${displayUrl}'`, {
          details: { field: 'url' },
        });
      }
      const name = input.name?.trim() || repoDisplayName(normalized);
      const credentialsEnc = creds ? secrets.seal(JSON.stringify(creds)) : null;
      const created = await withTx(db, async (tx) => {
        const parent = await repositoriesRepo.insertRepository(tx, {
          org_id: acc.orgId, parent_id: null, partition_path: '', name, url: displayUrl, normalized_url: normalized,
          default_branch: defaultBranch, credentials_enc: credentialsEnc,
        });
        const tagIds = await resolveTagInputs(tx, acc.orgId, { names: input.tags, ids: input.tagIds });
        const children: RepositoryRow[] = [];
        for (const p of partitions) {
          children.push(
            await repositoriesRepo.insertRepository(tx, {
              org_id: acc.orgId, parent_id: parent.id, partition_path: p.path, name: p.name ?? `${name}/${p.path}`, url: displayUrl,
              normalized_url: normalized, default_branch: defaultBranch, credentials_enc: null,
            }),
          );
        }
        if (tagIds) for (const r of [parent, ...children]) await tagsRepo.setRepositoryTags(tx, r.id, tagIds);
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'repository.added', targetType: 'repository', targetId: parent.id, ip: input.ip ?? null, details: { url: normalized, partitions: partitions.length } });
        return { parent, children };
      });
      const [parentView, ...childViews] = await views(acc.orgId, [created.parent, ...created.children]);
      return { ...parentView!, partitions: childViews };
    },

    async list(actor: Actor, input: { organizationId?: string; searchQuery?: string; tagIds?: string[]; offset?: number; limit?: number }) {
      const acc = await access.require(actor, 'REPOS_VIEW', input.organizationId);
      const filter = { orgId: acc.orgId, scope: acc.repoScope('REPOS_VIEW'), ...(input.searchQuery ? { search: input.searchQuery } : {}), ...(input.tagIds ? { tagIds: input.tagIds } : {}) };
      const [rows, total] = await Promise.all([
        repositoriesRepo.listRepositories(db, { ...filter, ...(input.limit !== undefined ? { limit: input.limit, offset: input.offset ?? 0 } : {}) }),
        repositoriesRepo.countRepositories(db, filter),
      ]);
      return { repositories: await views(acc.orgId, rows), totalCount: total };
    },

    async get(actor: Actor, input: { organizationId?: string; repositoryId: string }) {
      const { access: acc, repository: row } = await access.requireRepository(actor, 'REPOS_VIEW', input.organizationId, input.repositoryId);
      const visible = acc.repoScope('REPOS_VIEW');
      const parts = (await repositoriesRepo.listPartitions(db, row.id)).filter((p) => scopeIncludes(visible, p.id));
      const [view, ...partViews] = await views(acc.orgId, [row, ...parts]);
      return { ...view!, partitions: partViews };
    },

    async update(
      actor: Actor,
      input: { organizationId?: string; repositoryId: string; name?: string; defaultBranch?: string; tags?: string[]; tagIds?: string[]; credentials?: GitCredentials | null; ip?: string | null },
    ): Promise<RepositoryView> {
      const { access: acc, repository: row } = await access.requireRepository(actor, 'REPOS_MANAGE', input.organizationId, input.repositoryId);
      const patch: Parameters<typeof repositoriesRepo.updateRepository>[2] = {};
      if (input.name !== undefined) {
        if (!input.name.trim()) throw new AppError('VALIDATION_FAILED', 'name: must not be empty', { details: { field: 'name' } });
        patch.name = input.name.trim();
      }
      if (input.defaultBranch !== undefined) patch.default_branch = input.defaultBranch.trim() || null;
      if (input.credentials !== undefined) patch.credentials_enc = input.credentials ? secrets.seal(JSON.stringify(input.credentials)) : null;
      const before = (await tagsRepo.tagsOfRepositories(db, [row.id])).get(row.id)?.map((t) => t.id) ?? [];
      await withTx(db, async (tx) => {
        await repositoriesRepo.updateRepository(tx, row.id, patch);
        const tagIds = await resolveTagInputs(tx, acc.orgId, { names: input.tags, ids: input.tagIds });
        if (tagIds) {
          // Partitions carry their repository's tags, so tag-based grants cover the whole repository.
          for (const r of [row, ...(await repositoriesRepo.listPartitions(tx, row.id))]) await tagsRepo.setRepositoryTags(tx, r.id, tagIds);
        }
        const fields = [...Object.keys(patch), ...(tagIds ? ['tags'] : [])];
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'repository.updated', targetType: 'repository', targetId: row.id, ip: input.ip ?? null, details: { fields, ...(tagIds ? { tagIds: { before, after: tagIds } } : {}) } });
      });
      return (await views(acc.orgId, [(await repositoriesRepo.findRepositoryById(db, row.id))!]))[0]!;
    },

    /** Deletes a repository with its partitions, scans, findings and schedules in one transaction. */
    async delete(actor: Actor, input: { organizationId?: string; repositoryId: string; ip?: string | null }): Promise<{ deletedIds: string[] }> {
      const { access: acc, repository: row } = await access.requireRepository(actor, 'REPOS_MANAGE', input.organizationId, input.repositoryId);
      const parts = await repositoriesRepo.listPartitions(db, row.id);
      await withTx(db, async (tx) => {
        await repositoriesRepo.deleteRepository(tx, row.id);
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'repository.deleted', targetType: 'repository', targetId: row.id, ip: input.ip ?? null, details: { url: row.normalized_url } });
      });
      return { deletedIds: [row.id, ...parts.map((p) => p.id)] };
    },

    async resolveByUrl(actor: Actor, input: { organizationId?: string; repositoryUrl: string }): Promise<{ repositoryId: string | null }> {
      const acc = await access.require(actor, 'REPOS_VIEW', input.organizationId);
      let normalized: string;
      try {
        normalized = normalizeRepoUrl(input.repositoryUrl);
      } catch {
        return { repositoryId: null };
      }
      const row = await repositoriesRepo.findByNormalizedUrl(db, acc.orgId, normalized);
      const visible = acc.repoScope('REPOS_VIEW');
      return { repositoryId: row && scopeIncludes(visible, row.id) ? row.id : null };
    },
  };
}

export type RepositoriesService = ReturnType<typeof createRepositoriesService>;
