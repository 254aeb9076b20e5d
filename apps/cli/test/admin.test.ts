import { TEST_DIALECTS, type TestDatabase } from '@nullpath/testing';
import { startServer } from '@nullpath/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliDatabase, runCli } from './run-cli';

describe.each(TEST_DIALECTS)('nullpath admin on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof cliDatabase>>;
  let dataDir: string;
  let pg: TestDatabase | undefined;
  let dbArgs: string[];
  beforeEach(async () => {
    db = await cliDatabase(dialect);
    ({ dataDir, pg, args: dbArgs } = db);
  });
  afterEach(() => db.cleanup());

  it('bootstraps the first admin once, then creates a working token with --json', async () => {
    const boot = runCli(['admin', 'bootstrap', '--email', 'Root@Example.com', '--password', 'long enough pw', '--org', 'Acme', ...dbArgs]);
    expect(boot.stderr).toBe('');
    expect(boot.status).toBe(0);
    expect(boot.stdout).toMatch(/^Created admin root@example\.com in organization 'Acme' \([0-9a-f-]{36}\)\n$/);

    const again = runCli(['admin', 'bootstrap', '--email', 'root@example.com', '--password', 'long enough pw', '--org', 'Other', ...dbArgs]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("A user with email 'root@example.com' already exists");

    const tok = runCli(['admin', 'token', '--email', 'root@example.com', '--org', 'acme', '--name', 'ci', '--days', '7', '--json', ...dbArgs]);
    expect(tok.status).toBe(0);
    const t = JSON.parse(tok.stdout);
    expect(Object.keys(t).sort()).toEqual(['expiresAt', 'organizationId', 'tokenId', 'tokenSecret']);

    const server = await startServer({
      dataDir,
      ...(pg ? { databaseUrl: pg.location } : {}),
      port: 0,
      handleSignals: false,
      print: () => {},
      logLevel: 'silent',
    });
    try {
      const res = await fetch(`${server.url}/api/v1/orgs/list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-zeropath-api-token-id': t.tokenId, 'x-zeropath-api-token-secret': t.tokenSecret },
        body: '{}',
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual([{ id: t.organizationId, name: 'Acme', role: 'ADMIN' }]);
    } finally {
      await server.close();
    }
  });

  it('rejects bad arguments with exit code 2 and a clear message', () => {
    const days = runCli(['admin', 'token', '--email', 'a@b.c', '--org', 'x', '--days', '400', ...dbArgs]);
    expect(days.status).toBe(2);
    expect(days.stderr).toContain('must be a whole number of days from 1 to 365');
    const shortPw = runCli(['admin', 'bootstrap', '--email', 'a@b.c', '--password', 'short', '--org', 'x', ...dbArgs]);
    expect(shortPw.status).toBe(2);
    expect(shortPw.stderr).toContain('password: must be at least 8 characters');
    const noUser = runCli(['admin', 'token', '--email', 'ghost@example.com', '--org', 'x', ...dbArgs]);
    expect(noUser.status).toBe(2);
    expect(noUser.stderr).toContain("No user with email 'ghost@example.com'");
  });
});
