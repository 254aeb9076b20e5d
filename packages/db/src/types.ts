import type { Kysely, Selectable } from 'kysely';
import type { Database } from './schema';

/** Either the root handle or a transaction: every repo function takes it first. */
export type Db = Kysely<Database>;
export type Row<T extends keyof Database> = Selectable<Database[T]>;

export const nowIso = (): string => new Date().toISOString();

/** PostgreSQL returns count(*) as a string. */
export const toCount = (v: unknown): number => Number(v ?? 0);
