import { newId } from '@nullpath/core';
import type { Db, Row } from '../types';
import { nowIso } from '../types';

export type OutboxRow = Row<'outbox'>;

export async function insertOutbox(db: Db, input: { to: string; subject: string; body: string }): Promise<OutboxRow> {
  const row: OutboxRow = {
    id: newId(),
    to_email: input.to,
    subject: input.subject,
    body: input.body,
    status: 'pending',
    error: null,
    created_at: nowIso(),
    sent_at: null,
  };
  await db.insertInto('outbox').values(row).execute();
  return row;
}

export async function markOutbox(db: Db, id: string, status: OutboxRow['status'], error: string | null = null): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status, error, sent_at: status === 'sent' ? nowIso() : null })
    .where('id', '=', id)
    .execute();
}

export function listOutbox(db: Db, to?: string): Promise<OutboxRow[]> {
  let q = db.selectFrom('outbox').selectAll();
  if (to !== undefined) q = q.where('to_email', '=', to);
  return q.orderBy('created_at', 'desc').execute();
}
