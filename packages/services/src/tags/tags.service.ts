import { type Actor, AppError, type OrgAccess, notFound, scopeIncludes } from '@nullpath/core';
import { type Db, type TagRow, repositoriesRepo, tagsRepo, withTx } from '@nullpath/db';
import { type AccessResolver, requireOnRepository } from '../access/access';
import { writeAudit } from '../audit/audit.service';
import { validTagName } from './tag-inputs';

export interface TagView {
  id: string;
  organizationId: string;
  name: string;
  color: string | null;
  /** Repositories carrying the tag that the caller can see. */
  repositoryIds: string[];
  /** Whether team grants reference the tag (changing or deleting it then needs TEAM_MANAGE). */
  usedByTeamGrants: boolean;
  createdAt: string;
  updatedAt: string;
}

const COLOR_RE = /^#[0-9a-fA-F]{6}$/;

function validColor(c: string | null | undefined): string | null | undefined {
  if (c === undefined || c === null) return c;
  if (!COLOR_RE.test(c)) throw new AppError('VALIDATION_FAILED', `color: '${c}' is not a colour of the form #RRGGBB`, { details: { field: 'color' } });
  return c.toLowerCase();
}

export function createTagsService(deps: { db: Db; access: AccessResolver }) {
  const { db, access } = deps;

  async function view(acc: OrgAccess, t: TagRow): Promise<TagView> {
    const visible = acc.repoScope('REPOS_VIEW');
    const [repos, used] = await Promise.all([tagsRepo.repositoriesOfTag(db, t.id), tagsRepo.tagHasTeamGrants(db, t.id)]);
    return {
      id: t.id, organizationId: t.org_id, name: t.name, color: t.color, repositoryIds: repos.filter((r) => scopeIncludes(visible, r)),
      usedByTeamGrants: used, createdAt: t.created_at, updatedAt: t.updated_at,
    };
  }

  async function tagOrThrow(orgId: string, id: string): Promise<TagRow> {
    const t = await tagsRepo.findTag(db, orgId, id);
    if (!t) throw notFound('Tag', id);
    return t;
  }

  /** Caller-supplied repository ids: of this organization (else 404) and managed by the caller (else 403). */
  async function checkRepositories(acc: OrgAccess, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const found = await repositoriesRepo.existingRepositoryIds(db, acc.orgId, unique);
    for (const id of unique) {
      if (!found.has(id) || !scopeIncludes(acc.visible, id)) throw new AppError('NOT_FOUND', `Repository '${id}' was not found`, { details: { field: 'repositoryIds', repositoryId: id } });
      requireOnRepository(acc, 'REPOS_MANAGE', id);
    }
    // Partitions carry their repository's tags.
    const parts = await Promise.all(unique.map((id) => repositoriesRepo.listPartitions(db, id)));
    return [...new Set([...unique, ...parts.flat().map((p) => p.id)])];
  }

  async function assertNameFree(orgId: string, name: string, exceptId?: string) {
    const other = await tagsRepo.findTagByName(db, orgId, name);
    if (other && other.id !== exceptId) throw new AppError('CONFLICT', `A tag named '${other.name}' already exists (id ${other.id})`, { details: { tagId: other.id } });
  }

  async function requireTeamManageIfGranted(acc: OrgAccess, tag: TagRow) {
    if ((await tagsRepo.tagHasTeamGrants(db, tag.id)) && !acc.permissions.has('TEAM_MANAGE')) {
      throw new AppError('FORBIDDEN', `Tag '${tag.name}' is used by team permission grants: changing it requires the TEAM_MANAGE permission`, { details: { permission: 'TEAM_MANAGE' } });
    }
  }

  return {
    async create(actor: Actor, input: { organizationId?: string; name: string; color?: string | null; repositoryIds?: string[]; ip?: string | null }): Promise<TagView> {
      const acc = await access.require(actor, 'REPOS_MANAGE', input.organizationId);
      const name = validTagName('name', input.name);
      const color = validColor(input.color) ?? null;
      const repositoryIds = input.repositoryIds ? await checkRepositories(acc, input.repositoryIds) : [];
      await assertNameFree(acc.orgId, name);
      const tag = await withTx(db, async (tx) => {
        const t = await tagsRepo.insertTag(tx, { orgId: acc.orgId, name, color });
        await tagsRepo.setTagRepositories(tx, t.id, repositoryIds);
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'tag.created', targetType: 'tag', targetId: t.id, ip: input.ip ?? null, details: { name, repositoryIds } });
        return t;
      });
      return view(acc, tag);
    },

    async list(actor: Actor, input: { organizationId?: string; offset: number; limit: number; searchQuery?: string }) {
      const acc = await access.require(actor, 'REPOS_VIEW', input.organizationId);
      const search = input.searchQuery?.trim() || undefined;
      const [rows, totalCount] = await Promise.all([
        tagsRepo.listTags(db, acc.orgId, { offset: input.offset, limit: input.limit, ...(search ? { search } : {}) }),
        tagsRepo.countTags(db, acc.orgId, search),
      ]);
      return { tags: await Promise.all(rows.map((t) => view(acc, t))), totalCount };
    },

    async get(actor: Actor, input: { organizationId?: string; tagId: string }): Promise<TagView> {
      const acc = await access.require(actor, 'REPOS_VIEW', input.organizationId);
      return view(acc, await tagOrThrow(acc.orgId, input.tagId));
    },

    async update(actor: Actor, input: { organizationId?: string; tagId: string; name?: string; color?: string | null; repositoryIds?: string[]; ip?: string | null }): Promise<TagView> {
      const acc = await access.require(actor, 'REPOS_MANAGE', input.organizationId);
      const tag = await tagOrThrow(acc.orgId, input.tagId);
      await requireTeamManageIfGranted(acc, tag);
      const name = input.name !== undefined ? validTagName('name', input.name) : undefined;
      const color = validColor(input.color);
      const repositoryIds = input.repositoryIds ? await checkRepositories(acc, input.repositoryIds) : undefined;
      // Repositories the caller cannot manage keep the tag: a partial view must not untag what it cannot see.
      if (repositoryIds && !acc.repoScope('REPOS_MANAGE').all) {
        const scope = acc.repoScope('REPOS_MANAGE');
        for (const r of await tagsRepo.repositoriesOfTag(db, tag.id)) if (!scopeIncludes(scope, r)) repositoryIds.push(r);
      }
      if (name !== undefined) await assertNameFree(acc.orgId, name, tag.id);
      const before = await tagsRepo.repositoriesOfTag(db, tag.id);
      await withTx(db, async (tx) => {
        await tagsRepo.updateTag(tx, tag.id, { ...(name !== undefined ? { name } : {}), ...(color !== undefined ? { color } : {}) });
        if (repositoryIds) await tagsRepo.setTagRepositories(tx, tag.id, [...new Set(repositoryIds)]);
        await writeAudit(tx, actor, {
          orgId: acc.orgId, action: 'tag.updated', targetType: 'tag', targetId: tag.id, ip: input.ip ?? null,
          details: { before: { name: tag.name, color: tag.color, repositoryIds: before }, after: { name: name ?? tag.name, color: color === undefined ? tag.color : color, ...(repositoryIds ? { repositoryIds } : {}) } },
        });
      });
      return view(acc, (await tagsRepo.findTag(db, acc.orgId, tag.id))!);
    },

    async delete(actor: Actor, input: { organizationId?: string; tagId: string; ip?: string | null }): Promise<{ tagId: string }> {
      const acc = await access.require(actor, 'REPOS_MANAGE', input.organizationId);
      const tag = await tagOrThrow(acc.orgId, input.tagId);
      await requireTeamManageIfGranted(acc, tag);
      const before = await tagsRepo.repositoriesOfTag(db, tag.id);
      await withTx(db, async (tx) => {
        await tagsRepo.deleteTag(tx, tag.id);
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'tag.deleted', targetType: 'tag', targetId: tag.id, ip: input.ip ?? null, details: { name: tag.name, repositoryIds: before } });
      });
      return { tagId: tag.id };
    },
  };
}

export type TagsService = ReturnType<typeof createTagsService>;
