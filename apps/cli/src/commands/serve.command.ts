import { join } from 'node:path';
import type { RunningServer } from '@nullpath/server';
import type { Command } from 'commander';
import { type GlobalDbOptions, parsePort, serverOptions } from './db-options';

interface ServeOptions extends GlobalDbOptions {
  host?: string;
  port?: number;
  publicUrl?: string;
  worker: boolean;
  demo: boolean;
  concurrency: number;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

/** On a fresh install: the demo organization, its scan, a token and a curl line that lists the findings. */
async function runDemo(server: RunningServer): Promise<void> {
  const admin = server.createdAdmin!;
  say('Setting up the demo organization and scanning its sample repository…');
  const { setupDemo, waitForScan } = await import('@nullpath/server');
  const demo = await setupDemo(server.runtime, { dataDir: server.dataDir, adminEmail: admin.email });
  const scan = await waitForScan(server.runtime, demo, admin.userId, admin.email, 120_000);
  const c = scan.counts;
  say(`Demo scan ${scan.status.toLowerCase()}: ${c.total} findings (critical ${c.critical}, high ${c.high}, medium ${c.medium}, low ${c.low})` +
    (scan.errorMessage ? ` — ${scan.errorMessage}` : ''));
  say(`Dashboard: ${server.url} — sign in as ${admin.email} and pick the 'Demo' organization (top left) to see them.`);
  say(`API token (organization 'Demo', shown once): id ${demo.token.tokenId}  secret ${demo.token.tokenSecret}`);
  say('List the findings:');
  say(`  curl -s -X POST ${server.url}/api/v2/issues/search -H 'Content-Type: application/json' ` +
    `-H 'X-ZeroPath-API-Token-Id: ${demo.token.tokenId}' -H 'X-ZeroPath-API-Token-Secret: ${demo.token.tokenSecret}' -d '{}'`);
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the Nullpath server: API, dashboard and (by default) an embedded scan worker')
    .option('--data-dir <dir>', 'data directory (SQLite database, server key, scan workspace)')
    .option('--database-url <url>', 'postgres:// URL (default: DATABASE_URL, else embedded SQLite)')
    .option('--host <host>', 'interface to bind')
    .option('--port <port>', 'port to listen on (0 = any free port)', parsePort)
    .option('--public-url <url>', 'external base URL used in links')
    .option('--no-worker', 'do not run scans in this process (use `nullpath worker` processes)')
    .option('--no-demo', 'skip the demo organization on a fresh install')
    .option('--concurrency <n>', 'scans run at once by the embedded worker', (v) => Math.max(1, Number(v) || 1), 1)
    .action(async (opts: ServeOptions) => {
      // Loaded on use: other commands (scan, sca) should not pay for the server's start-up.
      const { startServer } = await import('@nullpath/server');
      const { builtinRuleSource, startScanWorker } = await import('@nullpath/worker');
      const server = await startServer({
        ...serverOptions(opts),
        ...(opts.host !== undefined ? { host: opts.host } : {}),
        ...(opts.port !== undefined ? { port: opts.port } : {}),
        ...(opts.publicUrl !== undefined ? { publicUrl: opts.publicUrl } : {}),
      });
      if (opts.worker) {
        const worker = await startScanWorker({
          queue: server.runtime.queue,
          services: server.runtime.services,
          logger: server.runtime.logger,
          workDir: join(server.dataDir, 'work'),
          rules: builtinRuleSource,
          outbound: server.outbound,
          concurrency: opts.concurrency,
        });
        server.onClose(() => worker.stop());
      }
      if (server.createdAdmin && opts.demo && opts.worker && process.env.NULLPATH_DEMO !== '0') await runDemo(server);
    });
}
