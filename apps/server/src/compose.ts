import { createDatabase, type DatabaseHandle, migrateToLatest } from '@nullpath/db';
import { type Services, createServices } from '@nullpath/services';
import type { Logger } from 'pino';
import type { ServerConfig } from './config';

export interface Runtime {
  handle: DatabaseHandle;
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
  const services = createServices({
    db: handle.db,
    clock: () => new Date(),
    secretKey: config.secretKey,
    logger,
    publicUrl,
    ...(config.smtpUrl ? { smtpUrl: config.smtpUrl } : {}),
  });
  return { handle, services, logger, close: () => handle.close() };
}
