import { newId } from '@nullpath/core';
import type { Db, Row } from '../types';
import { nowIso, toCount } from '../types';

export type TagRow = Row<'tags'>;

export async function insertTag(db: Db, input: { orgId: string; name: string; color: string | null }): Promise<TagRow> {
  const now = nowIso();
  const row: TagRow = { id: newId(), org_id: input.orgId, name: input.name, name_lower: input.name.toLowerCase(), color: input.color, created_at: now, updated_at: now };
  await db.insertInto('tags').values(row).execute();
  return row;
}

export function findTag(db: Db, orgId: string, id: string): Promise<TagRow | undefined> {
  return db.selectFrom('tags').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function findTagByName(db: Db, orgId: string, name: string): Promise<TagRow | undefined> {
  return db.selectFrom('tags').selectAll().where('org_id', '=', orgId).where('name_lower', '=', name.toLowerCase()).executeTakeFirst();
}

export function findTags(db: Db, orgId: string, ids: readonly string[]): Promise<TagRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('tags').selectAll().where('org_id', '=', orgId).where('id', 'in', [...ids]).execute();
}

export function listTags(db: Db, orgId: string, f: { search?: string; offset?: number; limit?: number } = {}): Promise<TagRow[]> {
  let q = db.selectFrom('tags').selectAll().where('org_id', '=', orgId);
  if (f.search) q = q.where('name_lower', 'like', `%${f.search.toLowerCase()}%`);
  q = q.orderBy('name_lower').orderBy('id');
  if (f.limit !== undefined) q = q.limit(f.limit).offset(f.offset ?? 0);
  return q.execute();
}

export async function countTags(db: Db, orgId: string, search?: string): Promise<number> {
  let q = db.selectFrom('tags').select((eb) => eb.fn.countAll().as('n')).where('org_id', '=', orgId);
  if (search) q = q.where('name_lower', 'like', `%${search.toLowerCase()}%`);
  return toCount((await q.executeTakeFirst())?.n);
}

export async function updateTag(db: Db, id: string, patch: { name?: string; color?: string | null }): Promise<void> {
  await db
    .updateTable('tags')
    .set({ ...(patch.name !== undefined ? { name: patch.name, name_lower: patch.name.toLowerCase() } : {}), ...(patch.color !== undefined ? { color: patch.color } : {}), updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

export async function deleteTag(db: Db, id: string): Promise<void> {
  await db.deleteFrom('tags').where('id', '=', id).execute();
}

/** Replaces the repositories carrying a tag (ids already validated to belong to the organization). */
export async function setTagRepositories(db: Db, tagId: string, repositoryIds: readonly string[]): Promise<void> {
  await db.deleteFrom('repository_tags').where('tag_id', '=', tagId).execute();
  if (repositoryIds.length > 0) await db.insertInto('repository_tags').values(repositoryIds.map((r) => ({ repository_id: r, tag_id: tagId }))).execute();
}

/** Replaces the tags a repository carries. */
export async function setRepositoryTags(db: Db, repositoryId: string, tagIds: readonly string[]): Promise<void> {
  await db.deleteFrom('repository_tags').where('repository_id', '=', repositoryId).execute();
  if (tagIds.length > 0) await db.insertInto('repository_tags').values(tagIds.map((t) => ({ repository_id: repositoryId, tag_id: t }))).execute();
}

export async function repositoriesOfTag(db: Db, tagId: string): Promise<string[]> {
  return (await db.selectFrom('repository_tags').select('repository_id').where('tag_id', '=', tagId).execute()).map((r) => r.repository_id);
}

/** Tags per repository, for repository views. */
export async function tagsOfRepositories(db: Db, repositoryIds: readonly string[]): Promise<Map<string, Array<{ id: string; name: string }>>> {
  const out = new Map<string, Array<{ id: string; name: string }>>();
  if (repositoryIds.length === 0) return out;
  const rows = await db
    .selectFrom('repository_tags as rt')
    .innerJoin('tags as t', 't.id', 'rt.tag_id')
    .select(['rt.repository_id', 't.id', 't.name'])
    .where('rt.repository_id', 'in', [...repositoryIds])
    .orderBy('t.name_lower')
    .execute();
  for (const r of rows) (out.get(r.repository_id) ?? out.set(r.repository_id, []).get(r.repository_id)!).push({ id: r.id, name: r.name });
  return out;
}

/** Whether any team grant references the tag (changing it then needs TEAM_MANAGE). */
export async function tagHasTeamGrants(db: Db, tagId: string): Promise<boolean> {
  return (await db.selectFrom('team_tag_grants').select('team_id').where('tag_id', '=', tagId).limit(1).executeTakeFirst()) !== undefined;
}
