import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/**
 * A real HTTP stand-in over loopback for a test file: records each request and answers with the
 * scripted `reply`; both are reset before every test.
 */
export function useLoopbackStandIn(): { readonly seen: Seen[]; reply: Reply; readonly baseUrl: string } {
  let server: Server;
  const state = { seen: [] as Seen[], reply: { status: 200, body: '{}' } as Reply, baseUrl: '' };
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        state.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
        res.writeHead(state.reply.status, { 'content-type': 'application/json', ...state.reply.headers });
        res.end(state.reply.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    state.seen.length = 0;
    state.reply = { status: 200, body: '{}' };
  });
  return state;
}
