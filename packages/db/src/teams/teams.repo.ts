import { newId } from '@nullpath/core';
import type { RepoAccessMode } from '../schema';
import type { Db, Row } from '../types';
import { nowIso, toCount } from '../types';

export type TeamRow = Row<'teams'>;

export interface TeamGrantsInput {
  orgPermissions: readonly string[];
  repoMode: RepoAccessMode;
  repoPermissions: readonly string[];
  repositoryIds: readonly string[];
  tagIds: readonly string[];
}

export async function insertTeam(db: Db, input: { orgId: string; name: string; description: string | null }): Promise<TeamRow> {
  const now = nowIso();
  const row: TeamRow = {
    id: newId(), org_id: input.orgId, name: input.name, name_lower: input.name.toLowerCase(), description: input.description,
    org_permissions: '[]', repo_mode: 'selected', repo_permissions: '[]', created_at: now, updated_at: now,
  };
  await db.insertInto('teams').values(row).execute();
  return row;
}

export function findTeam(db: Db, orgId: string, id: string): Promise<TeamRow | undefined> {
  return db.selectFrom('teams').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function findTeamByName(db: Db, orgId: string, name: string): Promise<TeamRow | undefined> {
  return db.selectFrom('teams').selectAll().where('org_id', '=', orgId).where('name_lower', '=', name.toLowerCase()).executeTakeFirst();
}

export function listTeamIds(db: Db, orgId: string): Promise<string[]> {
  return db.selectFrom('teams').select('id').where('org_id', '=', orgId).execute().then((r) => r.map((x) => x.id));
}

function filtered(db: Db, orgId: string, search?: string) {
  let q = db.selectFrom('teams').where('org_id', '=', orgId);
  if (search) q = q.where('name_lower', 'like', `%${search.toLowerCase()}%`);
  return q;
}

export function listTeams(db: Db, orgId: string, f: { search?: string; offset: number; limit: number }) {
  return filtered(db, orgId, f.search)
    .selectAll()
    .select((eb) => eb.selectFrom('team_members as tm').select((e) => e.fn.countAll().as('n')).whereRef('tm.team_id', '=', 'teams.id').as('member_count'))
    .orderBy('name_lower')
    .orderBy('id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

export async function countTeams(db: Db, orgId: string, search?: string): Promise<number> {
  return toCount((await filtered(db, orgId, search).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n);
}

export async function updateTeam(db: Db, id: string, patch: { name?: string; description?: string | null }): Promise<void> {
  await db
    .updateTable('teams')
    .set({ ...(patch.name !== undefined ? { name: patch.name, name_lower: patch.name.toLowerCase() } : {}), ...(patch.description !== undefined ? { description: patch.description } : {}), updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

export async function deleteTeam(db: Db, id: string): Promise<void> {
  await db.deleteFrom('teams').where('id', '=', id).execute();
}

export function listTeamMembers(db: Db, teamId: string) {
  return db
    .selectFrom('team_members as tm')
    .innerJoin('users as u', 'u.id', 'tm.user_id')
    .select(['tm.user_id', 'u.email', 'u.name', 'tm.created_at'])
    .where('tm.team_id', '=', teamId)
    .orderBy('u.email')
    .execute();
}

export async function addTeamMembers(db: Db, team: { id: string; org_id: string }, userIds: readonly string[]): Promise<string[]> {
  const existing = new Set((await db.selectFrom('team_members').select('user_id').where('team_id', '=', team.id).execute()).map((r) => r.user_id));
  const added = [...new Set(userIds)].filter((u) => !existing.has(u));
  const now = nowIso();
  if (added.length > 0) await db.insertInto('team_members').values(added.map((u) => ({ team_id: team.id, user_id: u, org_id: team.org_id, created_at: now }))).execute();
  return added;
}

export async function removeTeamMembers(db: Db, teamId: string, userIds: readonly string[]): Promise<number> {
  if (userIds.length === 0) return 0;
  const r = await db.deleteFrom('team_members').where('team_id', '=', teamId).where('user_id', 'in', [...userIds]).executeTakeFirst();
  return Number(r.numDeletedRows ?? 0);
}

/** Removes a user from every team of an organization (membership removed). */
export async function removeUserFromOrgTeams(db: Db, orgId: string, userId: string): Promise<void> {
  await db.deleteFrom('team_members').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
}

export async function teamGrantIds(db: Db, teamId: string): Promise<{ repositoryIds: string[]; tagIds: string[] }> {
  const [repos, tags] = await Promise.all([
    db.selectFrom('team_repo_grants').select('repository_id').where('team_id', '=', teamId).orderBy('repository_id').execute(),
    db.selectFrom('team_tag_grants').select('tag_id').where('team_id', '=', teamId).orderBy('tag_id').execute(),
  ]);
  return { repositoryIds: repos.map((r) => r.repository_id), tagIds: tags.map((t) => t.tag_id) };
}

/** Replaces a team's grants (ids already validated to belong to the team's organization). */
export async function setTeamGrants(db: Db, teamId: string, g: TeamGrantsInput): Promise<void> {
  await db
    .updateTable('teams')
    .set({ org_permissions: JSON.stringify([...g.orgPermissions]), repo_mode: g.repoMode, repo_permissions: JSON.stringify([...g.repoPermissions]), updated_at: nowIso() })
    .where('id', '=', teamId)
    .execute();
  await db.deleteFrom('team_repo_grants').where('team_id', '=', teamId).execute();
  await db.deleteFrom('team_tag_grants').where('team_id', '=', teamId).execute();
  const repoIds = g.repoMode === 'selected' ? [...new Set(g.repositoryIds)] : [];
  const tagIds = g.repoMode === 'selected' ? [...new Set(g.tagIds)] : [];
  if (repoIds.length > 0) await db.insertInto('team_repo_grants').values(repoIds.map((r) => ({ team_id: teamId, repository_id: r }))).execute();
  if (tagIds.length > 0) await db.insertInto('team_tag_grants').values(tagIds.map((t) => ({ team_id: teamId, tag_id: t }))).execute();
}

export type PermissionTemplateRow = Row<'permission_templates'>;

export async function insertTemplate(db: Db, input: Omit<PermissionTemplateRow, 'id' | 'created_at' | 'updated_at' | 'name_lower'>): Promise<PermissionTemplateRow> {
  const now = nowIso();
  const row: PermissionTemplateRow = { ...input, id: newId(), name_lower: input.name.toLowerCase(), created_at: now, updated_at: now };
  await db.insertInto('permission_templates').values(row).execute();
  return row;
}

export function findTemplate(db: Db, orgId: string, id: string): Promise<PermissionTemplateRow | undefined> {
  return db.selectFrom('permission_templates').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function findTemplateByName(db: Db, orgId: string, name: string): Promise<PermissionTemplateRow | undefined> {
  return db.selectFrom('permission_templates').selectAll().where('org_id', '=', orgId).where('name_lower', '=', name.toLowerCase()).executeTakeFirst();
}

export function listTemplates(db: Db, orgId: string): Promise<PermissionTemplateRow[]> {
  return db.selectFrom('permission_templates').selectAll().where('org_id', '=', orgId).orderBy('name_lower').orderBy('id').execute();
}

export function defaultTemplates(db: Db, orgId: string): Promise<PermissionTemplateRow[]> {
  return db.selectFrom('permission_templates').selectAll().where('org_id', '=', orgId).where('is_default', '=', 1).orderBy('created_at').execute();
}

export async function updateTemplate(db: Db, id: string, patch: Partial<Omit<PermissionTemplateRow, 'id' | 'org_id' | 'created_at' | 'updated_at'>>): Promise<void> {
  const p = { ...patch, ...(patch.name !== undefined ? { name_lower: patch.name.toLowerCase() } : {}) };
  await db.updateTable('permission_templates').set({ ...p, updated_at: nowIso() }).where('id', '=', id).execute();
}

export async function deleteTemplate(db: Db, id: string): Promise<void> {
  await db.deleteFrom('permission_templates').where('id', '=', id).execute();
}
