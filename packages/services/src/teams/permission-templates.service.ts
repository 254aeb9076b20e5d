import { type Actor, AppError, notFound } from '@nullpath/core';
import { type Db, type PermissionTemplateRow, teamsRepo, withTx } from '@nullpath/db';
import type { AccessResolver } from '../access/access';
import { writeAudit } from '../audit/audit.service';
import { type GrantsInput, type GrantsSpec, assertCanConfer, grantsFromRow, validateGrants } from './grants';
import { TEAM_NAME_MAX, liveIds, validDescription, validName } from './teams.service';

export interface PermissionTemplateView extends GrantsSpec {
  id: string;
  organizationId: string;
  name: string;
  description: string | null;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

const toView = (t: PermissionTemplateRow): PermissionTemplateView => ({
  id: t.id, organizationId: t.org_id, name: t.name, description: t.description, isDefault: t.is_default === 1,
  ...grantsFromRow(t, { repositoryIds: JSON.parse(t.repository_ids) as string[], tagIds: JSON.parse(t.tag_ids) as string[] }),
  createdAt: t.created_at, updatedAt: t.updated_at,
});

const columns = (g: GrantsSpec) => ({
  org_permissions: JSON.stringify(g.organizationPermissions), repo_mode: g.repoAccess.mode, repo_permissions: JSON.stringify(g.repoAccess.permissions),
  repository_ids: JSON.stringify(g.repoAccess.repositoryIds), tag_ids: JSON.stringify(g.repoAccess.tagIds),
});

export function createPermissionTemplatesService(deps: { db: Db; access: AccessResolver }) {
  const { db, access } = deps;

  async function templateOrThrow(orgId: string, id: string): Promise<PermissionTemplateRow> {
    const t = await teamsRepo.findTemplate(db, orgId, id);
    if (!t) throw notFound('Permission template', id);
    return t;
  }

  async function assertNameFree(orgId: string, name: string, exceptId?: string) {
    const other = await teamsRepo.findTemplateByName(db, orgId, name);
    if (other && other.id !== exceptId) throw new AppError('CONFLICT', `A permission template named '${other.name}' already exists (id ${other.id})`, { details: { templateId: other.id } });
  }

  return {
    async create(actor: Actor, input: { organizationId?: string; name: string; description?: string | null; isDefault?: boolean; ip?: string | null } & GrantsInput): Promise<PermissionTemplateView> {
      const acc = await access.require(actor, 'TEAM_MANAGE', input.organizationId);
      const name = validName(input.name, 'template', TEAM_NAME_MAX);
      const g = await validateGrants(db, acc.orgId, input);
      assertCanConfer(acc, g);
      await assertNameFree(acc.orgId, name);
      const row = await withTx(db, async (tx) => {
        const t = await teamsRepo.insertTemplate(tx, { org_id: acc.orgId, name, description: validDescription(input.description) ?? null, is_default: input.isDefault ? 1 : 0, ...columns(g) });
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'permission_template.created', targetType: 'permission_template', targetId: t.id, ip: input.ip ?? null, details: { name, after: g } });
        return t;
      });
      return toView(row);
    },

    async list(actor: Actor, input: { organizationId?: string }) {
      const acc = await access.require(actor, 'MEMBERS_VIEW', input.organizationId);
      const rows = await teamsRepo.listTemplates(db, acc.orgId);
      return { templates: rows.map(toView), totalCount: rows.length };
    },

    async get(actor: Actor, input: { organizationId?: string; templateId: string }): Promise<PermissionTemplateView> {
      const acc = await access.require(actor, 'MEMBERS_VIEW', input.organizationId);
      return toView(await templateOrThrow(acc.orgId, input.templateId));
    },

    async update(
      actor: Actor,
      input: { organizationId?: string; templateId: string; name?: string; description?: string | null; isDefault?: boolean; ip?: string | null } & GrantsInput,
    ): Promise<PermissionTemplateView> {
      const acc = await access.require(actor, 'TEAM_MANAGE', input.organizationId);
      const cur = await templateOrThrow(acc.orgId, input.templateId);
      const name = input.name !== undefined ? validName(input.name, 'template', TEAM_NAME_MAX) : undefined;
      if (name !== undefined) await assertNameFree(acc.orgId, name, cur.id);
      const before = toView(cur);
      const grantsGiven = input.organizationPermissions !== undefined || input.repoAccess !== undefined;
      const g = grantsGiven
        ? await validateGrants(db, acc.orgId, {
            organizationPermissions: input.organizationPermissions ?? before.organizationPermissions,
            repoAccess: input.repoAccess ?? before.repoAccess,
          })
        : undefined;
      if (g) assertCanConfer(acc, g);
      const description = validDescription(input.description);
      await withTx(db, async (tx) => {
        await teamsRepo.updateTemplate(tx, cur.id, {
          ...(name !== undefined ? { name } : {}),
          ...(description !== undefined ? { description } : {}),
          ...(input.isDefault !== undefined ? { is_default: input.isDefault ? 1 : 0 } : {}),
          ...(g ? columns(g) : {}),
        });
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'permission_template.updated', targetType: 'permission_template', targetId: cur.id, ip: input.ip ?? null, details: { before, ...(g ? { after: g } : {}) } });
      });
      return toView((await teamsRepo.findTemplate(db, acc.orgId, cur.id))!);
    },

    async delete(actor: Actor, input: { organizationId?: string; templateId: string; ip?: string | null }): Promise<{ templateId: string }> {
      const acc = await access.require(actor, 'TEAM_MANAGE', input.organizationId);
      const cur = await templateOrThrow(acc.orgId, input.templateId);
      await withTx(db, async (tx) => {
        await teamsRepo.deleteTemplate(tx, cur.id);
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'permission_template.deleted', targetType: 'permission_template', targetId: cur.id, ip: input.ip ?? null, details: { name: cur.name } });
      });
      return { templateId: cur.id };
    },

    /** Replaces the grants of the named teams (or every team) with the template's, in one transaction. */
    async apply(actor: Actor, input: { organizationId?: string; templateId: string; teamIds?: string[]; allTeams?: boolean; ip?: string | null }): Promise<{ teamIds: string[] }> {
      const acc = await access.require(actor, 'TEAM_MANAGE', input.organizationId);
      if ((input.teamIds !== undefined) === (input.allTeams === true)) {
        throw new AppError('VALIDATION_FAILED', 'Pass exactly one of teamIds or allTeams: true', { details: { field: input.teamIds !== undefined ? 'allTeams' : 'teamIds' } });
      }
      const tpl = await templateOrThrow(acc.orgId, input.templateId);
      const teamIds = input.allTeams ? await teamsRepo.listTeamIds(db, acc.orgId) : [...new Set(input.teamIds ?? [])];
      for (const id of teamIds) if (!(await teamsRepo.findTeam(db, acc.orgId, id))) throw new AppError('NOT_FOUND', `Team '${id}' was not found`, { details: { field: 'teamIds', teamId: id } });
      const g = await validateGrants(db, acc.orgId, {
        organizationPermissions: JSON.parse(tpl.org_permissions) as string[],
        repoAccess: { mode: tpl.repo_mode, permissions: JSON.parse(tpl.repo_permissions) as string[], ...(await liveIds(db, acc.orgId, tpl)) },
      });
      assertCanConfer(acc, g);
      await withTx(db, async (tx) => {
        for (const id of teamIds) {
          await teamsRepo.setTeamGrants(tx, id, { orgPermissions: g.organizationPermissions, repoMode: g.repoAccess.mode, repoPermissions: g.repoAccess.permissions, repositoryIds: g.repoAccess.repositoryIds, tagIds: g.repoAccess.tagIds });
        }
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'permission_template.applied', targetType: 'permission_template', targetId: tpl.id, ip: input.ip ?? null, details: { teamIds, after: g } });
      });
      return { teamIds };
    },
  };
}

export type PermissionTemplatesService = ReturnType<typeof createPermissionTemplatesService>;
