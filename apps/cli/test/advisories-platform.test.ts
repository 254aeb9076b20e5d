import { join } from 'node:path';
import { TEST_DIALECTS } from '@nullpath/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, cliDatabase, runCli } from './run-cli';

describe.each(TEST_DIALECTS)('nullpath advisories --platform on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof cliDatabase>>;
  let dbArgs: string[];
  beforeEach(async () => {
    db = await cliDatabase(dialect);
    dbArgs = db.args;
  });
  afterEach(() => db.cleanup());

  it("imports OSV records into the server's database, re-imports as unchanged, and reports status", () => {
    const seed = join(REPO_ROOT, 'packages', 'sca', 'advisories');
    const first = runCli(['advisories', 'import', seed, '--platform', '--quiet', ...dbArgs]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/read 781, inserted 781, updated 0, unchanged 0, invalid 0/);
    const again = runCli(['advisories', 'import', seed, '--platform', '--quiet', '--ecosystems', 'npm', ...dbArgs]);
    expect(again.stdout).toMatch(/inserted 0, updated 0, unchanged 536, invalid 0, filtered 245/);
    const status = runCli(['advisories', 'status', '--platform', '--json', ...dbArgs]);
    const meta = JSON.parse(status.stdout);
    expect(meta).toMatchObject({ totalRecords: 781, withdrawnRecords: 5 });
    expect(meta.imports).toHaveLength(2);
    expect(meta.store).toMatch(/^platform database /);
  });
});
