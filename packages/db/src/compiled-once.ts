import { type Compilable, CompiledQuery } from 'kysely';
import type { Db } from './types';

const cache = new WeakMap<Db, Map<string, string>>();

/**
 * Runs a hot-path query whose SQL is built and compiled once per database; only the parameters change.
 * Building a query with kysely costs more than running it on SQLite (bench/auth), so the per-request
 * lookups use this. `build` must produce its parameters in the order `params` lists them.
 */
export async function runCompiledOnce<R>(db: Db, key: string, build: (db: Db) => Compilable<R>, params: readonly unknown[]): Promise<R[]> {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let text = perDb.get(key);
  if (text === undefined) {
    const compiled = build(db).compile();
    if (compiled.parameters.length !== params.length) throw new Error(`compiled query '${key}' expects ${compiled.parameters.length} parameters`);
    text = compiled.sql;
    perDb.set(key, text);
  }
  return (await db.executeQuery<R>(CompiledQuery.raw(text, [...params]))).rows;
}
