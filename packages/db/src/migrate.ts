import { AppError } from '@nullpath/core';
import { type Kysely, Migrator, sql } from 'kysely';
import { MIGRATIONS } from './migrations';
import type { Database } from './schema';

const MIGRATION_TABLE = 'kysely_migration';

/**
 * Applies pending migrations. A database that has migrations this build does not know was written
 * by a newer Nullpath: refuse it before touching anything, instead of letting old code corrupt it.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<{ applied: string[] }> {
  const known = new Set(Object.keys(MIGRATIONS));
  const executed = await executedMigrations(db);
  const unknown = executed.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new AppError(
      'UNSUPPORTED_DATABASE_VERSION',
      `This database was migrated by a newer version of Nullpath (unknown migrations: ${unknown.join(', ')}). ` +
        'Upgrade Nullpath or point it at another database; nothing was changed.',
    );
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: MIGRATION_TABLE,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

async function executedMigrations(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
  return rows.rows.map((r) => r.name);
}

export const knownMigrations = (): string[] => Object.keys(MIGRATIONS);
