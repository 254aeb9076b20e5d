import { runCompiledOnce } from '../compiled-once';
import type { RepoAccessMode } from '../schema';
import type { Db } from '../types';

export interface TeamGrantRow {
  team_id: string;
  org_permissions: string;
  repo_mode: RepoAccessMode;
  repo_permissions: string;
}

/** The grants of every team a user belongs to in one organization (hot path: compiled once). */
export function teamGrantsForMember(db: Db, orgId: string, userId: string): Promise<TeamGrantRow[]> {
  const build = (d: Db) =>
    d
      .selectFrom('team_members as tm')
      .innerJoin('teams as t', 't.id', 'tm.team_id')
      .select(['t.id as team_id', 't.org_permissions', 't.repo_mode', 't.repo_permissions'])
      .where('tm.org_id', '=', '')
      .where('tm.user_id', '=', '');
  return runCompiledOnce(db, 'team-grants-for-member', build, [orgId, userId]) as Promise<TeamGrantRow[]>;
}

export async function memberRepositoryAccess(db: Db, orgId: string): Promise<'ALL' | 'TEAMS_ONLY'> {
  const build = (d: Db) => d.selectFrom('organizations').select('member_repository_access').where('id', '=', '');
  const rows = (await runCompiledOnce(db, 'org-repo-access', build, [orgId])) as Array<{ member_repository_access: 'ALL' | 'TEAMS_ONLY' }>;
  return rows[0]?.member_repository_access ?? 'ALL';
}

/**
 * Repository ids (partitions included) that a set of selected-mode teams covers, by direct grant or by
 * a tag the repository (or its parent) carries now: resolved per request, so tagging takes effect at once.
 */
export async function repositoriesCoveredByTeams(db: Db, orgId: string, teamIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (teamIds.length === 0) return out;
  const direct = db
    .selectFrom('team_repo_grants as g')
    .innerJoin('repositories as r', (j) => j.on((eb) => eb.or([eb('r.id', '=', eb.ref('g.repository_id')), eb('r.parent_id', '=', eb.ref('g.repository_id'))])))
    .select(['g.team_id', 'r.id'])
    .where('g.team_id', 'in', [...teamIds])
    .where('r.org_id', '=', orgId);
  const byTag = db
    .selectFrom('team_tag_grants as g')
    .innerJoin('repository_tags as rt', 'rt.tag_id', 'g.tag_id')
    .innerJoin('repositories as r', (j) => j.on((eb) => eb.or([eb('r.id', '=', eb.ref('rt.repository_id')), eb('r.parent_id', '=', eb.ref('rt.repository_id'))])))
    .select(['g.team_id', 'r.id'])
    .where('g.team_id', 'in', [...teamIds])
    .where('r.org_id', '=', orgId);
  for (const row of await direct.union(byTag).execute()) {
    const set = out.get(row.team_id) ?? out.set(row.team_id, new Set()).get(row.team_id)!;
    set.add(row.id);
  }
  return out;
}
