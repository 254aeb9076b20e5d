import { newId } from '@nullpath/core';
import type { Db } from '../types';
import { toCount } from '../types';

export interface AdvisoryInput {
  id: string;
  modified: string;
  withdrawn: boolean;
  record: string;
  /** (OSV ecosystem, normalised name) keys the record is found under. */
  keys: Array<{ ecosystem: string; name: string }>;
}

/**
 * Upserts OSV records: a stored record is replaced only by a strictly newer `modified`
 * (ISO-8601 compares as text), as the AdvisoryStore contract requires.
 */
export async function upsertAdvisories(db: Db, items: readonly AdvisoryInput[]): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const out = { inserted: 0, updated: 0, unchanged: 0 };
  if (items.length === 0) return out;
  const existing = new Map<string, string>();
  for (let i = 0; i < items.length; i += 500) {
    const ids = items.slice(i, i + 500).map((x) => x.id);
    for (const r of await db.selectFrom('advisories').select(['id', 'modified']).where('id', 'in', ids).execute()) existing.set(r.id, r.modified);
  }
  for (const item of items) {
    const prev = existing.get(item.id);
    if (prev !== undefined && prev >= item.modified) {
      out.unchanged++;
      continue;
    }
    // ON CONFLICT: two processes importing the same set at once (workers seeding a fresh database) must not fail.
    const inserted =
      prev === undefined &&
      (await db
        .insertInto('advisories')
        .values({ id: item.id, modified: item.modified, withdrawn: item.withdrawn ? 1 : 0, record: item.record })
        .onConflict((oc) => oc.column('id').doNothing())
        .returning('id')
        .executeTakeFirst()) !== undefined;
    if (inserted) out.inserted++;
    else {
      const r = await db
        .updateTable('advisories')
        .set({ modified: item.modified, withdrawn: item.withdrawn ? 1 : 0, record: item.record })
        .where('id', '=', item.id)
        .where('modified', '<', item.modified)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) {
        out.unchanged++;
        continue;
      }
      await db.deleteFrom('advisory_packages').where('advisory_id', '=', item.id).execute();
      out.updated++;
    }
    existing.set(item.id, item.modified);
    const keys = [...new Map(item.keys.map((k) => [`${k.ecosystem}\u0000${k.name}`, k])).values()];
    if (keys.length > 0) {
      await db
        .insertInto('advisory_packages')
        .values(keys.map((k) => ({ ecosystem: k.ecosystem, name: k.name, advisory_id: item.id })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  return out;
}

export async function findAdvisoriesByPackage(db: Db, ecosystem: string, name: string): Promise<string[]> {
  const rows = await db
    .selectFrom('advisory_packages as p')
    .innerJoin('advisories as a', 'a.id', 'p.advisory_id')
    .select('a.record')
    .where('p.ecosystem', '=', ecosystem)
    .where('p.name', '=', name)
    .orderBy('a.id')
    .execute();
  return rows.map((r) => r.record);
}

export async function findAdvisoryById(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('advisories').select('record').where('id', '=', id).executeTakeFirst())?.record;
}

export async function insertImportRun(db: Db, finishedAt: string, run: object): Promise<void> {
  await db.insertInto('advisory_imports').values({ id: newId(), finished_at: finishedAt, run: JSON.stringify(run) }).execute();
}

export async function advisoryStats(db: Db) {
  const totals = await db
    .selectFrom('advisories')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum('withdrawn').as('w'), eb.fn.max('modified').as('newest')])
    .executeTakeFirst();
  const byEcosystem = await db
    .selectFrom('advisory_packages')
    .select(['ecosystem'])
    .select((eb) => eb.fn.count('advisory_id').distinct().as('n'))
    .groupBy('ecosystem')
    .execute();
  const imports = await db.selectFrom('advisory_imports').select(['run', 'finished_at']).orderBy('finished_at', 'asc').execute();
  return {
    total: toCount(totals?.n),
    withdrawn: toCount(totals?.w),
    newestModified: (totals?.newest as string | null | undefined) ?? undefined,
    byEcosystem: Object.fromEntries(byEcosystem.map((r) => [r.ecosystem, toCount(r.n)])),
    imports: imports.map((r) => JSON.parse(r.run) as Record<string, unknown>),
  };
}
