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
