import { z } from 'zod';
import { OrgSchema } from './orgs.schemas';

export const LoginBodySchema = z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(200) });

/** Dashboard session: cookie-authenticated calls must echo csrfToken in the X-CSRF-Token header. */
export const SessionResponseSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string().nullable() }),
  csrfToken: z.string(),
  organizations: z.array(OrgSchema),
});

export const HealthResponseSchema = z.object({ status: z.literal('ok'), version: z.string(), database: z.enum(['sqlite', 'postgres']) });
