import { createServer, type IncomingMessage, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AdvisoryStore } from '@nullpath/sca';
import { toBulk, type BulkAdvisory } from './npm-bulk';

const UPSTREAM = 'https://registry.npmjs.org';

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * npm quirk: @npmcli/metavuln-calculator calls `bundleDependencies.includes()`, but old manifests (tap 5.x, nyc)
 * carry `bundleDependencies: true` ("bundle everything"), which crashes `npm audit` with "bd.includes is not a
 * function". Rewrite such values to the array they mean before npm sees them; nothing else is touched.
 */
function normaliseBundled(buf: Buffer): Buffer {
  let doc: { versions?: Record<string, Record<string, unknown>> };
  try {
    doc = JSON.parse(buf.toString('utf8')) as typeof doc;
  } catch {
    return buf;
  }
  let changed = false;
  for (const v of Object.values(doc.versions ?? {})) {
    for (const key of ['bundleDependencies', 'bundledDependencies']) {
      const bd = v[key];
      if (bd === undefined || Array.isArray(bd)) continue;
      v[key] = bd === true ? Object.keys((v['dependencies'] as Record<string, string> | undefined) ?? {}) : typeof bd === 'object' && bd !== null ? Object.keys(bd) : [];
      changed = true;
    }
  }
  return changed ? Buffer.from(JSON.stringify(doc)) : buf;
}

/**
 * Loopback stand-in for the registry (sca.md §8.3): answers the bulk advisory POST from our advisory store and
 * forwards every GET (packuments, tarball metadata) to the real registry. Bound to 127.0.0.1 only.
 */
export async function startAuditStandIn(store: AdvisoryStore): Promise<{ url: string; server: Server; idOf: Map<number, string> }> {
  const idOf = new Map<number, string>();
  const numeric = new Map<string, number>();
  const server = createServer(async (req, res) => {
    try {
      if (req.method === 'POST' && req.url?.startsWith('/-/npm/v1/security/advisories/bulk')) {
        let raw = await body(req);
        if (req.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
        const wanted = JSON.parse(raw.toString('utf8')) as Record<string, string[]>;
        const out: Record<string, BulkAdvisory[]> = {};
        for (const name of Object.keys(wanted)) {
          const list: BulkAdvisory[] = [];
          for (const r of await store.findByPackage('npm', name)) {
            if (r.withdrawn) continue;
            let n = numeric.get(r.id);
            if (n === undefined) {
              n = numeric.size + 1;
              numeric.set(r.id, n);
              idOf.set(n, r.id);
            }
            const b = toBulk(r, name, n);
            if (b) list.push(b);
          }
          if (list.length > 0) out[name] = list;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(out));
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      const upstream = await fetch(`${UPSTREAM}${req.url ?? '/'}`, { headers: { accept: String(req.headers['accept'] ?? 'application/json') } });
      let buf: Buffer = Buffer.from(await upstream.arrayBuffer());
      if (upstream.ok && (upstream.headers.get('content-type') ?? '').includes('json')) buf = normaliseBundled(buf);
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(req.method === 'HEAD' ? undefined : buf);
    } catch (err) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(String(err));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${addr.port}/`, server, idOf };
}
