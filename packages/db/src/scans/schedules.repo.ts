import type { RepoScope } from '@nullpath/core';
import { inRepoScope } from '../access/repo-scope.sql';
import { newId } from '@nullpath/core';
import type { Db, Row } from '../types';
import { nowIso } from '../types';

export type ScheduleRow = Row<'scan_schedules'>;

export async function insertSchedule(
  db: Db,
  input: Pick<ScheduleRow, 'org_id' | 'repository_id' | 'cron' | 'timezone' | 'branch' | 'enabled' | 'next_run_at'>,
): Promise<ScheduleRow> {
  const now = nowIso();
  const row: ScheduleRow = { ...input, id: newId(), last_run_at: null, created_at: now, updated_at: now };
  await db.insertInto('scan_schedules').values(row).execute();
  return row;
}

export function findSchedule(db: Db, orgId: string, id: string): Promise<ScheduleRow | undefined> {
  return db.selectFrom('scan_schedules').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function listSchedules(db: Db, orgId: string, scope: RepoScope, repositoryId?: string): Promise<ScheduleRow[]> {
  let q = db.selectFrom('scan_schedules').selectAll().where('org_id', '=', orgId).where(inRepoScope('repository_id', scope));
  if (repositoryId) q = q.where('repository_id', '=', repositoryId);
  return q.orderBy('created_at').execute();
}

export async function updateSchedule(
  db: Db,
  id: string,
  patch: Partial<Pick<ScheduleRow, 'cron' | 'timezone' | 'branch' | 'enabled' | 'next_run_at'>>,
): Promise<void> {
  await db.updateTable('scan_schedules').set({ ...patch, updated_at: nowIso() }).where('id', '=', id).execute();
}

export async function deleteSchedule(db: Db, id: string): Promise<void> {
  await db.deleteFrom('scan_schedules').where('id', '=', id).execute();
}

export function dueSchedules(db: Db, now: string, limit = 50): Promise<ScheduleRow[]> {
  return db
    .selectFrom('scan_schedules')
    .selectAll()
    .where('enabled', '=', 1)
    .where('next_run_at', 'is not', null)
    .where('next_run_at', '<=', now)
    .orderBy('next_run_at')
    .limit(limit)
    .execute();
}

/**
 * Claims one tick: moves next_run_at forward only if it still holds the value this worker read.
 * Exactly one of several concurrent schedulers wins (NOTE(schedule-cas)).
 */
export async function claimTick(db: Db, id: string, expected: string, next: string | null): Promise<boolean> {
  const r = await db
    .updateTable('scan_schedules')
    .set({ next_run_at: next, last_run_at: expected, updated_at: nowIso() })
    .where('id', '=', id)
    .where('next_run_at', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
