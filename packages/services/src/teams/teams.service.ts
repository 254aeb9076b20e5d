import { type Actor, AppError, notFound } from '@nullpath/core';
import { type Db, type TeamRow, orgsRepo, repositoriesRepo, tagsRepo, teamsRepo, withTx } from '@nullpath/db';
import type { AccessResolver } from '../access/access';
import { writeAudit } from '../audit/audit.service';
import { type GrantsInput, type GrantsSpec, assertCanConfer, grantsFromRow, validateGrants } from './grants';

export const TEAM_NAME_MAX = 100;
export const TEAM_DESCRIPTION_MAX = 1000;

export interface TeamView {
  id: string;
  organizationId: string;
  name: string;
  description: string | null;
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface TeamDetail extends TeamView {
  members: Array<{ userId: string; email: string; name: string | null; addedAt: string }>;
  permissions: GrantsSpec;
}

const toView = (t: TeamRow, memberCount: number): TeamView => ({
  id: t.id, organizationId: t.org_id, name: t.name, description: t.description, memberCount, createdAt: t.created_at, updatedAt: t.updated_at,
});

export function validName(raw: string, what: string, max: number): string {
  const name = raw.trim();
  if (!name) throw new AppError('VALIDATION_FAILED', 'name: must not be empty', { details: { field: 'name' } });
  if (name.length > max) throw new AppError('VALIDATION_FAILED', `name: a ${what} name has at most ${max} characters`, { details: { field: 'name' } });
  return name;
}

export const validDescription = (raw: string | null | undefined): string | null | undefined => {
  if (raw === undefined || raw === null) return raw;
  if (raw.length > TEAM_DESCRIPTION_MAX) throw new AppError('VALIDATION_FAILED', `description: at most ${TEAM_DESCRIPTION_MAX} characters`, { details: { field: 'description' } });
  return raw.trim() || null;
};

const isUniqueViolation = (err: unknown) => /unique|duplicate key/i.test(err instanceof Error ? err.message : String(err));

export function createTeamsService(deps: { db: Db; access: AccessResolver }) {
  const { db, access } = deps;

  async function teamOrThrow(orgId: string, teamId: string): Promise<TeamRow> {
    const t = await teamsRepo.findTeam(db, orgId, teamId);
    if (!t) throw notFound('Team', teamId);
    return t;
  }

  async function grantsOf(team: TeamRow): Promise<GrantsSpec> {
    return grantsFromRow(team, await teamsRepo.teamGrantIds(db, team.id));
  }

  async function assertNameFree(orgId: string, name: string, exceptId?: string) {
    const other = await teamsRepo.findTeamByName(db, orgId, name);
    if (other && other.id !== exceptId) throw new AppError('CONFLICT', `A team named '${other.name}' already exists (id ${other.id})`, { details: { teamId: other.id } });
  }

  async function detail(team: TeamRow): Promise<TeamDetail> {
    const members = await teamsRepo.listTeamMembers(db, team.id);
    return {
      ...toView(team, members.length),
      members: members.map((m) => ({ userId: m.user_id, email: m.email, name: m.name, addedAt: m.created_at })),
      permissions: await grantsOf(team),
    };
  }

  return {
    async create(actor: Actor, input: { organizationId?: string; name: string; description?: string | null; ip?: string | null }): Promise<TeamDetail> {
      const acc = await access.require(actor, 'TEAM_MANAGE', input.organizationId);
      const name = validName(input.name, 'team', TEAM_NAME_MAX);
      const description = validDescription(input.description) ?? null;
      await assertNameFree(acc.orgId, name);
      try {
        const team = await withTx(db, async (tx) => {
          const t = await teamsRepo.insertTeam(tx, { orgId: acc.orgId, name, description });
          // Templates marked default shape every team created afterwards (the first one wins on conflicts).
          const [tpl] = await teamsRepo.defaultTemplates(tx, acc.orgId);
          if (tpl) {
            const g = await validateGrants(tx, acc.orgId, {
              organizationPermissions: JSON.parse(tpl.org_permissions) as string[],
              repoAccess: { mode: tpl.repo_mode, permissions: JSON.parse(tpl.repo_permissions) as string[], ...(await liveIds(tx, acc.orgId, tpl)) },
            });
            await teamsRepo.setTeamGrants(tx, t.id, { orgPermissions: g.organizationPermissions, repoMode: g.repoAccess.mode, repoPermissions: g.repoAccess.permissions, repositoryIds: g.repoAccess.repositoryIds, tagIds: g.repoAccess.tagIds });
          }
          await writeAudit(tx, actor, { orgId: acc.orgId, action: 'team.created', targetType: 'team', targetId: t.id, ip: input.ip ?? null, details: { name, ...(tpl ? { templateId: tpl.id } : {}) } });
          return t;
        });
        return detail((await teamsRepo.findTeam(db, acc.orgId, team.id))!);
      } catch (err) {
        if (isUniqueViolation(err)) await assertNameFree(acc.orgId, name);
        throw err;
      }
    },

    async list(actor: Actor, input: { organizationId?: string; offset: number; limit: number; searchQuery?: string }) {
      const acc = await access.require(actor, 'MEMBERS_VIEW', input.organizationId);
      const search = input.searchQuery?.trim() || undefined;
      const [rows, totalCount] = await Promise.all([
        teamsRepo.listTeams(db, acc.orgId, { offset: input.offset, limit: input.limit, ...(search ? { search } : {}) }),
        teamsRepo.countTeams(db, acc.orgId, search),
      ]);
      return { teams: rows.map((r) => toView(r, Number(r.member_count ?? 0))), totalCount };
    },

    async get(actor: Actor, input: { organizationId?: string; teamId: string }): Promise<TeamDetail> {
      const acc = await access.require(actor, 'MEMBERS_VIEW', input.organizationId);
      return detail(await teamOrThrow(acc.orgId, input.teamId));
    },

    async update(actor: Actor, input: { organizationId?: string; teamId: string; name?: string; description?: string | null; ip?: string | null }): Promise<TeamDetail> {
      const acc = await access.require(actor, 'TEAM_MANAGE', input.organizationId);
      const team = await teamOrThrow(acc.orgId, input.teamId);
      const name = input.name !== undefined ? validName(input.name, 'team', TEAM_NAME_MAX) : undefined;
      const description = validDescription(input.description);
      if (name !== undefined) await assertNameFree(acc.orgId, name, team.id);
      await withTx(db, async (tx) => {
        await teamsRepo.updateTeam(tx, team.id, { ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}) });
        await writeAudit(tx, actor, {
          orgId: acc.orgId, action: 'team.updated', targetType: 'team', targetId: team.id, ip: input.ip ?? null,
          details: { before: { name: team.name, description: team.description }, after: { name: name ?? team.name, description: description === undefined ? team.description : description } },
        });
      });
      return detail((await teamsRepo.findTeam(db, acc.orgId, team.id))!);
    },

    async delete(actor: Actor, input: { organizationId?: string; teamId: string; ip?: string | null }): Promise<{ teamId: string }> {
      const acc = await access.require(actor, 'TEAM_MANAGE', input.organizationId);
      const team = await teamOrThrow(acc.orgId, input.teamId);
      const before = await grantsOf(team);
      await withTx(db, async (tx) => {
        await teamsRepo.deleteTeam(tx, team.id);
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'team.deleted', targetType: 'team', targetId: team.id, ip: input.ip ?? null, details: { name: team.name, before } });
      });
      return { teamId: team.id };
    },

    async addMembers(actor: Actor, input: { organizationId?: string; teamId: string; userIds: string[]; ip?: string | null }): Promise<TeamDetail> {
      const acc = await access.require(actor, 'TEAM_MANAGE', input.organizationId);
      const team = await teamOrThrow(acc.orgId, input.teamId);
      // Adding someone (yourself included) confers the team's grants: the same rule as granting them.
      assertCanConfer(acc, await grantsOf(team));
      for (const userId of input.userIds) {
        const m = await orgsRepo.findMembership(db, acc.orgId, userId);
        if (!m) throw new AppError('NOT_FOUND', `Member '${userId}' was not found`, { details: { field: 'userIds', userId } });
      }
      await withTx(db, async (tx) => {
        const added = await teamsRepo.addTeamMembers(tx, team, input.userIds);
        if (added.length > 0) await writeAudit(tx, actor, { orgId: acc.orgId, action: 'team.members_added', targetType: 'team', targetId: team.id, ip: input.ip ?? null, details: { userIds: added } });
      });
      return detail(team);  // grants unchanged: the row read above is current
    },

    async removeMembers(actor: Actor, input: { organizationId?: string; teamId: string; userIds: string[]; ip?: string | null }): Promise<TeamDetail> {
      const acc = await access.require(actor, 'TEAM_MANAGE', input.organizationId);
      const team = await teamOrThrow(acc.orgId, input.teamId);
      await withTx(db, async (tx) => {
        const n = await teamsRepo.removeTeamMembers(tx, team.id, input.userIds);
        if (n > 0) await writeAudit(tx, actor, { orgId: acc.orgId, action: 'team.members_removed', targetType: 'team', targetId: team.id, ip: input.ip ?? null, details: { userIds: input.userIds } });
      });
      return detail(team);
    },

    async getPermissions(actor: Actor, input: { organizationId?: string; teamId: string }): Promise<GrantsSpec> {
      const acc = await access.require(actor, 'MEMBERS_VIEW', input.organizationId);
      return grantsOf(await teamOrThrow(acc.orgId, input.teamId));
    },

    async updatePermissions(actor: Actor, input: { organizationId?: string; teamId: string; ip?: string | null } & GrantsInput): Promise<GrantsSpec> {
      const acc = await access.require(actor, 'TEAM_MANAGE', input.organizationId);
      const team = await teamOrThrow(acc.orgId, input.teamId);
      const g = await validateGrants(db, acc.orgId, input);
      assertCanConfer(acc, g);
      const before = await grantsOf(team);
      await withTx(db, async (tx) => {
        await teamsRepo.setTeamGrants(tx, team.id, { orgPermissions: g.organizationPermissions, repoMode: g.repoAccess.mode, repoPermissions: g.repoAccess.permissions, repositoryIds: g.repoAccess.repositoryIds, tagIds: g.repoAccess.tagIds });
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'team.permissions_updated', targetType: 'team', targetId: team.id, ip: input.ip ?? null, details: { before, after: g } });
      });
      return grantsOf((await teamsRepo.findTeam(db, acc.orgId, team.id))!);
    },
  };
}

/** A template's repository and tag ids that still exist (deleted ones are dropped when it is applied). */
export async function liveIds(db: Db, orgId: string, tpl: { repository_ids: string; tag_ids: string }): Promise<{ repositoryIds: string[]; tagIds: string[] }> {
  const repoIds = JSON.parse(tpl.repository_ids) as string[];
  const tagIds = JSON.parse(tpl.tag_ids) as string[];
  const repos = await repositoriesRepo.existingRepositoryIds(db, orgId, repoIds);
  const tags = new Set((await tagsRepo.findTags(db, orgId, tagIds)).map((t) => t.id));
  return { repositoryIds: repoIds.filter((r) => repos.has(r)), tagIds: tagIds.filter((t) => tags.has(t)) };
}

export type TeamsService = ReturnType<typeof createTeamsService>;
