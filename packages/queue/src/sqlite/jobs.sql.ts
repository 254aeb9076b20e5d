import { newId } from '@nullpath/core';
import { type Db, type JobStatus, type Row, nowIso, toCount } from '@nullpath/db';
import { sql } from 'kysely';
import type { ResolvedEnqueue } from '../enqueue-options';
import type { FailedJob, QueueStats } from '../queue.types';

export type JobRow = Row<'jobs'>;

/** Identifies one claim of a job: a later claim of the same job (after a lost lease) has another attempt. */
export interface ClaimRef {
  id: string;
  lockedBy: string;
  attempt: number;
}

/** See NOTE(enqueue-in-tx). */
export async function insertJob(tx: Db, kind: string, payload: Record<string, unknown>, o: ResolvedEnqueue): Promise<void> {
  const now = nowIso();
  const runAt = (o.runAt ?? new Date()).toISOString();
  if (o.jobKey !== undefined) {
    // A running job with this key started from older state: detach its key and give it no further retries,
    // as graphile-worker's add_job does, so the new job is the only pending one for the key.
    await tx
      .updateTable('jobs')
      .set({ job_key: null, max_attempts: sql<number>`attempts`, updated_at: now })
      .where('job_key', '=', o.jobKey)
      .where('status', '=', 'running')
      .execute();
  }
  await tx
    .insertInto('jobs')
    .values({
      id: newId(),
      kind,
      payload: JSON.stringify(payload),
      status: 'queued',
      attempts: 0,
      max_attempts: o.maxAttempts,
      run_at: runAt,
      locked_by: null,
      locked_until: null,
      last_error: null,
      job_key: o.jobKey ?? null,
      created_at: now,
      updated_at: now,
    })
    // The conflict target must repeat the partial index's predicate literally for SQLite to match it.
    .onConflict((oc) =>
      oc
        .column('job_key')
        .where(sql<boolean>`status = 'queued'`)
        .doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          payload: eb.ref('excluded.payload'),
          run_at: eb.ref('excluded.run_at'),
          max_attempts: eb.ref('excluded.max_attempts'),
          attempts: 0,
          last_error: null,
          updated_at: now,
        })),
    )
    .execute();
}

/**
 * The one claim statement: the oldest due queued job, or a running job whose lease expired (its worker
 * died), becomes ours.
 * NOTE(single-statement-claim): one UPDATE … WHERE id = (SELECT … LIMIT 1) takes SQLite's write lock before
 * it reads (WAL + busy_timeout make other processes wait, not fail), so two processes never claim the same
 * row. SQLite only: on PostgreSQL the same statement could double-claim without FOR UPDATE SKIP LOCKED.
 */
export function claimJob(db: Db, kinds: string[], lockedBy: string, leaseMs: number): Promise<JobRow | undefined> {
  const now = new Date();
  const nowText = now.toISOString();
  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      attempts: eb('attempts', '+', 1),
      locked_by: lockedBy,
      locked_until: new Date(now.getTime() + leaseMs).toISOString(),
      updated_at: nowText,
    }))
    .where('id', '=', (eb) =>
      eb
        .selectFrom('jobs')
        .select('id')
        .where('kind', 'in', kinds)
        .where((w) =>
          w.or([
            w.and([w('status', '=', 'queued'), w('run_at', '<=', nowText)]),
            w.and([w('status', '=', 'running'), w('locked_until', '<', nowText), w('attempts', '<', w.ref('max_attempts'))]),
          ]),
        )
        .orderBy('run_at')
        .orderBy('created_at')
        .limit(1),
    )
    .returningAll()
    .executeTakeFirst();
}

/** A job whose worker died during its last allowed attempt cannot be claimed again: it failed. */
export async function failExpiredLastAttempts(db: Db): Promise<number> {
  const now = nowIso();
  const res = await db
    .updateTable('jobs')
    .set({
      status: 'failed',
      last_error: 'lease expired: the worker running the last attempt stopped heartbeating (crashed or hung)',
      locked_by: null,
      locked_until: null,
      updated_at: now,
    })
    .where('status', '=', 'running')
    .where('locked_until', '<', now)
    .where((w) => w('attempts', '>=', w.ref('max_attempts')))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Extends the leases of the given jobs; returns the ids still owned (a missing id lost its lease). */
export async function extendLeases(db: Db, lockedBy: string, ids: string[], leaseMs: number): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .updateTable('jobs')
    .set({ locked_until: new Date(Date.now() + leaseMs).toISOString() })
    .where('locked_by', '=', lockedBy)
    .where('status', '=', 'running')
    .where('id', 'in', ids)
    .returning('id')
    .execute();
  return new Set(rows.map((r) => r.id));
}

const ownClaim = (ref: ClaimRef) => (db: Db) =>
  db
    .updateTable('jobs')
    .where('id', '=', ref.id)
    .where('locked_by', '=', ref.lockedBy)
    .where('attempts', '=', ref.attempt)
    .where('status', '=', 'running');

/** Returns false when the claim was lost (lease expired and the job was claimed again). */
export async function completeJob(db: Db, ref: ClaimRef): Promise<boolean> {
  const res = await ownClaim(ref)(db)
    .set({ status: 'done', locked_by: null, locked_until: null, updated_at: nowIso() })
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

/** Back to `queued` at `retryAt`, or `failed` after the last attempt. Undefined when the claim was lost. */
export async function failJob(db: Db, ref: ClaimRef, error: string, retryAt: Date): Promise<JobStatus | undefined> {
  const row = await ownClaim(ref)(db)
    .set((eb) => ({
      status: eb.case().when('attempts', '>=', eb.ref('max_attempts')).then(sql.lit<JobStatus>('failed')).else(sql.lit<JobStatus>('queued')).end(),
      run_at: retryAt.toISOString(),
      last_error: error,
      locked_by: null,
      locked_until: null,
      updated_at: nowIso(),
    }))
    .returning('status')
    .executeTakeFirst();
  return row?.status;
}

/** A job claimed while the runner was stopping goes back untouched, as if never claimed. */
export async function releaseJob(db: Db, ref: ClaimRef): Promise<void> {
  await ownClaim(ref)(db)
    .set((eb) => ({ status: 'queued', attempts: eb('attempts', '-', 1), locked_by: null, locked_until: null, updated_at: nowIso() }))
    .execute();
}

export async function countByStatus(db: Db): Promise<QueueStats> {
  const rows = await db.selectFrom('jobs').select(['status', (eb) => eb.fn.countAll().as('n')]).groupBy('status').execute();
  const stats: QueueStats = { queued: 0, running: 0, failed: 0, done: 0 };
  for (const r of rows) stats[r.status] = toCount(r.n);
  return stats;
}

export async function listFailed(db: Db, limit: number): Promise<FailedJob[]> {
  const rows = await db
    .selectFrom('jobs')
    .select(['id', 'kind', 'attempts', 'last_error', 'updated_at'])
    .where('status', '=', 'failed')
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, attempts: r.attempts, lastError: r.last_error, failedAt: r.updated_at }));
}
