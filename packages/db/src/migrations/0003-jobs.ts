import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Tables of @nullpath/queue (see packages/queue/README.md). Created on both dialects so the schema is one
 * set: on SQLite `jobs` is the queue itself; on PostgreSQL graphile-worker owns the queue (its own
 * `graphile_worker` schema) and `jobs` only keeps the `done` records, while `job_workers` holds the
 * worker-pool heartbeats that let a crashed pool's jobs be unlocked after its lease instead of 4 hours.
 */
export const jobs: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('run_at', 'text', (c) => c.notNull())
      .addColumn('locked_by', 'text')
      .addColumn('locked_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('job_key', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // The claim scans queued jobs by run_at and expired running leases by locked_until.
    await db.schema.createIndex('jobs_claim_idx').on('jobs').columns(['status', 'run_at']).execute();
    await db.schema.createIndex('jobs_lease_idx').on('jobs').columns(['status', 'locked_until']).execute();
    // At most one *pending* job per key; running/done/failed jobs have their key detached on re-enqueue.
    await sql`create unique index jobs_pending_key_uq on jobs (job_key) where status = 'queued'`.execute(db);

    await db.schema
      .createTable('job_workers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('lease_until', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('job_workers').execute();
    await db.schema.dropTable('jobs').execute();
  },
};
