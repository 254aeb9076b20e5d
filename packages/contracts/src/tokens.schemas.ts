import { z } from 'zod';
import { IsoDateSchema, OrganizationIdSchema } from './common.schemas';

export const CreateTokenBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  name: z.string().max(100).nullable().optional(),
  expirationDays: z.number().int().min(1).max(365).optional().describe('1–365, default 30'),
});
export const CreateTokenResponseSchema = z.object({
  tokenId: z.string().describe('UUID; safe to log'),
  tokenSecret: z.string().describe('Shown exactly once; store it now'),
  name: z.string().nullable(),
  organizationId: z.string(),
  createdAt: IsoDateSchema,
  expiresAt: IsoDateSchema,
});

export const TokenSchema = z.object({
  tokenId: z.string(),
  name: z.string().nullable(),
  createdAt: IsoDateSchema,
  expiresAt: IsoDateSchema,
  lastUsedAt: IsoDateSchema.nullable(),
  creator: z.object({ userId: z.string(), email: z.string() }),
  status: z.enum(['active', 'expired']),
});
export const ListTokensBodySchema = z.object({ organizationId: OrganizationIdSchema.optional() });
export const ListTokensResponseSchema = z.object({ tokens: z.array(TokenSchema), totalCount: z.number().int() });

export const DeleteTokenBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  tokenId: z.string().min(1).max(100),
});
export const DeleteTokenResponseSchema = z.object({ deleted: z.literal(true), tokenId: z.string() });
