import type { RepoScope } from '@nullpath/core';
import { inRepoScope } from '../access/repo-scope.sql';
import { newId } from '@nullpath/core';
import { sql } from 'kysely';
import type { ScanStatus, ScanType } from '../schema';
import type { Db, Row } from '../types';
import { nowIso, toCount } from '../types';

export type ScanRow = Row<'scans'>;
export type ScanEventRow = Row<'scan_events'>;
export const ACTIVE_STATUSES: readonly ScanStatus[] = ['QUEUED', 'RUNNING'];

export async function insertScan(
  db: Db,
  input: Pick<ScanRow, 'org_id' | 'repository_id' | 'type' | 'branch' | 'trigger'> &
    Partial<Pick<ScanRow, 'base_ref' | 'head_ref' | 'pr_key' | 'schedule_id'>>,
): Promise<ScanRow> {
  const now = nowIso();
  const row: ScanRow = {
    id: newId(),
    org_id: input.org_id,
    repository_id: input.repository_id,
    type: input.type,
    status: 'QUEUED',
    phase: 'queued',
    progress_done: 0,
    progress_total: 0,
    branch: input.branch,
    commit_sha: null,
    base_ref: input.base_ref ?? null,
    head_ref: input.head_ref ?? null,
    pr_key: input.pr_key ?? null,
    trigger: input.trigger,
    schedule_id: input.schedule_id ?? null,
    error_message: null,
    cancel_requested: 0,
    counts: '{}',
    max_score: -1,
    created_at: now,
    updated_at: now,
    started_at: null,
    finished_at: null,
  };
  await db.insertInto('scans').values(row).execute();
  return row;
}

export function findScan(db: Db, orgId: string, id: string): Promise<ScanRow | undefined> {
  return db.selectFrom('scans').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export function findScanById(db: Db, id: string): Promise<ScanRow | undefined> {
  return db.selectFrom('scans').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findActiveFullScan(db: Db, repositoryId: string, branch: string): Promise<ScanRow | undefined> {
  return db
    .selectFrom('scans')
    .selectAll()
    .where('repository_id', '=', repositoryId)
    .where('branch', '=', branch)
    .where('type', '=', 'FullScan')
    .where('status', 'in', ACTIVE_STATUSES)
    .executeTakeFirst();
}

export interface ScanFilter {
  orgId: string;
  /** NOTE(repo-visibility) */
  scope: RepoScope;
  repositoryIds?: string[];
  scanId?: string;
  types?: ScanType[];
  statuses?: ScanStatus[];
  /** Scans that reported at least one finding inside this score window. */
  scoreWindow?: { min: number; max: number };
  prKey?: string;
  search?: string;
  /** Only the latest scan per pull request (PR grouping). */
  latestPerPr?: boolean;
}

function filtered(db: Db, f: ScanFilter) {
  let q = db.selectFrom('scans as s').innerJoin('repositories as r', 'r.id', 's.repository_id').where('s.org_id', '=', f.orgId).where(inRepoScope('s.repository_id', f.scope));
  if (f.repositoryIds && f.repositoryIds.length > 0) q = q.where('s.repository_id', 'in', f.repositoryIds);
  if (f.scanId) q = q.where('s.id', '=', f.scanId);
  if (f.types && f.types.length > 0) q = q.where('s.type', 'in', f.types);
  if (f.statuses && f.statuses.length > 0) q = q.where('s.status', 'in', f.statuses);
  if (f.scoreWindow) {
    const w = f.scoreWindow;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('scan_findings as sf')
          .innerJoin('issues as fi', 'fi.id', 'sf.issue_id')
          .select('sf.issue_id')
          .whereRef('sf.scan_id', '=', 's.id')
          .where('fi.score', '>=', w.min)
          .where('fi.score', '<=', w.max),
      ),
    );
  }
  if (f.prKey) q = q.where('s.pr_key', '=', f.prKey);
  if (f.search) q = q.where((eb) => eb(eb.fn('lower', ['r.name']), 'like', `%${f.search!.toLowerCase()}%`));
  if (f.latestPerPr) {
    q = q.where((eb) =>
      eb.or([
        eb('s.pr_key', 'is', null),
        eb.not(
          eb.exists(
            eb
              .selectFrom('scans as later')
              .select('later.id')
              .whereRef('later.repository_id', '=', 's.repository_id')
              .whereRef('later.pr_key', '=', 's.pr_key')
              .whereRef('later.created_at', '>', 's.created_at'),
          ),
        ),
      ]),
    );
  }
  return q;
}

export function listScans(
  db: Db,
  f: ScanFilter & { offset: number; limit: number; sortBy?: 'createdAt' | 'updatedAt'; sortOrder?: 'asc' | 'desc' },
) {
  const col = f.sortBy === 'updatedAt' ? 's.updated_at' : 's.created_at';
  return filtered(db, f)
    .selectAll('s')
    .select(['r.name as repository_name'])
    .select((eb) =>
      eb
        .selectFrom('scans as prs')
        .select((e) => e.fn.countAll().as('n'))
        .whereRef('prs.repository_id', '=', 's.repository_id')
        .whereRef('prs.pr_key', '=', 's.pr_key')
        .as('pr_scan_count'),
    )
    .orderBy(col, f.sortOrder ?? 'desc')
    .orderBy('s.id', 'asc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

export async function countScans(db: Db, f: ScanFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return toCount(r?.n);
}

export async function updateScan(
  db: Db,
  id: string,
  patch: Partial<Omit<ScanRow, 'id' | 'org_id' | 'repository_id' | 'created_at'>>,
): Promise<void> {
  await db.updateTable('scans').set({ ...patch, updated_at: nowIso() }).where('id', '=', id).execute();
}

/** Moves a scan out of an active state only if it is still active; returns whether it did. */
export async function finishScanIfActive(
  db: Db,
  id: string,
  patch: Partial<Omit<ScanRow, 'id' | 'org_id' | 'repository_id' | 'created_at'>> & { status: ScanStatus },
): Promise<boolean> {
  const r = await db
    .updateTable('scans')
    .set({ ...patch, updated_at: nowIso(), finished_at: nowIso() })
    .where('id', '=', id)
    .where('status', 'in', ACTIVE_STATUSES)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Appends an event with the next sequence number in one statement; concurrent writers that still
 * collide on (scan_id, seq) retry, so the log stays gap-free and ordered for Last-Event-ID.
 */
export async function appendScanEvent(db: Db, scanId: string, type: string, data: object): Promise<number> {
  const payload = JSON.stringify(data);
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db
        .insertInto('scan_events')
        .columns(['scan_id', 'seq', 'type', 'data', 'created_at'])
        .expression((eb) =>
          eb
            .selectFrom('scan_events')
            .select([
              eb.val(scanId).as('scan_id'),
              sql<number>`coalesce(max(seq), 0) + 1`.as('seq'),
              eb.val(type).as('type'),
              eb.val(payload).as('data'),
              eb.val(nowIso()).as('created_at'),
            ])
            .where('scan_id', '=', scanId),
        )
        .returning('seq')
        .executeTakeFirstOrThrow();
      return Number(row.seq);
    } catch (err) {
      if (attempt >= 5 || !/unique|duplicate key/i.test(String(err))) throw err;
    }
  }
}

export function listScanEvents(db: Db, scanId: string, afterSeq: number): Promise<ScanEventRow[]> {
  return db.selectFrom('scan_events').selectAll().where('scan_id', '=', scanId).where('seq', '>', afterSeq).orderBy('seq').execute();
}
