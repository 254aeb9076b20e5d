import { newId } from '@nullpath/core';
import type { Db, Row } from '../types';
import { nowIso } from '../types';

export type UserRow = Row<'users'>;

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  db: Db,
  input: { email: string; passwordHash: string | null; name?: string | null; instanceAdmin?: boolean },
): Promise<UserRow> {
  const now = nowIso();
  const row: UserRow = {
    id: newId(),
    email: normaliseEmail(input.email),
    name: input.name ?? null,
    password_hash: input.passwordHash,
    instance_admin: input.instanceAdmin ? 1 : 0,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

export async function setUserPassword(db: Db, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash, updated_at: nowIso() }).where('id', '=', id).execute();
}
