import { InvalidArgumentError } from 'commander';
import type { ServerOptions } from '@nullpath/server';

export interface GlobalDbOptions {
  dataDir?: string;
  databaseUrl?: string;
}

/** --data-dir / --database-url override NULLPATH_DATA_DIR / DATABASE_URL. */
export const serverOptions = (opts: GlobalDbOptions): ServerOptions => ({
  ...(opts.dataDir !== undefined ? { dataDir: opts.dataDir } : {}),
  ...(opts.databaseUrl !== undefined ? { databaseUrl: opts.databaseUrl } : {}),
});

export function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return n;
}

export function parseDays(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 365) throw new InvalidArgumentError('must be a whole number of days from 1 to 365');
  return n;
}
