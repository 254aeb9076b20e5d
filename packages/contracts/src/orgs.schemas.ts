import { z } from 'zod';
import { RoleSchema } from './common.schemas';

export const OrgsListBodySchema = z.object({ searchQuery: z.string().max(200).optional() }).default({});

export const OrgSchema = z.object({ id: z.string(), name: z.string(), role: RoleSchema });

/** V1 `orgs/list` is a bare array (api-compat.md §4.2 #1): never wrap it. */
export const OrgsListResponseSchema = z.array(OrgSchema);
