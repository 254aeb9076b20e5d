import { type Actor, AppError } from '@nullpath/core';
import { auditRepo, type Db } from '@nullpath/db';
import type { AccessResolver } from '../access/access';

export interface AuditEvent {
  orgId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Audit entries never contain secrets: callers pass ids and names only. */
export async function writeAudit(db: Db, actor: Actor | null, event: AuditEvent): Promise<void> {
  await auditRepo.insertAudit(db, {
    org_id: event.orgId,
    actor_type: actor ? actor.kind : 'anonymous',
    actor_id: actor ? (actor.kind === 'api-token' ? actor.tokenId : actor.userId) : null,
    action: event.action,
    target_type: event.targetType ?? null,
    target_id: event.targetId ?? null,
    ip: event.ip ?? null,
    ...(event.details ? { details: event.details } : {}),
  });
}

export interface AuditEntryView {
  id: string;
  action: string;
  actor: { type: string; id: string | null; userId: string | null; email: string | null };
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
  createdAt: string;
}

export function createAuditService(deps: { db: Db; access: AccessResolver }) {
  return {
    /** ADMIN only: every permission, team, tag, member, token and SCIM change with before → after. */
    async list(actor: Actor, input: { organizationId?: string; offset: number; limit: number; actorId?: string; action?: string; since?: string }) {
      const acc = await deps.access.require(actor, null, input.organizationId);
      if (acc.role !== 'ADMIN') throw new AppError('FORBIDDEN', 'Reading the audit log requires the ADMIN role', { details: { role: 'ADMIN' } });
      if (input.since !== undefined && Number.isNaN(Date.parse(input.since))) {
        throw new AppError('VALIDATION_FAILED', `since: '${input.since}' is not an ISO-8601 date-time`, { details: { field: 'since' } });
      }
      const f = {
        orgId: acc.orgId,
        ...(input.actorId ? { actorId: input.actorId } : {}),
        ...(input.action ? { action: input.action } : {}),
        ...(input.since ? { since: new Date(input.since).toISOString() } : {}),
      };
      const [rows, totalCount] = await Promise.all([auditRepo.searchAudit(deps.db, { ...f, offset: input.offset, limit: input.limit }), auditRepo.countAudit(deps.db, f)]);
      const entries: AuditEntryView[] = rows.map((r) => ({
        id: r.id,
        action: r.action,
        actor: { type: r.actor_type, id: r.actor_id, userId: r.actor_user_id ?? null, email: r.actor_email ?? null },
        targetType: r.target_type,
        targetId: r.target_id,
        ip: r.ip,
        details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
        createdAt: r.created_at,
      }));
      return { entries, totalCount };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
