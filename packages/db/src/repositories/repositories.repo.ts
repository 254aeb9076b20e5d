import { type RepoScope, newId } from '@nullpath/core';
import { inRepoScope } from '../access/repo-scope.sql';
import type { Db, Row } from '../types';
import { nowIso, toCount } from '../types';

export type RepositoryRow = Row<'repositories'>;

export async function insertRepository(
  db: Db,
  input: Omit<RepositoryRow, 'id' | 'created_at' | 'updated_at' | 'last_scanned_at'>,
): Promise<RepositoryRow> {
  const now = nowIso();
  const row: RepositoryRow = { ...input, id: newId(), created_at: now, updated_at: now, last_scanned_at: null };
  await db.insertInto('repositories').values(row).execute();
  return row;
}

/** Org-scoped lookup: another organization's repository is simply not found. */
export function findRepository(db: Db, orgId: string, id: string): Promise<RepositoryRow | undefined> {
  return db.selectFrom('repositories').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function findRepositoryById(db: Db, id: string): Promise<RepositoryRow | undefined> {
  return db.selectFrom('repositories').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findByNormalizedUrl(db: Db, orgId: string, normalizedUrl: string, partitionPath = ''): Promise<RepositoryRow | undefined> {
  return db
    .selectFrom('repositories')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('normalized_url', '=', normalizedUrl)
    .where('partition_path', '=', partitionPath)
    .executeTakeFirst();
}

export interface RepositoryFilter {
  orgId: string;
  /** NOTE(repo-visibility) */
  scope: RepoScope;
  search?: string;
  ids?: string[];
  parentId?: string | null;
  /** Repositories carrying any of these tags. */
  tagIds?: string[];
  offset?: number;
  limit?: number;
}

function filtered(db: Db, f: RepositoryFilter) {
  let q = db.selectFrom('repositories').where('org_id', '=', f.orgId).where(inRepoScope('id', f.scope));
  if (f.search) {
    const like = `%${f.search.toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['name']), 'like', like), eb(eb.fn('lower', ['normalized_url']), 'like', like)]));
  }
  if (f.ids) q = q.where('id', 'in', f.ids.length > 0 ? f.ids : ['']);
  if (f.tagIds && f.tagIds.length > 0) q = q.where('id', 'in', db.selectFrom('repository_tags').select('repository_id').where('tag_id', 'in', f.tagIds));
  if (f.parentId !== undefined) q = f.parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', f.parentId);
  return q;
}

export function listRepositories(db: Db, f: RepositoryFilter): Promise<RepositoryRow[]> {
  let q = filtered(db, f).selectAll().orderBy('name', 'asc').orderBy('partition_path', 'asc').orderBy('id', 'asc');
  if (f.limit !== undefined) q = q.limit(f.limit).offset(f.offset ?? 0);
  return q.execute();
}

export async function countRepositories(db: Db, f: RepositoryFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return toCount(r?.n);
}

export async function updateRepository(
  db: Db,
  id: string,
  patch: Partial<Pick<RepositoryRow, 'name' | 'default_branch' | 'credentials_enc' | 'last_scanned_at'>>,
): Promise<void> {
  await db.updateTable('repositories').set({ ...patch, updated_at: nowIso() }).where('id', '=', id).execute();
}

/** Deletes a repository and, through ON DELETE CASCADE, its partitions, scans, findings and schedules. */
export async function deleteRepository(db: Db, id: string): Promise<void> {
  await db.deleteFrom('repositories').where('parent_id', '=', id).execute();
  await db.deleteFrom('repositories').where('id', '=', id).execute();
}

export function listPartitions(db: Db, parentId: string): Promise<RepositoryRow[]> {
  return db.selectFrom('repositories').selectAll().where('parent_id', '=', parentId).orderBy('partition_path').execute();
}

/** Ids among `ids` that are repositories of the organization (validation of caller-supplied ids). */
export async function existingRepositoryIds(db: Db, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('repositories').select('id').where('org_id', '=', orgId).where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}
