import { newId } from '@nullpath/core';
import type { Db, Row } from '../types';
import { nowIso } from '../types';

export type AuditRow = Row<'audit_log'>;
export type AuditInput = Omit<AuditRow, 'id' | 'created_at' | 'details'> & { details?: Record<string, unknown> };

export async function insertAudit(db: Db, input: AuditInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      ...input,
      id: newId(),
      details: input.details ? JSON.stringify(input.details) : null,
      created_at: nowIso(),
    })
    .execute();
}

export function listAudit(db: Db, filter: { orgId?: string; action?: string; limit?: number }): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (filter.orgId !== undefined) q = q.where('org_id', '=', filter.orgId);
  if (filter.action !== undefined) q = q.where('action', '=', filter.action);
  return q.orderBy('created_at', 'desc').limit(filter.limit ?? 100).execute();
}

export interface AuditQuery {
  orgId: string;
  actorId?: string;
  action?: string;
  since?: string;
}

function auditFiltered(db: Db, f: AuditQuery) {
  let q = db.selectFrom('audit_log as a').where('a.org_id', '=', f.orgId);
  if (f.actorId !== undefined) q = q.where('a.actor_id', '=', f.actorId);
  if (f.action !== undefined) q = q.where('a.action', '=', f.action);
  if (f.since !== undefined) q = q.where('a.created_at', '>=', f.since);
  return q;
}

/** One page of an organization's audit log, newest first, with the acting user's email where known. */
export function searchAudit(db: Db, f: AuditQuery & { offset: number; limit: number }) {
  return auditFiltered(db, f)
    .leftJoin('api_tokens as t', (j) => j.onRef('t.id', '=', 'a.actor_id').on('a.actor_type', '=', 'api-token'))
    .leftJoin('users as u', (j) => j.on((eb) => eb.or([eb.and([eb('a.actor_type', '=', 'user'), eb('u.id', '=', eb.ref('a.actor_id'))]), eb('u.id', '=', eb.ref('t.user_id'))])))
    .selectAll('a')
    .select(['u.email as actor_email', 'u.id as actor_user_id'])
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

export async function countAudit(db: Db, f: AuditQuery): Promise<number> {
  const r = await auditFiltered(db, f).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}
