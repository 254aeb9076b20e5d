import path from 'node:path';
import { FileAdvisoryStore, importOsv, openSeedStore, type AdvisoryMeta } from '@nullpath/sca';
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

export function registerAdvisoriesCommand(program: Command): void {
  const cmd = program.command('advisories').description('Manage the offline OSV advisory database used by `nullpath sca`');

  cmd
    .command('import')
    .description('Import OSV records from a folder of JSON/YAML files or an osv.dev all.zip')
    .argument('<source>', 'folder or .zip file')
    .option('--ecosystems <list>', 'comma-separated OSV ecosystems to keep, e.g. npm,PyPI')
    .option('--skip-malicious', 'leave out MAL-* malware notices (most of the npm export)')
    .option('--advisories <dir>', 'advisory store directory')
    .option('--quiet', 'no progress bar')
    .action(async (source: string, opts: { ecosystems?: string; skipMalicious?: boolean; advisories?: string; quiet?: boolean }) => {
      const dir = advisoryStoreDir(opts.advisories);
      const store = await FileAdvisoryStore.open(dir);
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
        await store.close();
      }
    });

  cmd
    .command('status')
    .description('Show what the advisory store holds and when it was imported')
    .option('--advisories <dir>', 'advisory store directory')
    .option('--json', 'print the metadata as JSON')
    .action(async (opts: { advisories?: string; json?: boolean }) => {
      const dir = advisoryStoreDir(opts.advisories);
      const exists = await FileAdvisoryStore.exists(dir);
      const store = exists ? await FileAdvisoryStore.open(dir, { create: false }) : await openSeedStore();
      const meta = await store.meta();
      const where = exists ? dir : `${dir} (nothing imported; using the bundled seed set)`;
      process.stdout.write(opts.json ? `${JSON.stringify({ store: where, ...meta }, null, 2)}\n` : describeMeta(meta, where));
    });
}
