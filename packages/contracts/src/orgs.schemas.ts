import { z } from 'zod';
import { OrganizationIdSchema, RoleSchema } from './common.schemas';

export const OrgsListBodySchema = z.object({ searchQuery: z.string().max(200).optional() }).default({});

export const OrgSchema = z.object({ id: z.string(), name: z.string(), role: RoleSchema });

/** V1 `orgs/list` is a bare array (api-compat.md §4.2 #1): never wrap it. */
export const OrgsListResponseSchema = z.array(OrgSchema);

export const CreateOrgBodySchema = z.object({ name: z.string().max(200) });
export const UpdateOrgBodySchema = z.object({ organizationId: OrganizationIdSchema.optional(), name: z.string().max(200) });
export const DeleteOrgBodySchema = z.object({ organizationId: OrganizationIdSchema, confirmName: z.string().max(200).describe("The organization's name, typed again") });
export const OrgResponseSchema = z.object({ organization: OrgSchema });
export const DeleteOrgResponseSchema = z.object({ deleted: z.literal(true), organizationId: z.string() });
export const OrgSettingsBodySchema = z.object({ organizationId: OrganizationIdSchema.optional() });
export const UpdateOrgSettingsBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  memberRepositoryAccess: z.enum(['ALL', 'TEAMS_ONLY']).optional().describe("ALL (default): members see every repository; TEAMS_ONLY: a MEMBER sees a repository only through a team grant. ADMIN always sees everything."),
});
export const OrgSettingsResponseSchema = z.object({ settings: z.object({ organizationId: z.string(), memberRepositoryAccess: z.enum(['ALL', 'TEAMS_ONLY']) }) });
