import { ERROR_CODES } from '@nullpath/core';
import { z } from 'zod';

/** The one error envelope (api-compat.md §1.7): a flat non-empty `error` string plus code and requestId. */
export const ErrorBodySchema = z
  .object({
    error: z.string().min(1),
    code: z.enum(ERROR_CODES),
    requestId: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const OrganizationIdSchema = z
  .string()
  .min(1)
  .max(200)
  .describe('Organization id; defaults to the API token\'s organization (or the user\'s first one)');

export const RoleSchema = z.enum(['ADMIN', 'MEMBER']);

export const IsoDateSchema = z.string().describe('ISO-8601 UTC timestamp');

export const OkSchema = z.object({ ok: z.literal(true) });

/** Error responses every authenticated route can return, for the OpenAPI document. */
export const AUTHED_ERRORS = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
  429: ErrorBodySchema,
} as const;
