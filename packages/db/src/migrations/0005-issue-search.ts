import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';
import { searchText } from '../issues/search-text.sql';

/**
 * Issue search at scale (bench/findings): ordered indexes for the common listings, a trigram index
 * for text search on PostgreSQL, and per-repository counters so totals never count a million rows.
 */
export const issueSearch: Migration = {
  async up(db: Kysely<unknown>) {
    const isPg = db.getExecutor().adapter instanceof PostgresAdapter;
    await sql`create index issues_org_status_order_idx on issues (org_id, status, score desc, id)`.execute(db);
    await sql`create index issues_org_v1_order_idx on issues (org_id, v1_status, score desc, id)`.execute(db);
    await sql`create index issues_org_score_idx on issues (org_id, score desc, id)`.execute(db);
    await sql`create index issues_repo_score_idx on issues (repository_id, score desc, id)`.execute(db);
    await sql`create index issues_org_class_lang_idx on issues (org_id, vuln_class, language, score desc)`.execute(db);
    if (isPg) {
      // One trigram index over the searched text (see issues.search.ts searchText), not one per column.
      await sql`create extension if not exists pg_trgm`.execute(db);
      await sql`create index issues_search_trgm_idx on issues using gin (${searchText()} gin_trgm_ops)`.execute(db);
    }
    await db.schema
      .createTable('issue_counts')
      .addColumn('org_id', 'text', (c) => c.notNull())
      .addColumn('repository_id', 'text', (c) => c.notNull().references('repositories.id').onDelete('cascade'))
      .addColumn('code_scan_type', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('v1_status', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull())
      .execute();
    await sql`create index issue_counts_org_idx on issue_counts (org_id, repository_id)`.execute(db);
  },
};
