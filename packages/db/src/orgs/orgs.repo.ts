import { newId } from '@nullpath/core';
import type { MembershipStatus } from '../schema';
import { runCompiledOnce } from '../compiled-once';
import type { Db, Row } from '../types';
import { nowIso, toCount } from '../types';

export type OrgRow = Row<'organizations'>;
export type MembershipRow = Row<'memberships'>;
export type Role = MembershipRow['role'];

export async function insertOrg(db: Db, name: string): Promise<OrgRow> {
  const row: OrgRow = { id: newId(), name, member_repository_access: 'ALL', created_at: nowIso(), updated_at: null };
  await db.insertInto('organizations').values(row).execute();
  return row;
}

export async function findOrgById(db: Db, id: string): Promise<OrgRow | undefined> {
  return (await runCompiledOnce(db, 'org-by-id', (d) => d.selectFrom('organizations').selectAll().where('id', '=', ''), [id]))[0];
}

export function findOrgByName(db: Db, name: string): Promise<OrgRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('name', '=', name).executeTakeFirst();
}

export function findOrgsByNameLower(db: Db, name: string): Promise<OrgRow[]> {
  return db
    .selectFrom('organizations')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .execute();
}

export async function upsertMembership(
  db: Db,
  input: { orgId: string; userId: string; role: Role; status?: MembershipStatus },
): Promise<void> {
  const now = nowIso();
  await db
    .insertInto('memberships')
    .values({
      org_id: input.orgId,
      user_id: input.userId,
      role: input.role,
      status: input.status ?? 'active',
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['org_id', 'user_id']).doUpdateSet({ role: input.role, status: input.status ?? 'active', updated_at: now }),
    )
    .execute();
}

export async function findMembership(db: Db, orgId: string, userId: string): Promise<MembershipRow | undefined> {
  const build = (d: Db) => d.selectFrom('memberships').selectAll().where('org_id', '=', '').where('user_id', '=', '');
  return (await runCompiledOnce(db, 'membership', build, [orgId, userId]))[0];
}

/** Organizations where the user is an active member, oldest membership first. */
export function listOrgsForUser(db: Db, userId: string): Promise<Array<OrgRow & { role: Role }>> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.org_id')
    .select(['o.id', 'o.name', 'o.created_at', 'o.updated_at', 'o.member_repository_access', 'm.role'])
    .where('m.user_id', '=', userId)
    .where('m.status', '=', 'active')
    .orderBy('m.created_at', 'asc')
    .orderBy('o.name', 'asc')
    .execute();
}

export interface MemberRow {
  user_id: string;
  email: string;
  name: string | null;
  role: Role;
  status: MembershipStatus;
  created_at: string;
}

export function listMembers(db: Db, orgId: string): Promise<MemberRow[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.email', 'u.name', 'm.role', 'm.status', 'm.created_at'])
    .where('m.org_id', '=', orgId)
    .orderBy('u.email', 'asc')
    .execute();
}

export async function countActiveAdmins(db: Db, orgId: string): Promise<number> {
  const r = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('org_id', '=', orgId)
    .where('role', '=', 'ADMIN')
    .where('status', '=', 'active')
    .executeTakeFirst();
  return toCount(r?.n);
}

export async function updateMembershipRole(db: Db, orgId: string, userId: string, role: Role): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ role, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMembership(db: Db, orgId: string, userId: string): Promise<void> {
  await db.deleteFrom('memberships').where('org_id', '=', orgId).where('user_id', '=', userId).execute();
}

export async function setMembershipStatus(db: Db, orgId: string, userId: string, status: MembershipStatus): Promise<void> {
  await db
    .updateTable('memberships')
    .set({ status, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .execute();
}

export async function countOrgs(db: Db): Promise<number> {
  const r = await db.selectFrom('organizations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return toCount(r?.n);
}

export async function updateOrg(db: Db, id: string, patch: Partial<Pick<OrgRow, 'name' | 'member_repository_access'>>): Promise<void> {
  await db.updateTable('organizations').set({ ...patch, updated_at: nowIso() }).where('id', '=', id).execute();
}

/**
 * Deletes an organization and everything it owns. Tables whose rows reference the organization only
 * by value (no foreign key) are cleared first; the rest follow through ON DELETE CASCADE.
 */
export async function deleteOrg(db: Db, id: string): Promise<void> {
  await db.deleteFrom('team_members').where('org_id', '=', id).execute();
  await db.deleteFrom('audit_log').where('org_id', '=', id).execute();
  await db.deleteFrom('organizations').where('id', '=', id).execute();
}
