import type { Actor } from '@nullpath/core';
import { orgsRepo } from '@nullpath/db';
import type { CoreDeps } from '../shared/deps';

export interface OrgView {
  id: string;
  name: string;
  role: 'ADMIN' | 'MEMBER';
}

export function createOrgsService(deps: Pick<CoreDeps, 'db'>) {
  return {
    /**
     * The caller's organizations. A token sees only its own organization (it can reach no other),
     * which also puts it first for clients that take element [0] (api-compat.md §4.2).
     */
    async list(actor: Actor, input: { searchQuery?: string } = {}): Promise<OrgView[]> {
      let orgs: OrgView[];
      if (actor.kind === 'api-token') {
        const org = await orgsRepo.findOrgById(deps.db, actor.orgId);
        orgs = org ? [{ id: org.id, name: org.name, role: actor.role }] : [];
      } else {
        orgs = (await orgsRepo.listOrgsForUser(deps.db, actor.userId)).map((o) => ({ id: o.id, name: o.name, role: o.role }));
      }
      const q = input.searchQuery?.trim().toLowerCase();
      return q ? orgs.filter((o) => o.name.toLowerCase().includes(q)) : orgs;
    },
  };
}

export type OrgsService = ReturnType<typeof createOrgsService>;
