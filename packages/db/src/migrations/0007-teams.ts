import { newId } from '@nullpath/core';
import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Teams, their grants, tags as organization-scoped records (replacing the free-form JSON list on
 * repositories), permission templates, the organization's repository-access mode and instance admins.
 */
export const teams: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('organizations').addColumn('member_repository_access', 'text', (c) => c.notNull().defaultTo('ALL')).execute();
    await db.schema.alterTable('organizations').addColumn('updated_at', 'text').execute();
    await db.schema.alterTable('users').addColumn('instance_admin', 'integer', (c) => c.notNull().defaultTo(0)).execute();

    await db.schema
      .createTable('tags')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_lower', 'text', (c) => c.notNull())
      .addColumn('color', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('tags_org_name_uq', ['org_id', 'name_lower'])
      .execute();
    await db.schema
      .createTable('repository_tags')
      .addColumn('repository_id', 'text', (c) => c.notNull().references('repositories.id').onDelete('cascade'))
      .addColumn('tag_id', 'text', (c) => c.notNull().references('tags.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('repository_tags_pk', ['repository_id', 'tag_id'])
      .execute();
    await db.schema.createIndex('repository_tags_tag_idx').on('repository_tags').columns(['tag_id', 'repository_id']).execute();

    await db.schema
      .createTable('teams')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_lower', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('org_permissions', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('repo_mode', 'text', (c) => c.notNull().defaultTo('selected'))
      .addColumn('repo_permissions', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('teams_org_name_uq', ['org_id', 'name_lower'])
      .execute();
    await db.schema
      .createTable('team_members')
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('org_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
      .execute();
    await db.schema.createIndex('team_members_user_idx').on('team_members').columns(['org_id', 'user_id']).execute();
    await db.schema
      .createTable('team_repo_grants')
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('repository_id', 'text', (c) => c.notNull().references('repositories.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('team_repo_grants_pk', ['team_id', 'repository_id'])
      .execute();
    await db.schema
      .createTable('team_tag_grants')
      .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('tag_id', 'text', (c) => c.notNull().references('tags.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('team_tag_grants_pk', ['team_id', 'tag_id'])
      .execute();
    await db.schema.createIndex('team_tag_grants_tag_idx').on('team_tag_grants').column('tag_id').execute();

    await db.schema
      .createTable('permission_templates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_lower', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('org_permissions', 'text', (c) => c.notNull())
      .addColumn('repo_mode', 'text', (c) => c.notNull())
      .addColumn('repo_permissions', 'text', (c) => c.notNull())
      .addColumn('repository_ids', 'text', (c) => c.notNull())
      .addColumn('tag_ids', 'text', (c) => c.notNull())
      .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('permission_templates_org_name_uq', ['org_id', 'name_lower'])
      .execute();

    // Free-form tag names become tag records; a partition carries its own copy as before.
    const rows = await db.selectFrom('repositories').select(['id', 'org_id', 'tags']).execute();
    const byOrg = new Map<string, Map<string, string>>();
    const now = new Date().toISOString();
    for (const r of rows as Array<{ id: string; org_id: string; tags: string }>) {
      let names: unknown;
      try {
        names = JSON.parse(r.tags);
      } catch {
        names = [];
      }
      if (!Array.isArray(names)) continue;
      const tags = byOrg.get(r.org_id) ?? byOrg.set(r.org_id, new Map()).get(r.org_id)!;
      for (const n of new Set(names.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()))) {
        const key = n.toLowerCase();
        let id = tags.get(key);
        if (!id) {
          id = newId();
          tags.set(key, id);
          await db.insertInto('tags').values({ id, org_id: r.org_id, name: n, name_lower: key, color: null, created_at: now, updated_at: now }).execute();
        }
        await db.insertInto('repository_tags').values({ repository_id: r.id, tag_id: id }).onConflict((oc: any) => oc.doNothing()).execute();
      }
    }
    await db.schema.alterTable('repositories').dropColumn('tags').execute();
    await sql`update users set instance_admin = 1 where id in (select user_id from memberships where role = 'ADMIN' order by created_at limit 1)`.execute(db);
  },
};
