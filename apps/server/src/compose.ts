import { createDatabase, type DatabaseHandle, migrateToLatest } from '@nullpath/db';
import { type Queue, createQueue } from '@nullpath/queue';
import { type Services, createServices } from '@nullpath/services';
import type { Logger } from 'pino';
import type { ServerConfig } from './config';
import { createGitProbe } from './git-probe';

export interface Runtime {
  handle: DatabaseHandle;
  queue: Queue;
  services: Services;
  logger: Logger;
  close(): Promise<void>;
}

/** Composition root: the only place that builds the database handle and the services. */
export async function createRuntime(config: ServerConfig, logger: Logger, publicUrl: () => string): Promise<Runtime> {
  const handle = createDatabase(config.database);
  try {
    const { applied } = await migrateToLatest(handle.db);
    if (applied.length > 0) logger.info({ applied, database: handle.describe }, 'database migrated');
  } catch (err) {
    await handle.close();
    throw err;
  }
  const queue = await createQueue({
    db: handle.db,
    dialect: handle.dialect,
    ...(config.database.kind === 'postgres' ? { databaseUrl: config.database.url } : {}),
    ...(config.jobLeaseMs ? { leaseMs: config.jobLeaseMs } : {}),
  });
  const services = createServices({
    db: handle.db,
    clock: () => new Date(),
    secretKey: config.secretKey,
    logger,
    publicUrl,
    ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}),
    orgCreation: config.orgCreation,
    enqueue: (tx, kind, payload, opts) => queue.enqueue(tx, kind, payload, opts),
    git: createGitProbe(config.outbound),
  });
  return {
    handle,
    queue,
    services,
    logger,
    close: async () => {
      await queue.close();
      await handle.close();
    },
  };
}
