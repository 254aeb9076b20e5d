import { type Db, nowIso } from '@nullpath/db';
import { sql } from 'kysely';

/**
 * NOTE(pool-lease): graphile-worker 0.17.3 has no heartbeat; a job locked by a pool that died (SIGKILL,
 * power loss) stays locked for 4 hours (hard-coded in its SQL). Each of our pools therefore renews a lease
 * row in `job_workers` every leaseMs/3, and every runner periodically hands the jobs of pools without a
 * live lease to graphile-worker's own `force_unlock_workers`, which makes them available again.
 * Times are the database's clock (ISO text, NOTE(portable-types)) so workers on several machines agree.
 */
const dbIsoAt = (offsetMs: number) =>
  sql<string>`to_char((now() + ${offsetMs}::double precision * interval '1 millisecond') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Upsert: the row may have been swept if this process stalled for longer than a lease. */
export async function renewPoolLease(db: Db, poolId: string, label: string, leaseMs: number): Promise<void> {
  await db
    .insertInto('job_workers')
    .values({ id: poolId, label, started_at: nowIso(), lease_until: dbIsoAt(leaseMs) })
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ lease_until: eb.ref('excluded.lease_until') })))
    .execute();
}

export async function dropPoolLease(db: Db, poolId: string): Promise<void> {
  await db.deleteFrom('job_workers').where('id', '=', poolId).execute();
}

/**
 * Unlocks the jobs of pools that hold a lock older than a lease and have no live lease row (crashed, or
 * never registered). Safe to run from every runner at once: it unlocks by pool id, and a dead pool takes
 * no new locks. Returns the pool ids unlocked.
 */
export async function unlockDeadPools(db: Db, leaseMs: number): Promise<string[]> {
  const { rows } = await sql<{ locked_by: string }>`
    select distinct j.locked_by
      from graphile_worker.jobs j
     where j.locked_by is not null
       and j.locked_at < now() - ${leaseMs}::double precision * interval '1 millisecond'
       and not exists (select 1 from job_workers w where w.id = j.locked_by and w.lease_until > ${dbIsoAt(0)})`.execute(db);
  const dead = rows.map((r) => r.locked_by);
  if (dead.length > 0) await sql`select graphile_worker.force_unlock_workers(${dead}::text[])`.execute(db);
  await db.deleteFrom('job_workers').where('lease_until', '<', dbIsoAt(-leaseMs)).execute();
  return dead;
}
