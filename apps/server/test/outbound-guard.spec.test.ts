import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEST_DIALECTS } from '@nullpath/testing';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, type SeededOrg, type TokenCreds, createHarness, errorOf, post } from './harness';

/** A loopback listener that records every request it gets; the only kind of target these tests use. */
async function listener(handler: (url: string, res: import('node:http').ServerResponse) => void): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req.url ?? '', res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, hits };
}

describe.each(TEST_DIALECTS)('addByUrl through the outbound guard on %s', (dialect) => {
  let h: Harness;
  let org: SeededOrg;
  let admin: TokenCreds;
  const servers: Server[] = [];
  const start = async (allowHosts: string[] = []) => {
    h = await createHarness(dialect, { outbound: { allowLocal: false, allowHosts } });
    org = await h.seedOrg('Acme');
    admin = await org.token(org.admin, { days: 30 });
  };
  const add = (url: string) => post(h, '/api/v2/repositories/addByUrl', { url }, admin.headers);
  const unchanged = async () => {
    const repos = await sql<{ n: number }>`select count(*) as n from repositories`.execute(h.db);
    const audits = await sql<{ n: number }>`select count(*) as n from audit_log where action = 'repository.added'`.execute(h.db);
    return [Number(repos.rows[0]!.n), Number(audits.rows[0]!.n)];
  };
  beforeEach(() => {
    servers.length = 0;
  });
  afterEach(async () => {
    for (const s of servers) s.close();
    await h.close();
  });

  it('refuses file:// by default, naming the setting, and changes nothing', async () => {
    await start();
    const res = await add('file:///tmp/some-repo');
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).error).toBe('url: file:// repositories are local; set NULLPATH_ALLOW_LOCAL_REPOS=1 to allow local repositories');
    expect(await unchanged()).toEqual([0, 0]);
  });

  it('refuses a decimal spelling of loopback without connecting to it', async () => {
    await start();
    const l = await listener((_u, res) => res.end('x'));
    servers.push(l.server);
    const res = await add(`http://2130706433:${l.port}/repo.git`);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).error).toBe('url: host resolves to 127.0.0.1, a loopback address; set NULLPATH_ALLOW_LOCAL_REPOS=1 to allow local repositories');
    expect(l.hits).toEqual([]);
    expect(await unchanged()).toEqual([0, 0]);
  });

  it('refuses localhost and the IPv4-mapped loopback', async () => {
    await start();
    expect(errorOf(await add('https://localhost/repo.git')).error).toBe("url: host 'localhost' is a loopback name; set NULLPATH_ALLOW_LOCAL_REPOS=1 to allow local repositories");
    expect(errorOf(await add('https://[::ffff:127.0.0.1]/repo.git')).error).toMatch(/^url: host resolves to ::ffff:7f00:1, a loopback address/);
    expect(errorOf(await add('git@127.0.0.1:org/repo.git')).error).toMatch(/^url: host resolves to 127.0.0.1, a loopback address/);
  });

  it('reaches an allow-listed host but never echoes its answer', async () => {
    await start(['localhost']);
    const l = await listener((_u, res) => {
      res.statusCode = 404;
      res.end('nothing here: is this a git repository?');
    });
    servers.push(l.server);
    const res = await add(`http://localhost:${l.port}/repo.git`);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).error).toBe(`url: could not reach the repository 'http://localhost:${l.port}/repo.git'`);
    expect(l.hits.length).toBeGreaterThan(0);
    expect(await unchanged()).toEqual([0, 0]);
  });

  it('does not follow a redirect from an allow-listed host to a refused one', async () => {
    await start(['localhost']);
    const target = await listener((_u, res) => res.end('x'));
    servers.push(target.server);
    const origin = await listener((u, res) => {
      res.statusCode = 302;
      res.setHeader('location', `http://127.0.0.1:${target.port}${u}`);
      res.end();
    });
    servers.push(origin.server);
    const res = await add(`http://localhost:${origin.port}/repo.git`);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).error).toBe(`url: could not reach the repository 'http://localhost:${origin.port}/repo.git'`);
    expect(origin.hits.length).toBeGreaterThan(0);
    expect(target.hits).toEqual([]);
  });
});
