import type { RepoScope } from '@nullpath/core';
import { type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * NOTE(repo-visibility): the one fragment that limits a query to the repositories a caller may see.
 * Every list and aggregate over repository-owned rows takes a `scope` and passes it through here;
 * the filter objects make `scope` a required field so a new query cannot forget it.
 */
export function inRepoScope(column: string, scope: RepoScope): RawBuilder<SqlBool> {
  if (scope.all) return sql<SqlBool>`1 = 1`;
  if (scope.ids.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(scope.ids)})`;
}
