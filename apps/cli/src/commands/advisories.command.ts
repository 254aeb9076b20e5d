import path from 'node:path';
import { FileAdvisoryStore, importOsv, openSeedStore, type AdvisoryMeta, type AdvisoryStore } from '@nullpath/sca';
import { type GlobalDbOptions, serverOptions } from './db-options';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';

/** `--advisories DIR`, else `$NULLPATH_DATA_DIR/advisories`, else `./.nullpath/advisories`. */
export function advisoryStoreDir(option: string | undefined): string {
  if (option) return path.resolve(option);
  const dataDir = process.env['NULLPATH_DATA_DIR'];
  return dataDir ? path.resolve(dataDir, 'advisories') : path.resolve('.nullpath', 'advisories');
}

function describeMeta(meta: AdvisoryMeta, where: string): string {
  const lines = [
    `advisory store: ${where}`,
    `records: ${meta.totalRecords} (${meta.withdrawnRecords} withdrawn)`,
    `by ecosystem: ${Object.entries(meta.byEcosystem).sort().map(([e, n]) => `${e} ${n}`).join(', ') || '-'}`,
    `advisory data as of: ${meta.newestModified ?? 'unknown'}`,
  ];
  for (const r of meta.imports.slice(-5)) {
    lines.push(`import ${r.finishedAt}: ${r.source}${r.sha256 ? ` (sha256 ${r.sha256.slice(0, 12)}…)` : ''} read ${r.read}, inserted ${r.inserted}, updated ${r.updated}, unchanged ${r.unchanged}, invalid ${r.invalid}, filtered ${r.filtered}`);
  }
  return `${lines.join('\n')}\n`;
}

interface StoreOptions extends GlobalDbOptions {
  advisories?: string;
  platform?: boolean;
}

/**
 * The offline file store (`nullpath sca`), or with --platform the server's database, which scans by the
 * server and workers match against.
 */
async function openTarget(opts: StoreOptions): Promise<{ store: AdvisoryStore; where: string; close(): Promise<void> }> {
  if (opts.platform) {
    const { createLogger, createRuntime, loadConfig } = await import('@nullpath/server');
    const { createDbAdvisoryStore } = await import('@nullpath/worker');
    const config = loadConfig(serverOptions(opts));
    const rt = await createRuntime(config, createLogger('warn', process.stderr as never), () => '');
    return { store: createDbAdvisoryStore(rt.services.advisories), where: `platform database ${rt.handle.describe}`, close: () => rt.close() };
  }
  const dir = advisoryStoreDir(opts.advisories);
  const store = await FileAdvisoryStore.open(dir);
  return { store, where: dir, close: () => store.close() };
}

export function registerAdvisoriesCommand(program: Command): void {
  const cmd = program.command('advisories').description('Manage the offline OSV advisory database used by `nullpath sca`');

  cmd
    .command('import')
    .description('Import OSV records from a folder of JSON/YAML files or an osv.dev all.zip')
    .argument('<source>', 'folder or .zip file')
    .option('--ecosystems <list>', 'comma-separated OSV ecosystems to keep, e.g. npm,PyPI')
    .option('--skip-malicious', 'leave out MAL-* malware notices (most of the npm export)')
    .option('--advisories <dir>', 'advisory store directory')
    .option('--platform', "import into the server's database instead (uses --data-dir / --database-url / DATABASE_URL)")
    .option('--data-dir <dir>', 'with --platform: the server data directory')
    .option('--database-url <url>', 'with --platform: postgres:// URL')
    .option('--quiet', 'no progress bar')
    .action(async (source: string, opts: StoreOptions & { ecosystems?: string; skipMalicious?: boolean; quiet?: boolean }) => {
      const { store, where: dir, close } = await openTarget(opts);
      const bar = new cliProgress.SingleBar({ format: 'importing [{bar}] {percentage}% {value}/{total} files', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic);
      let started = false;
      const errors: string[] = [];
      const ecosystems = opts.ecosystems?.split(',').map((e) => e.trim()).filter(Boolean);
      try {
        const run = await importOsv(store, path.resolve(source), {
          ...(ecosystems ? { ecosystems } : {}),
          ...(opts.skipMalicious ? { skipMalicious: true } : {}),
          onProgress: (done, total) => {
            if (opts.quiet) return;
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          },
          onError: (file, error) => errors.push(`${file}: ${error}`),
        });
        if (started) bar.stop();
        for (const e of errors.slice(0, 20)) process.stderr.write(`skipped invalid record ${e}\n`);
        if (errors.length > 20) process.stderr.write(`… and ${errors.length - 20} more invalid records\n`);
        process.stdout.write(`imported ${source} into ${dir}: read ${run.read}, inserted ${run.inserted}, updated ${run.updated}, unchanged ${run.unchanged}, invalid ${run.invalid}, filtered ${run.filtered}\n`);
      } finally {
        if (started) bar.stop();
        await close();
      }
    });

  cmd
    .command('status')
    .description('Show what the advisory store holds and when it was imported')
    .option('--advisories <dir>', 'advisory store directory')
    .option('--platform', "show the server's database instead (uses --data-dir / --database-url / DATABASE_URL)")
    .option('--data-dir <dir>', 'with --platform: the server data directory')
    .option('--database-url <url>', 'with --platform: postgres:// URL')
    .option('--json', 'print the metadata as JSON')
    .action(async (opts: StoreOptions & { json?: boolean }) => {
      if (opts.platform) {
        const target = await openTarget(opts);
        try {
          const meta = await target.store.meta();
          process.stdout.write(opts.json ? `${JSON.stringify({ store: target.where, ...meta }, null, 2)}\n` : describeMeta(meta, target.where));
        } finally {
          await target.close();
        }
        return;
      }
      const dir = advisoryStoreDir(opts.advisories);
      const exists = await FileAdvisoryStore.exists(dir);
      const store = exists ? await FileAdvisoryStore.open(dir, { create: false }) : await openSeedStore();
      const meta = await store.meta();
      const where = exists ? dir : `${dir} (nothing imported; using the bundled seed set)`;
      process.stdout.write(opts.json ? `${JSON.stringify({ store: where, ...meta }, null, 2)}\n` : describeMeta(meta, where));
    });
}
