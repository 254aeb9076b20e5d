import { readFileSync } from 'node:fs';
import { TEST_DIALECTS } from '@nullpath/testing';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitFixture, VULNERABLE_APP } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

describe.each(TEST_DIALECTS)('repositories on %s', (dialect) => {
  let p: Pipeline;
  let repo: GitFixture;
  beforeEach(async () => {
    p = await createPipeline(dialect, { worker: false });
    repo = new GitFixture().write({ 'app.js': VULNERABLE_APP });
    repo.commit('app');
  });
  afterEach(async () => {
    await p.close();
    repo.destroy();
  });

  it('detects the default branch, refuses duplicates and unreachable URLs with clear errors', async () => {
    repo.git('branch', '-m', 'main', 'trunk');
    const added = await p.api('/api/v2/repositories/addByUrl', { url: `${repo.url}/` });
    expect(added.status).toBe(200);
    expect(added.body.repository).toMatchObject({ defaultBranch: 'trunk', hasCredentials: false, partitions: [] });
    const dup = await p.api('/api/v2/repositories/addByUrl', { url: repo.url });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toContain(added.body.repository.id);
    const missing = await p.api('/api/v2/repositories/addByUrl', { url: 'file:///nonexistent/nowhere' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe("url: could not reach the repository 'file:///nonexistent/nowhere'");
    const bad = await p.api('/api/v2/repositories/addByUrl', { url: 'ftp://example.com/x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/^url: unsupported scheme 'ftp'/);
    const badPartition = await p.api('/api/v2/repositories/addByUrl', { url: repo.url, partitions: [{ path: '../etc' }] });
    expect(badPartition.status).toBe(400);
    expect(badPartition.body.error).toMatch(/^partitions\.0\.path:/);
    expect((await p.api('/api/v2/repositories/list', {})).body.totalCount).toBe(1);
  });

  it('resolves clients’ URL spellings to the repository id', async () => {
    const id = (await p.api('/api/v2/repositories/addByUrl', { url: repo.url })).body.repository.id;
    for (const spelling of [repo.url, `${repo.url}/`, `${repo.url}.git`]) {
      expect((await p.api('/api/v1/repositories/resolve-by-url', { repositoryUrl: spelling, vcs: 'generic' })).body).toEqual({ repositoryId: id });
    }
    expect((await p.api('/api/v1/repositories/resolve-by-url', { repositoryUrl: 'https://github.com/someone/else' })).body).toEqual({ repositoryId: null });
    expect((await p.api('/api/v1/repositories/resolve-by-url', { repositoryUrl: 'garbage' })).body).toEqual({ repositoryId: null });
  });

  it('stores credentials encrypted and never returns them', async () => {
    const secret = 'ghp_exampleCredential0123456789abcdefABCD';
    const added = await p.api('/api/v2/repositories/addByUrl', { url: repo.url, credentials: { username: 'bot', password: secret } });
    expect(added.status).toBe(200);
    expect(added.body.repository.hasCredentials).toBe(true);
    const id = added.body.repository.id;
    for (const [url, body] of [
      ['/api/v2/repositories/get', { repositoryId: id }],
      ['/api/v2/repositories/list', {}],
      ['/api/v1/repositories/list', {}],
    ] as const) {
      expect(JSON.stringify((await p.api(url, body)).body)).not.toContain(secret);
    }
    const rows = await sql<{ c: string }>`select credentials_enc as c from repositories where id = ${id}`.execute(p.db);
    expect(rows.rows[0]!.c).toMatch(/^v1\./);
    expect(rows.rows[0]!.c).not.toContain(secret);
    if (dialect === 'sqlite') {
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(p.db);
      expect(readFileSync(p.location).toString('latin1')).not.toContain(secret);
    }
    const cleared = await p.api('/api/v2/repositories/update', { repositoryId: id, credentials: null, tags: 'team-a', name: 'Renamed' });
    expect(cleared.body.repository).toMatchObject({ hasCredentials: false, tags: ['team-a'], name: 'Renamed' });
    expect(p.logs.join('')).not.toContain(secret);
  });
});
