/**
 * bench/auth: what API-token authentication costs. Runs `nullpath serve` (embedded SQLite, default log
 * level) in its own process and drives it with autocannon over loopback: first the unauthenticated
 * GET /healthz (baseline), then the authenticated POST /api/v1/orgs/list, same connections and duration.
 * Target: authenticated throughput ≥ 80% of the baseline and p99 ≤ 10 ms at 50 connections.
 *   node --import tsx bench/auth/run.ts [--seconds 10] [--connections 50]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
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

/** CPU seconds (user + system) the server process has used, from /proc: a figure the load generator cannot skew. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function load(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

async function main() {
  // Logs (info level, one JSON line per request) go to a file, as in production; not through a pipe this
  // process would have to drain while it also generates the load.
  const logFile = `${dataDir}/server.log`;
  const server = spawn(process.execPath, [...cli, 'serve', '--data-dir', dataDir, '--port', '0', '--no-demo'], {
    cwd: root,
    stdio: ['ignore', openSync(logFile, 'w'), 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const out = readFileSync(logFile, 'utf8');
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m && /Admin login/.test(out)) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 100);
    server.once('exit', (c) => {
      clearInterval(timer);
      reject(new Error(`server exited ${c}`));
    });
  });
  const token = JSON.parse(
    execFileSync(process.execPath, [...cli, 'admin', 'token', '--email', 'admin@nullpath.local', '--org', 'Default', '--json', '--data-dir', dataDir], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  const common = { connections, duration: seconds, pipelining: 1 };
  await load({ ...common, url: `${url}/healthz`, duration: 2 }); // warm-up
  let cpu = cpuSeconds(server.pid!);
  const base = await load({ ...common, url: `${url}/healthz` });
  const baseCpu = cpuSeconds(server.pid!) - cpu;
  cpu = cpuSeconds(server.pid!);
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
  const authedCpu = cpuSeconds(server.pid!) - cpu;
  server.kill('SIGTERM');

  const row = (name: string, r: autocannon.Result) =>
    `${name.padEnd(34)} ${r.requests.average.toFixed(0).padStart(8)} req/s   p50 ${String(r.latency.p50).padStart(3)} ms   p99 ${String(r.latency.p99).padStart(3)} ms   non-2xx ${r.non2xx}`;
  const ratio = authed.requests.average / base.requests.average;
  console.log(`bench/auth: ${connections} connections, ${seconds} s each, SQLite, loopback, node ${process.version}`);
  console.log(row('baseline GET /healthz', base));
  console.log(row('authed POST /api/v1/orgs/list', authed));
  console.log(`throughput ratio authed/baseline: ${ratio.toFixed(3)} (auth cost ${((1 - ratio) * 100).toFixed(1)}%; target ≤ 20%)`);
  console.log(`authed p99: ${authed.latency.p99} ms (target ≤ 10 ms)`);
  const perReq = (s: number, r: autocannon.Result) => ((s / Math.max(1, r.requests.total)) * 1000).toFixed(3);
  console.log(`server CPU per request: healthz ${perReq(baseCpu, base)} ms, authenticated ${perReq(authedCpu, authed)} ms`);
  rmSync(dataDir, { recursive: true, force: true });
  if (authed.non2xx > 0 || base.non2xx > 0) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
});
