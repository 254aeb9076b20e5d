import { newId } from '@nullpath/core';
import type { Db, Row } from '../types';
import { nowIso } from '../types';

export type InvitationRow = Row<'invitations'>;

export async function insertInvitation(
  db: Db,
  input: { orgId: string; email: string; role: InvitationRow['role']; tokenHash: string; invitedBy: string | null; expiresAt: string },
): Promise<InvitationRow> {
  const row: InvitationRow = {
    id: newId(),
    org_id: input.orgId,
    email: input.email,
    role: input.role,
    token_hash: input.tokenHash,
    invited_by: input.invitedBy,
    status: 'pending',
    expires_at: input.expiresAt,
    created_at: nowIso(),
    accepted_at: null,
  };
  await db.insertInto('invitations').values(row).execute();
  return row;
}

/** Pending invitations (expired ones included: they are still "open" until revoked or replaced). */
export function listOpenInvitations(db: Db, orgId: string): Promise<InvitationRow[]> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('status', '=', 'pending')
    .orderBy('email', 'asc')
    .execute();
}

export function findOpenInvitationByEmail(db: Db, orgId: string, email: string): Promise<InvitationRow | undefined> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('email', '=', email)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

export function findInvitationByTokenHash(db: Db, tokenHash: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function revokeOpenInvitations(db: Db, orgId: string, email: string): Promise<number> {
  const r = await db
    .updateTable('invitations')
    .set({ status: 'revoked' })
    .where('org_id', '=', orgId)
    .where('email', '=', email)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Marks accepted only if still pending: the compare-and-set makes the link single-use under races. */
export async function markInvitationAccepted(db: Db, id: string): Promise<boolean> {
  const r = await db
    .updateTable('invitations')
    .set({ status: 'accepted', accepted_at: nowIso() })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
