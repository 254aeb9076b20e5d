import type { Kysely, Migration } from 'kysely';

/** OSV records in the platform database (sca's AdvisoryStore contract; see packages/sca/README.md). */
export const advisories: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('advisories')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('modified', 'text', (c) => c.notNull())
      .addColumn('withdrawn', 'integer', (c) => c.notNull())
      .addColumn('record', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('advisory_packages')
      .addColumn('ecosystem', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('advisory_id', 'text', (c) => c.notNull().references('advisories.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('advisory_packages_pk', ['ecosystem', 'name', 'advisory_id'])
      .execute();
    await db.schema.createIndex('advisory_packages_advisory_idx').on('advisory_packages').column('advisory_id').execute();
    await db.schema
      .createTable('advisory_imports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('finished_at', 'text', (c) => c.notNull())
      .addColumn('run', 'text', (c) => c.notNull())
      .execute();
  },
};
