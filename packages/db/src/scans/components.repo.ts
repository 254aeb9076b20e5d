import type { Db, Row } from '../types';
import { toCount } from '../types';

export type ComponentRow = Row<'scan_components'>;

export async function insertComponents(db: Db, rows: ComponentRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('scan_components').values(rows.slice(i, i + 500)).execute();
}

/** Dependency counts from each repository's latest completed scan that inventoried components. */
export async function dependencyCounts(db: Db, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('scan_components as c')
    .innerJoin('scans as s', 's.id', 'c.scan_id')
    .select(['c.repository_id'])
    .select((eb) => eb.fn.countAll().as('n'))
    .where('s.org_id', '=', orgId)
    .where((eb) =>
      eb(
        's.id',
        '=',
        eb
          .selectFrom('scans as l')
          .select('l.id')
          .whereRef('l.repository_id', '=', 'c.repository_id')
          .where('l.status', '=', 'COMPLETED')
          .where('l.type', '=', 'FullScan')
          .orderBy('l.created_at', 'desc')
          .limit(1),
      ),
    )
    .groupBy('c.repository_id')
    .execute();
  return new Map(rows.map((r) => [r.repository_id, toCount(r.n)]));
}
