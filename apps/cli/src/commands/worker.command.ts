import { join } from 'node:path';
import type { Command } from 'commander';
import { type GlobalDbOptions, serverOptions } from './db-options';

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('Run a scan worker against the configured database (any number of them may share a PostgreSQL database)')
    .option('--data-dir <dir>', 'data directory (server key, scan workspace)')
    .option('--database-url <url>', 'postgres:// URL (default: DATABASE_URL, else embedded SQLite)')
    .option('--concurrency <n>', 'scans run at once', (v) => Math.max(1, Number(v) || 1), 1)
    .action(async (opts: GlobalDbOptions & { concurrency: number }) => {
      const { createLogger, createRuntime, loadConfig } = await import('@nullpath/server');
      const { builtinRuleSource, startScanWorker } = await import('@nullpath/worker');
      const config = loadConfig(serverOptions(opts));
      const logger = createLogger(config.logLevel);
      const rt = await createRuntime(config, logger, () => config.publicUrl ?? `http://${config.host}:${config.port}`);
      const worker = await startScanWorker({
        queue: rt.queue,
        services: rt.services,
        logger,
        workDir: join(config.dataDir, 'work'),
        rules: builtinRuleSource,
        outbound: config.outbound,
        concurrency: opts.concurrency,
      });
      process.stdout.write(`Nullpath worker running (database: ${rt.handle.describe}, concurrency ${opts.concurrency})\n`);
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        logger.info({ signal }, 'worker stopping');
        worker
          .stop()
          .then(() => rt.close())
          .then(
            () => process.exit(0),
            (err: unknown) => {
              logger.error({ err }, 'worker shutdown failed');
              process.exit(1);
            },
          );
      };
      // `on`: a repeated signal while stopping must not fall back to the default (kill) handler.
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGTERM', () => stop('SIGTERM'));
    });
}
