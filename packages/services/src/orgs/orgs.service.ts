import { ALL_PERMISSIONS, type Actor, AppError, PERMISSIONS, ROLE_PERMISSIONS, ROLES, notFound } from '@nullpath/core';
import { type MemberRepositoryAccess, orgsRepo, usersRepo, withTx } from '@nullpath/db';
import type { AccessResolver } from '../access/access';
import { writeAudit } from '../audit/audit.service';
import type { CoreDeps } from '../shared/deps';

export interface OrgView {
  id: string;
  name: string;
  role: 'ADMIN' | 'MEMBER';
}

export interface OrgSettingsView {
  organizationId: string;
  memberRepositoryAccess: MemberRepositoryAccess;
}

/** Who may create organizations: any signed-in user (default) or instance administrators only. */
export type OrgCreationPolicy = 'anyone' | 'instance-admins';

export const ORG_NAME_MAX = 100;

function validOrgName(raw: string): string {
  const name = raw.trim();
  if (!name) throw new AppError('VALIDATION_FAILED', 'name: must not be empty', { details: { field: 'name' } });
  if (name.length > ORG_NAME_MAX) throw new AppError('VALIDATION_FAILED', `name: an organization name has at most ${ORG_NAME_MAX} characters`, { details: { field: 'name' } });
  return name;
}

export function createOrgsService(deps: Pick<CoreDeps, 'db'> & { access: AccessResolver; orgCreation?: OrgCreationPolicy }) {
  const { db, access } = deps;
  return {
    /**
     * The caller's organizations. A token sees only its own organization (it can reach no other),
     * which also puts it first for clients that take element [0] (api-compat.md §4.2).
     */
    async list(actor: Actor, input: { searchQuery?: string } = {}): Promise<OrgView[]> {
      let orgs: OrgView[];
      if (actor.kind === 'api-token') {
        const org = await orgsRepo.findOrgById(db, actor.orgId);
        orgs = org ? [{ id: org.id, name: org.name, role: actor.role }] : [];
      } else {
        orgs = (await orgsRepo.listOrgsForUser(db, actor.userId)).map((o) => ({ id: o.id, name: o.name, role: o.role }));
      }
      const q = input.searchQuery?.trim().toLowerCase();
      return q ? orgs.filter((o) => o.name.toLowerCase().includes(q)) : orgs;
    },

    /** Any signed-in user (or only instance admins, by policy) creates an organization and becomes its ADMIN. */
    async create(actor: Actor, input: { name: string; ip?: string | null }): Promise<OrgView> {
      const name = validOrgName(input.name);
      if (deps.orgCreation === 'instance-admins') {
        const user = await usersRepo.findUserById(db, actor.userId);
        if (!user || user.instance_admin !== 1) {
          throw new AppError('FORBIDDEN', 'Creating organizations is restricted to instance administrators on this server (NULLPATH_ORG_CREATION=instance-admins)');
        }
      }
      const org = await withTx(db, async (tx) => {
        const o = await orgsRepo.insertOrg(tx, name);
        await orgsRepo.upsertMembership(tx, { orgId: o.id, userId: actor.userId, role: 'ADMIN' });
        await writeAudit(tx, actor, { orgId: o.id, action: 'organization.created', targetType: 'organization', targetId: o.id, ip: input.ip ?? null, details: { name } });
        return o;
      });
      return { id: org.id, name: org.name, role: 'ADMIN' };
    },

    async update(actor: Actor, input: { organizationId?: string; name: string; ip?: string | null }): Promise<OrgView> {
      const acc = await access.require(actor, 'SETTINGS_MANAGE', input.organizationId);
      const name = validOrgName(input.name);
      const before = (await orgsRepo.findOrgById(db, acc.orgId))!;
      await withTx(db, async (tx) => {
        await orgsRepo.updateOrg(tx, acc.orgId, { name });
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'organization.updated', targetType: 'organization', targetId: acc.orgId, ip: input.ip ?? null, details: { before: { name: before.name }, after: { name } } });
      });
      return { id: acc.orgId, name, role: acc.role };
    },

    /** ADMIN only; `confirmName` must repeat the name. Everything of the organization goes in one transaction. */
    async delete(actor: Actor, input: { organizationId: string; confirmName: string; ip?: string | null }): Promise<{ organizationId: string }> {
      const acc = await access.require(actor, null, input.organizationId);
      if (acc.role !== 'ADMIN') throw new AppError('FORBIDDEN', 'Deleting an organization requires the ADMIN role', { details: { role: 'ADMIN' } });
      const org = await orgsRepo.findOrgById(db, acc.orgId);
      if (!org) throw notFound('Organization', input.organizationId);
      if (input.confirmName.trim() !== org.name) {
        throw new AppError('VALIDATION_FAILED', `confirmName: type the organization's name ('${org.name}') to confirm its deletion`, { details: { field: 'confirmName' } });
      }
      await withTx(db, async (tx) => {
        await orgsRepo.deleteOrg(tx, org.id);
        // Kept outside the organization (which no longer exists) so the deletion itself stays on record.
        await writeAudit(tx, actor, { orgId: null, action: 'organization.deleted', targetType: 'organization', targetId: org.id, ip: input.ip ?? null, details: { name: org.name } });
      });
      return { organizationId: org.id };
    },

    async getSettings(actor: Actor, input: { organizationId?: string }): Promise<OrgSettingsView> {
      const acc = await access.require(actor, null, input.organizationId);
      const org = (await orgsRepo.findOrgById(db, acc.orgId))!;
      return { organizationId: org.id, memberRepositoryAccess: org.member_repository_access };
    },

    async updateSettings(actor: Actor, input: { organizationId?: string; memberRepositoryAccess?: MemberRepositoryAccess; ip?: string | null }): Promise<OrgSettingsView> {
      const acc = await access.require(actor, 'SETTINGS_MANAGE', input.organizationId);
      const org = (await orgsRepo.findOrgById(db, acc.orgId))!;
      if (input.memberRepositoryAccess !== undefined && input.memberRepositoryAccess !== org.member_repository_access) {
        await withTx(db, async (tx) => {
          await orgsRepo.updateOrg(tx, acc.orgId, { member_repository_access: input.memberRepositoryAccess! });
          await writeAudit(tx, actor, {
            orgId: acc.orgId, action: 'organization.settings_updated', targetType: 'organization', targetId: acc.orgId, ip: input.ip ?? null,
            details: { before: { memberRepositoryAccess: org.member_repository_access }, after: { memberRepositoryAccess: input.memberRepositoryAccess } },
          });
        });
      }
      return this.getSettings(actor, { organizationId: acc.orgId });
    },

    /** The permission catalogue and the built-in roles, so clients can build permission UIs. */
    async permissions(actor: Actor, input: { organizationId?: string }) {
      await access.require(actor, null, input.organizationId);
      return {
        permissions: ALL_PERMISSIONS.map((p) => ({ name: p, scope: PERMISSIONS[p].scope, level: PERMISSIONS[p].level, description: PERMISSIONS[p].description, ...(p === 'AGENT_RUN' ? { implies: ['AGENT_VIEW'] } : {}) })),
        roles: ROLES.map((r) => ({ name: r, permissions: [...ROLE_PERMISSIONS[r]] })),
      };
    },
  };
}

export type OrgsService = ReturnType<typeof createOrgsService>;
