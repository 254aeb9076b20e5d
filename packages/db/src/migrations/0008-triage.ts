import { type Kysely, type Migration, sql } from 'kysely';

/** Triage: notes, human rationales, severity overrides and one history entry per decision. */
export const triage: Migration = {
  async up(db: Kysely<any>) {
    for (const [name, type] of [
      ['note', 'text'], ['note_updated_at', 'text'], ['note_updated_by', 'text'], ['non_exploitable_reason', 'text'],
      ['score_override', 'integer'], ['triaged_by', 'text'], ['triaged_at', 'text'],
      ['validation_verdict', 'text'], ['validation_assessment', 'text'],
      ['code_context', 'text'], ['jira_issue_key', 'text'], ['jira_issue_url', 'text'], ['jira_issue_title', 'text'], ['jira_title_fetched_at', 'text'],
    ] as const) {
      await db.schema.alterTable('issues').addColumn(name, type).execute();
    }
    await db.schema
      .createTable('issue_history')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('repository_id', 'text', (c) => c.notNull().references('repositories.id').onDelete('cascade'))
      .addColumn('issue_id', 'text', (c) => c.notNull().references('issues.id').onDelete('cascade'))
      .addColumn('disposition', 'text', (c) => c.notNull())
      .addColumn('rationale', 'text')
      .addColumn('from_value', 'text')
      .addColumn('to_value', 'text')
      .addColumn('actor_type', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_user_id', 'text')
      .addColumn('actor_email', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('jira_settings')
      .addColumn('org_id', 'text', (c) => c.primaryKey().references('organizations.id').onDelete('cascade'))
      .addColumn('site_url', 'text', (c) => c.notNull())
      .addColumn('account_email', 'text', (c) => c.notNull())
      .addColumn('api_token_enc', 'text', (c) => c.notNull())
      .addColumn('project_key', 'text', (c) => c.notNull())
      .addColumn('issue_type', 'text', (c) => c.notNull())
      .addColumn('field_mapping', 'text', (c) => c.notNull())
      .addColumn('webhook_secret_hash', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('llm_settings')
      .addColumn('org_id', 'text', (c) => c.primaryKey().references('organizations.id').onDelete('cascade'))
      .addColumn('base_url', 'text', (c) => c.notNull())
      .addColumn('model', 'text', (c) => c.notNull())
      .addColumn('api_key_enc', 'text')
      .addColumn('validation_enabled', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // Repository-scoped class filters (a member who sees a few repositories of many: bench/findings TEAMS_ONLY).
    await sql`create index issues_repo_class_lang_idx on issues (repository_id, vuln_class, language, score desc)`.execute(db);
    await sql`create index issues_jira_key_idx on issues (org_id, jira_issue_key)`.execute(db);
    await sql`create index issues_org_verdict_idx on issues (org_id, validation_verdict, score desc)`.execute(db);
    await sql`create index issue_history_issue_idx on issue_history (issue_id, created_at, seq)`.execute(db);
    await sql`create index issue_history_repo_idx on issue_history (repository_id, created_at desc, seq desc)`.execute(db);
  },
};
