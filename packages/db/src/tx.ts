import type { Db } from './types';

/**
 * Runs `fn` in one transaction. Keep it short: no network or slow crypto inside
 * (NOTE(short-tx): with SQLite's single connection a long transaction stalls every request).
 */
export function withTx<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
