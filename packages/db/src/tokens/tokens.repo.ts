import { runCompiledOnce } from '../compiled-once';
import type { Db, Row } from '../types';

export type ApiTokenRow = Row<'api_tokens'>;

export async function insertToken(db: Db, row: ApiTokenRow): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

/**
 * One query per authenticated request: the token, its creator and the creator's current
 * membership in the token's org (NOTE(token-inherits-creator)). It is on every API call's hot path,
 * so its SQL is compiled once per database and only the id changes.
 */
export async function findTokenForAuth(db: Db, id: string): Promise<TokenAuthRow | undefined> {
  return (await runCompiledOnce(db, 'token-auth', (d) => tokenAuthQuery(d, ''), [id]))[0];
}

export type TokenAuthRow = NonNullable<Awaited<ReturnType<ReturnType<typeof tokenAuthQuery>['executeTakeFirst']>>>;

function tokenAuthQuery(db: Db, id: string) {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .leftJoin('memberships as m', (j) => j.onRef('m.org_id', '=', 't.org_id').onRef('m.user_id', '=', 't.user_id'))
    .select([
      't.id',
      't.org_id',
      't.user_id',
      't.secret_hash',
      't.expires_at',
      't.last_used_at',
      'u.email',
      'm.role as member_role',
      'm.status as member_status',
    ])
    .where('t.id', '=', id);
}

export interface TokenListRow extends ApiTokenRow {
  creator_email: string;
}

export function listTokens(db: Db, orgId: string, onlyUserId?: string): Promise<TokenListRow[]> {
  let q = db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .selectAll('t')
    .select('u.email as creator_email')
    .where('t.org_id', '=', orgId);
  if (onlyUserId !== undefined) q = q.where('t.user_id', '=', onlyUserId);
  return q.orderBy('t.created_at', 'desc').execute();
}

export function findToken(db: Db, orgId: string, id: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('id', '=', id).where('org_id', '=', orgId).executeTakeFirst();
}

export async function deleteToken(db: Db, id: string): Promise<void> {
  await db.deleteFrom('api_tokens').where('id', '=', id).execute();
}

export async function touchToken(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}
