import { startServer } from '@nullpath/server';
import type { Command } from 'commander';
import { parsePort, serverOptions, type GlobalDbOptions } from './db-options';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the Nullpath server (API, dashboard, and on first start an admin account)')
    .option('--data-dir <dir>', 'data directory (SQLite database, server key)', undefined)
    .option('--host <host>', 'interface to bind', undefined)
    .option('--port <port>', 'port to listen on (0 = any free port)', parsePort)
    .option('--public-url <url>', 'external base URL used in links')
    .action(async (opts: GlobalDbOptions & { host?: string; port?: number; publicUrl?: string }) => {
      await startServer({
        ...serverOptions(opts),
        ...(opts.host !== undefined ? { host: opts.host } : {}),
        ...(opts.port !== undefined ? { port: opts.port } : {}),
        ...(opts.publicUrl !== undefined ? { publicUrl: opts.publicUrl } : {}),
      });
    });
}
