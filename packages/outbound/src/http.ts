import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkHost, OutboundRefusedError, OutboundUnreachableError, type CheckedHost, type OutboundPolicy } from './policy';

export interface GuardedResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A `lookup` that answers only with the already checked addresses: the socket connects where the check looked. */
function pinnedLookup(checked: CheckedHost): LookupFunction {
  return (_host, opts, cb) => {
    const first = checked.addresses[0]!;
    if ((opts as { all?: boolean }).all) cb(null, checked.addresses as never);
    else cb(null, first.address, first.family);
  };
}

/**
 * GET through the guard (webhooks, Jira, LLM callers). Every hop, redirects included, is resolved,
 * checked and connected by the checked address; at most `maxRedirects` hops.
 */
export async function guardedGet(url: string, policy: OutboundPolicy, opts: { maxRedirects?: number; timeoutMs?: number } = {}): Promise<GuardedResponse> {
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new OutboundRefusedError(`url: the '${current.protocol.replace(/:$/, '')}' scheme is not allowed`);
    const checked = await checkHost(current.hostname, policy);
    const res = await once(current, checked, opts.timeoutMs ?? 15_000);
    const location = res.headers.location;
    if (res.status >= 300 && res.status < 400 && location) {
      if (hop >= (opts.maxRedirects ?? 5)) throw new OutboundRefusedError('url: too many redirects');
      current = new URL(location, current);
      continue;
    }
    return res;
  }
}

function once(url: URL, checked: CheckedHost, timeoutMs: number): Promise<GuardedResponse> {
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, { method: 'GET', lookup: pinnedLookup(checked), timeout: timeoutMs, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > 1 << 20) req.destroy();
        else chunks.push(c);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => reject(new OutboundUnreachableError()));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => reject(new OutboundUnreachableError()));
    req.end();
  });
}
