import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createEmptyTestDatabase, TEST_DIALECTS, type TestDatabase } from '@nullpath/testing';
import { knownMigrations, migrateToLatest } from './migrate';

describe.each(TEST_DIALECTS)('migrations on %s', (dialect) => {
  let handle: TestDatabase | undefined;
  afterEach(async () => {
    await handle?.destroy();
    handle = undefined;
  });

  it('applies every migration once and is a no-op the second time', async () => {
    handle = await createEmptyTestDatabase(dialect);
    const first = await migrateToLatest(handle.db);
    expect(first.applied).toEqual(knownMigrations());
    const second = await migrateToLatest(handle.db);
    expect(second.applied).toEqual([]);
    const tables = (await handle.db.introspection.getTables()).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['users', 'organizations', 'memberships', 'api_tokens']));
  });

  it('refuses a database written by a newer version and changes nothing', async () => {
    handle = await createEmptyTestDatabase(dialect);
    await migrateToLatest(handle.db);
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(
      handle.db,
    );
    await expect(migrateToLatest(handle.db)).rejects.toMatchObject({
      code: 'UNSUPPORTED_DATABASE_VERSION',
      message: expect.stringContaining('9999-from-the-future'),
    });
  });
});
