import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type DatabaseHandle, type Dialect, migrateToLatest } from '@nullpath/db';

/** Every suite that touches the database runs once per dialect. */
export const TEST_DIALECTS: readonly Dialect[] = (process.env.NULLPATH_TEST_DIALECTS ?? 'sqlite,postgres')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is Dialect => s === 'sqlite' || s === 'postgres');

export const PG_ADMIN_URL = process.env.NULLPATH_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends DatabaseHandle {
  /** sqlite: the file; postgres: the URL of the fresh database. */
  location: string;
  /** Closes and removes the database. */
  destroy(): Promise<void>;
}

/** A fresh, empty database (not migrated). */
export async function createEmptyTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'nullpath-test-'));
    const file = join(dir, 'nullpath.db');
    const handle = createDatabase({ kind: 'sqlite', file });
    return {
      ...handle,
      location: file,
      destroy: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `np_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = createDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  return {
    ...handle,
    location: url.toString(),
    destroy: async () => {
      await handle.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A fresh database with every migration applied. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const handle = await createEmptyTestDatabase(dialect);
  await migrateToLatest(handle.db);
  return handle;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
