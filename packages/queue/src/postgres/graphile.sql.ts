import { type Db, nowIso, toCount } from '@nullpath/db';
import type { Job } from 'graphile-worker';
import { sql } from 'kysely';
import type { ResolvedEnqueue } from '../enqueue-options';
import type { FailedJob, QueueStats } from '../queue.types';

/** Pinned (also passed to graphile-worker) so a GRAPHILE_WORKER_SCHEMA env var cannot move it under us. */
export const GRAPHILE_SCHEMA = 'graphile_worker';

/** See NOTE(enqueue-in-tx). With a job key it replaces the pending job (add_job's default mode 'replace'). */
export async function addJob(tx: Db, kind: string, payload: Record<string, unknown>, o: ResolvedEnqueue): Promise<void> {
  await sql`select graphile_worker.add_job(
      ${kind}::text,
      ${JSON.stringify(payload)}::json,
      run_at => ${o.runAt?.toISOString() ?? null}::timestamptz,
      max_attempts => ${o.maxAttempts}::int,
      job_key => ${o.jobKey ?? null}::text
    )`.execute(tx);
}

/**
 * graphile-worker 0.17.3 deletes a job when it succeeds and keeps a permanently failed one with
 * attempts = max_attempts, so queued/running/failed come from its public `jobs` view and `done` from
 * the records the task wrapper writes into our `jobs` table. The wrapper records `done` just before
 * graphile-worker deletes the job, so a job with a record is counted as done only, never as both.
 */
export async function graphileStats(db: Db): Promise<QueueStats> {
  const { rows } = await sql<{ queued: string; running: string; failed: string }>`
    select count(*) filter (where j.locked_at is null and j.attempts < j.max_attempts) as queued,
           count(*) filter (where j.locked_at is not null) as running,
           count(*) filter (where j.locked_at is null and j.attempts >= j.max_attempts) as failed
      from graphile_worker.jobs j
     where not exists (select 1 from jobs d where d.id = j.id::text and d.status = 'done')`.execute(db);
  const done = await db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'done').executeTakeFirst();
  const r = rows[0];
  return { queued: toCount(r?.queued), running: toCount(r?.running), failed: toCount(r?.failed), done: toCount(done?.n) };
}

export async function graphileFailed(db: Db, limit: number): Promise<FailedJob[]> {
  const { rows } = await sql<{ id: string; task_identifier: string; attempts: number; last_error: string | null; updated_at: Date }>`
    select id, task_identifier, attempts, last_error, updated_at
      from graphile_worker.jobs
     where locked_at is null and attempts >= max_attempts
     order by updated_at desc
     limit ${limit}`.execute(db);
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.task_identifier,
    attempts: r.attempts,
    lastError: r.last_error,
    failedAt: new Date(r.updated_at).toISOString(),
  }));
}

/** Idempotent: a job that ran twice (lost lease) still has one record. */
export async function recordDone(db: Db, job: Job): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      id: job.id,
      kind: job.task_identifier,
      payload: JSON.stringify(job.payload),
      status: 'done',
      attempts: job.attempts,
      max_attempts: job.max_attempts,
      run_at: new Date(job.run_at).toISOString(),
      locked_by: null,
      locked_until: null,
      last_error: job.last_error,
      job_key: job.key,
      created_at: new Date(job.created_at).toISOString(),
      updated_at: nowIso(),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
