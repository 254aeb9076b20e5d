import { sql } from 'kysely';

/**
 * The text `searchQuery` matches: title, file, rule id and package name in one lower-cased string.
 * The trigram index of migration 0005 is built on exactly this expression, so keep them identical.
 */
export const searchText = () =>
  sql<string>`(lower(coalesce(title, '') || ' ' || coalesce(file, '') || ' ' || rule_id || ' ' || coalesce(package_name, '')))`;
