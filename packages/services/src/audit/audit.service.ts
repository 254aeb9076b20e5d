import type { Actor } from '@nullpath/core';
import { auditRepo, type Db } from '@nullpath/db';

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
