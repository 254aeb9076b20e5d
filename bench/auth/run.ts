/**
 * bench/auth: what API-token authentication costs. Runs `nullpath serve` (embedded SQLite, default log
 * level) in its own process and drives it with autocannon over loopback: first the unauthenticated
 * GET /healthz (baseline), then the authenticated POST /api/v1/orgs/list, same connections and duration.
 * Target: authenticated throughput ≥ 80% of the baseline and p99 ≤ 10 ms at 50 connections.
 *   node --import tsx bench/auth/run.ts [--seconds 10] [--connections 50]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const seconds = arg('seconds', 10);
const connections = arg('connections', 50);
const root = join(import.meta.dirname, '..', '..');
const cli = ['--import', 'tsx', join(root, 'apps/cli/src/main.ts')];
const dataDir = mkdtempSync(join(tmpdir(), 'np-bench-auth-'));

function load(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

async function main() {
  const server = spawn(process.execPath, [...cli, 'serve', '--data-dir', dataDir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m && /Admin login/.test(out)) resolve(m[1]!);
    });
    server.once('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
  server.stdout.resume();
  const token = JSON.parse(
    execFileSync(process.execPath, [...cli, 'admin', 'token', '--email', 'admin@nullpath.local', '--org', 'Default', '--json', '--data-dir', dataDir], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  const common = { connections, duration: seconds, pipelining: 1 };
  await load({ ...common, url: `${url}/healthz`, duration: 2 }); // warm-up
  const base = await load({ ...common, url: `${url}/healthz` });
  const authed = await load({
    ...common,
    url: `${url}/api/v1/orgs/list`,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-zeropath-api-token-id': token.tokenId,
      'x-zeropath-api-token-secret': token.tokenSecret,
    },
    body: '{}',
  });
  server.kill('SIGTERM');

  const row = (name: string, r: autocannon.Result) =>
    `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(8)} req/s   p50 ${String(r.latency.p50).padStart(3)} ms   p99 ${String(r.latency.p99).padStart(3)} ms   non-2xx ${r.non2xx}`;
  const ratio = authed.requests.average / base.requests.average;
  console.log(`bench/auth: ${connections} connections, ${seconds} s each, SQLite, loopback, node ${process.version}`);
  console.log(row('baseline GET /healthz', base));
  console.log(row('authed POST /api/v1/orgs/list', authed));
  console.log(`throughput ratio authed/baseline: ${ratio.toFixed(3)} (auth cost ${((1 - ratio) * 100).toFixed(1)}%; target ≤ 20%)`);
  console.log(`authed p99: ${authed.latency.p99} ms (target ≤ 10 ms)`);
  rmSync(dataDir, { recursive: true, force: true });
  if (authed.non2xx > 0 || base.non2xx > 0) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
});
