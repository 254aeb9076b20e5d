import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, migrateToLatest } from '@nullpath/db';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, spawnCli, waitForOutput } from './run-cli';

describe('nullpath serve (embedded SQLite)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'np-serve-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start(until = /Admin login: .*\n/): Promise<{ out: string; url: string; stop: () => Promise<number | null> }> {
    const child = spawnCli(['serve', '--data-dir', dataDir, '--port', '0'], { NULLPATH_LOG_LEVEL: 'warn' });
    const out = await waitForOutput(child, until, 90_000);
    const url = /running at (http:\/\/\S+)/.exec(out)![1]!;
    return {
      out,
      url,
      stop: () =>
        new Promise((resolve) => {
          child.once('exit', (code) => resolve(code));
          child.kill('SIGTERM');
        }),
    };
  }

  it('prints the URL and a generated admin password on first start only, and shuts down cleanly on SIGTERM', async () => {
    // The first start sets up the demo: its sample repository is local, and the outbound guard still admits it.
    const first = await start(/Demo scan completed: \d+ findings.*\n/);
    expect(first.out).toMatch(/Demo scan completed: [1-9]\d* findings/);
    expect(first.out).toMatch(/Admin login: admin@nullpath\.local {2}password: \S{16} {2}\(shown once; organization 'Default'\)/);
    const health = await fetch(`${first.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok', version: '0.1.0', database: 'sqlite' });
    const password = /password: (\S+)/.exec(first.out)![1]!;
    const login = await fetch(`${first.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@nullpath.local', password }),
    });
    expect(login.status).toBe(200);
    expect(await first.stop()).toBe(0);

    const second = await start();
    expect(second.out).not.toContain(password);
    expect(second.out).toContain('password was printed on first start');
    expect(await second.stop()).toBe(0);
  }, 120_000);

  it('refuses a database written by a newer version with a clear message and exit code 2', async () => {
    const handle = createDatabase({ kind: 'sqlite', file: join(dataDir, 'nullpath.db') });
    await migrateToLatest(handle.db);
    await sql`insert into kysely_migration (name, timestamp) values ('9000-future', '2030-01-01')`.execute(handle.db);
    await handle.close();
    const r = runCli(['serve', '--data-dir', dataDir, '--port', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('This database was migrated by a newer version of Nullpath (unknown migrations: 9000-future)');
  });
});
