import { z } from 'zod';
import { IsoDateSchema, OrganizationIdSchema } from './common.schemas';
import { PageV2Schema, lenientArray } from './lenient';

export const IssueCountsV1Schema = z.object({
  open: z.number().int(),
  newOpen: z.number().int(),
  processing: z.number().int(),
  patched: z.number().int(),
  archived: z.number().int(),
  falsePositive: z.number().int(),
  patchable: z.number().int(),
  closed: z.number().int(),
});

export const ScanScheduleV1Schema = z.object({
  id: z.string(),
  executionCriteriaCrontab: z.string(),
  isEnabled: z.boolean(),
  scannerSettingId: z.string().nullable(),
  scanBranch: z.string().nullable(),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
});

/** V1 repository object (api-compat.md §3.4): the fields clients read, plus Nullpath's partition fields. */
export const RepositoryV1Schema = z.object({
  id: z.string(),
  repositoryName: z.string(),
  name: z.string(),
  projectId: z.string().nullable(),
  url: z.string(),
  repositoryUrl: z.string(),
  createdAt: IsoDateSchema,
  lastScannedAt: IsoDateSchema.nullable(),
  tags: z.array(z.string()),
  issueCounts: IssueCountsV1Schema,
  defaultScanTargetBranch: z.string().nullable(),
  isPrScanningEnabled: z.boolean(),
  genericGit: z.object({ repositoryUrl: z.string(), linkActive: z.boolean() }),
  scanSchedule: ScanScheduleV1Schema.nullable(),
  parentRepositoryId: z.string().nullable(),
  partitionPath: z.string().nullable(),
  dashboardUrl: z.string().describe('Absolute dashboard address of this repository (`url` is the git remote)'),
});

export const RepositoriesListV1BodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  searchQuery: z.string().max(200).optional(),
});
/** V1 `repositories/list` is a bare array (api-compat.md §4.2 #1). */
export const RepositoriesListV1ResponseSchema = z.array(RepositoryV1Schema);

export const ResolveByUrlBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  repositoryUrl: z.string().min(1).max(2000),
  vcs: z.string().optional(),
});
export const ResolveByUrlResponseSchema = z.object({ repositoryId: z.string().nullable().describe('null when no repository matches') });

export const RepositorySchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  name: z.string(),
  url: z.string(),
  parentId: z.string().nullable(),
  partitionPath: z.string().nullable(),
  defaultBranch: z.string().nullable(),
  tags: z.array(z.string()).describe('Tag names'),
  tagIds: z.array(z.string()).describe('The same tags by id (tags/list)'),
  hasCredentials: z.boolean(),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  lastScannedAt: IsoDateSchema.nullable(),
  issueCounts: z.record(z.string(), z.number().int()),
});
export const RepositoryWithPartitionsSchema = RepositorySchema.extend({ partitions: z.array(RepositorySchema) });

export const RepositoriesListBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  searchQuery: z.string().max(200).optional(),
  tagIds: z.array(z.string().min(1).max(200)).max(100).optional().describe('Repositories carrying any of these tags'),
  ...PageV2Schema,
});
export const RepositoriesListResponseSchema = z.object({ repositories: z.array(RepositorySchema), totalCount: z.number().int() });

const CredentialsSchema = z.object({
  username: z.string().max(200).optional(),
  password: z.string().min(1).max(4000).describe('Password or access token; stored encrypted, never returned'),
});

export const AddByUrlBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  url: z.string().min(1).max(2000).describe('https, ssh, git or file URL'),
  name: z.string().min(1).max(200).optional(),
  defaultBranch: z.string().min(1).max(200).optional(),
  tags: lenientArray(z.string().min(1).max(100)).optional().describe('Tag names; unknown names become new tags'),
  tagIds: z.array(z.string().min(1).max(200)).max(200).optional().describe('Existing tags by id'),
  credentials: CredentialsSchema.optional(),
  partitions: z.array(z.object({ path: z.string().min(1).max(500), name: z.string().min(1).max(200).optional() })).max(200).optional()
    .describe('Monorepo partitions: each path is scanned and reported on its own'),
});
export const RepositoryResponseSchema = z.object({ repository: RepositoryWithPartitionsSchema });

export const RepositoryIdBodySchema = z.object({ organizationId: OrganizationIdSchema.optional(), repositoryId: z.string().min(1).max(100) });

export const UpdateRepositoryBodySchema = RepositoryIdBodySchema.extend({
  name: z.string().min(1).max(200).optional(),
  defaultBranch: z.string().max(200).optional(),
  tags: lenientArray(z.string().min(1).max(100)).optional().describe('Replaces the tags by name; unknown names become new tags'),
  tagIds: z.array(z.string().min(1).max(200)).max(200).optional().describe('Replaces the tags by id (with `tags`: the union)'),
  credentials: CredentialsSchema.nullable().optional().describe('null removes stored credentials'),
});
export const UpdateRepositoryResponseSchema = z.object({ repository: RepositorySchema });

export const DeleteRepositoryResponseSchema = z.object({ deleted: z.literal(true), repositoryIds: z.array(z.string()) });
