import { type Kysely, type Migration, sql } from 'kysely';

/** Newest issues of one repository (bench/findings): without it the walk goes through the whole organization. */
export const issueRepoCreated: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create index issues_repo_created_idx on issues (repository_id, created_at desc, id)`.execute(db);
  },
};
