import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyTestDatabase, TEST_DIALECTS, type TestDatabase } from '@nullpath/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli';

describe.each(TEST_DIALECTS)('nullpath advisories --platform on %s', (dialect) => {
  let dataDir: string;
  let pg: TestDatabase | undefined;
  let dbArgs: string[];
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'np-adv-'));
    dbArgs = ['--data-dir', dataDir];
    if (dialect === 'postgres') {
      pg = await createEmptyTestDatabase('postgres');
      dbArgs.push('--database-url', pg.location);
    }
  });
  afterEach(async () => {
    await pg?.destroy();
    pg = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

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
