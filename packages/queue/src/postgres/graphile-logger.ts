import { Logger } from 'graphile-worker';
import type { QueueLogger } from '../queue.types';

/**
 * graphile-worker's own messages at warning and error only: its info lines ("Completed task …") come once
 * per job, and job failures (meta.failure) are logged by our task wrapper with the same fields as the
 * SQLite backend.
 */
export function graphileLogger(logger: QueueLogger): Logger {
  return new Logger((scope) => (level, message, meta) => {
    if (meta?.['failure'] === true) return;
    const o = { ...scope, source: 'graphile-worker' };
    if (String(level) === 'error') logger.error(o, message);
    else if (String(level) === 'warning') logger.warn(o, message);
  });
}
