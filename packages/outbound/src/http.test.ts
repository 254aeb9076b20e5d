import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardedGet } from './http';
import { STRICT_POLICY } from './policy';

// Only loopback listeners; "refused" targets are loopback too, told apart by the allow-list.
const servers: Server[] = [];
async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    handler!(req, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, hits };
}
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

describe('guardedGet', () => {
  it('refuses a loopback target without connecting', async () => {
    const t = await listen((_q, res) => res.end('x'));
    await expect(guardedGet(`http://0177.0.0.1:${t.port}/`, STRICT_POLICY)).rejects.toThrow('url: host resolves to 127.0.0.1, a loopback address');
    expect(t.hits).toEqual([]);
  });
  it('fetches from an allow-listed host', async () => {
    const t = await listen((_q, res) => res.end('hello'));
    const res = await guardedGet(`http://localhost:${t.port}/a`, { allowLocal: false, allowHosts: ['localhost'] });
    expect([res.status, res.body]).toEqual([200, 'hello']);
  });
  it('checks a redirect hop and refuses a loopback target', async () => {
    const target = await listen((_q, res) => res.end('secret'));
    const origin = await listen((_q, res) => {
      res.statusCode = 302;
      res.setHeader('location', `http://127.0.0.1:${target.port}/latest/meta-data`);
      res.end();
    });
    await expect(guardedGet(`http://localhost:${origin.port}/`, { allowLocal: false, allowHosts: ['localhost'] })).rejects.toThrow(
      'url: host resolves to 127.0.0.1, a loopback address',
    );
    expect(origin.hits).toEqual(['/']);
    expect(target.hits).toEqual([]);
  });
  it('follows a redirect to an admitted host', async () => {
    const target = await listen((_q, res) => res.end('moved here'));
    const origin = await listen((_q, res) => {
      res.statusCode = 301;
      res.setHeader('location', `http://localhost:${target.port}/b`);
      res.end();
    });
    const res = await guardedGet(`http://localhost:${origin.port}/`, { allowLocal: false, allowHosts: ['localhost'] });
    expect(res.body).toBe('moved here');
    expect(target.hits).toEqual(['/b']);
  });
});
