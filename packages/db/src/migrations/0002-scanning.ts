import { type ColumnDefinitionBuilder, type Kysely, type Migration, sql } from 'kysely';

const ts = (c: ColumnDefinitionBuilder) => c.notNull();

export const scanning: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('repositories')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('parent_id', 'text', (c) => c.references('repositories.id').onDelete('cascade'))
      .addColumn('partition_path', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('normalized_url', 'text', (c) => c.notNull())
      .addColumn('default_branch', 'text')
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('credentials_enc', 'text')
      .addColumn('created_at', 'text', ts)
      .addColumn('updated_at', 'text', ts)
      .addColumn('last_scanned_at', 'text')
      .execute();
    await sql`create unique index repositories_identity_uq on repositories (org_id, normalized_url, partition_path)`.execute(db);
    await db.schema.createIndex('repositories_parent_idx').on('repositories').column('parent_id').execute();

    await db.schema
      .createTable('scans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('repository_id', 'text', (c) => c.notNull().references('repositories.id').onDelete('cascade'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('phase', 'text', (c) => c.notNull())
      .addColumn('progress_done', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('progress_total', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('branch', 'text', (c) => c.notNull())
      .addColumn('commit_sha', 'text')
      .addColumn('base_ref', 'text')
      .addColumn('head_ref', 'text')
      .addColumn('pr_key', 'text')
      .addColumn('trigger', 'text', (c) => c.notNull())
      .addColumn('schedule_id', 'text')
      .addColumn('error_message', 'text')
      .addColumn('cancel_requested', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('counts', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('max_score', 'integer', (c) => c.notNull().defaultTo(-1))
      .addColumn('created_at', 'text', ts)
      .addColumn('updated_at', 'text', ts)
      .addColumn('started_at', 'text')
      .addColumn('finished_at', 'text')
      .execute();
    // The duplicate guard is the database's job: at most one queued or running full scan per branch.
    await sql`create unique index scans_one_active_full_uq on scans (repository_id, branch)
      where type = 'FullScan' and status in ('QUEUED', 'RUNNING')`.execute(db);
    await db.schema.createIndex('scans_org_created_idx').on('scans').columns(['org_id', 'created_at']).execute();
    await db.schema.createIndex('scans_repo_idx').on('scans').columns(['repository_id', 'created_at']).execute();

    await db.schema
      .createTable('scan_events')
      .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', ts)
      .addPrimaryKeyConstraint('scan_events_pk', ['scan_id', 'seq'])
      .execute();

    await db.schema
      .createTable('scan_schedules')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('repository_id', 'text', (c) => c.notNull().references('repositories.id').onDelete('cascade'))
      .addColumn('cron', 'text', (c) => c.notNull())
      .addColumn('timezone', 'text', (c) => c.notNull())
      .addColumn('branch', 'text')
      .addColumn('enabled', 'integer', (c) => c.notNull())
      .addColumn('next_run_at', 'text')
      .addColumn('last_run_at', 'text')
      .addColumn('created_at', 'text', ts)
      .addColumn('updated_at', 'text', ts)
      .execute();
    await db.schema.createIndex('scan_schedules_due_idx').on('scan_schedules').columns(['enabled', 'next_run_at']).execute();

    await db.schema
      .createTable('issues')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('repository_id', 'text', (c) => c.notNull().references('repositories.id').onDelete('cascade'))
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('code_scan_type', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('vuln_class', 'text', (c) => c.notNull())
      .addColumn('cwes', 'text', (c) => c.notNull())
      .addColumn('language', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('remediation', 'text')
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('confidence', 'integer', (c) => c.notNull())
      .addColumn('file', 'text')
      .addColumn('start_line', 'integer')
      .addColumn('end_line', 'integer')
      .addColumn('start_col', 'integer')
      .addColumn('end_col', 'integer')
      .addColumn('snippet', 'text')
      .addColumn('trace', 'text')
      .addColumn('sca', 'text')
      .addColumn('package_name', 'text')
      .addColumn('ecosystem', 'text')
      .addColumn('transitivity', 'text')
      .addColumn('reachability', 'text')
      .addColumn('lifecycle', 'text', (c) => c.notNull())
      .addColumn('triage_status', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('v1_status', 'text', (c) => c.notNull())
      .addColumn('first_scan_id', 'text', (c) => c.notNull())
      .addColumn('last_scan_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', ts)
      .addColumn('updated_at', 'text', ts)
      .addColumn('last_seen_at', 'text', ts)
      .addColumn('resolved_at', 'text')
      .execute();
    await sql`create unique index issues_identity_uq on issues (repository_id, scope, fingerprint)`.execute(db);
    await db.schema.createIndex('issues_org_status_score_idx').on('issues').columns(['org_id', 'v1_status', 'score']).execute();
    await db.schema.createIndex('issues_org_created_idx').on('issues').columns(['org_id', 'created_at']).execute();
    await db.schema.createIndex('issues_repo_scope_idx').on('issues').columns(['repository_id', 'scope', 'lifecycle']).execute();
    await db.schema.createIndex('issues_org_category_idx').on('issues').columns(['org_id', 'category', 'score']).execute();

    await db.schema
      .createTable('scan_findings')
      .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id').onDelete('cascade'))
      .addColumn('issue_id', 'text', (c) => c.notNull().references('issues.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('scan_findings_pk', ['scan_id', 'issue_id'])
      .execute();
    await db.schema.createIndex('scan_findings_issue_idx').on('scan_findings').column('issue_id').execute();

    await db.schema
      .createTable('scan_components')
      .addColumn('scan_id', 'text', (c) => c.notNull().references('scans.id').onDelete('cascade'))
      .addColumn('repository_id', 'text', (c) => c.notNull().references('repositories.id').onDelete('cascade'))
      .addColumn('ecosystem', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('purl', 'text')
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('direct', 'integer', (c) => c.notNull())
      .addColumn('manifest_path', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('scan_components_scan_idx').on('scan_components').column('scan_id').execute();
  },
};
