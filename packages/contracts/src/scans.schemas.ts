import { z } from 'zod';
import { IsoDateSchema, OrganizationIdSchema } from './common.schemas';
import { PageV2Schema, lenientArray } from './lenient';

export const ScanTypeSchema = z.enum(['FullScan', 'PrScan']);
export const ScanStatusSchema = z.enum(['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED']);

export const ScanCountsSchema = z.object({
  critical: z.number().int(),
  high: z.number().int(),
  medium: z.number().int(),
  low: z.number().int(),
  info: z.number().int(),
  total: z.number().int(),
  resolved: z.number().int(),
});

export const ScanSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  repositoryId: z.string(),
  repositoryName: z.string().nullable(),
  type: ScanTypeSchema,
  status: ScanStatusSchema,
  phase: z.string(),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  branch: z.string(),
  commitSha: z.string().nullable(),
  baseRef: z.string().nullable(),
  headRef: z.string().nullable(),
  prKey: z.string().nullable(),
  prScanCount: z.number().int().nullable(),
  trigger: z.string(),
  scheduleId: z.string().nullable(),
  errorMessage: z.string().nullable(),
  cancelRequested: z.boolean(),
  counts: ScanCountsSchema,
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  startedAt: IsoDateSchema.nullable(),
  finishedAt: IsoDateSchema.nullable(),
});

/** V1 `scans/list` item (api-compat.md §3.5, VS Code `ScanItem`). */
export const ScanItemV1Schema = z.object({
  scanId: z.string(),
  repositoryId: z.string(),
  name: z.string(),
  status: z.string().describe('queued | running | completed | failed | cancelled'),
  projectId: z.string().nullable(),
  applicationId: z.string().nullable(),
  prTargetBranch: z.string().nullable(),
  scanTargetBranch: z.string(),
  codeScanType: ScanTypeSchema,
  prTriggeredURL: z.string().nullable(),
  isStaged: z.boolean(),
  codeScanFinished: z.boolean(),
  finished: z.boolean(),
  issueCounts: z.object({ open: z.number().int(), patched: z.number().int(), falsePositive: z.number().int(), archived: z.number().int(), processing: z.number().int() }),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  errorMessage: z.string().nullable(),
  trigger: z.string(),
  sastScan: z.object({ id: z.string(), error: z.string().nullable() }),
  dashboardUrl: z.string().describe('Absolute dashboard address of this scan'),
});

export const ScansListV1BodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  repositoryIds: lenientArray(z.string()).optional(),
  scanId: z.string().optional(),
  scanType: z.enum(['FullScan', 'PrScan', 'SCAScan']).optional(),
  page: z.number().int().min(1).optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
  returnAll: z.boolean().optional(),
  showEphemeral: z.boolean().optional(),
  sortBy: z.enum(['createdAt', 'updatedAt']).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  searchQuery: z.string().max(200).optional(),
});
export const ScansListV1ResponseSchema = z.object({ codeScans: z.array(ScanItemV1Schema), totalCount: z.number().int() });

export const ScansStartV1BodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  repositoryIds: lenientArray(z.string().min(1)).refine((a) => a.length > 0, 'at least one repository id'),
  branch: z.string().max(200).optional(),
});
export const ScansStartV1ResponseSchema = z.object({ scanId: z.string(), id: z.string(), scanIds: z.array(z.string()) });

export const StartScanBodySchema = z
  .object({
    organizationId: OrganizationIdSchema.optional(),
    repositoryId: z.string().min(1),
    type: ScanTypeSchema.optional().describe('FullScan (default) or PrScan'),
    branch: z.string().min(1).max(200).optional().describe('FullScan: branch to scan (default: the repository default branch)'),
    baseRef: z.string().min(1).max(200).optional().describe('PrScan: the target branch'),
    headRef: z.string().min(1).max(200).optional().describe('PrScan: the pull request head'),
    prNumber: z.number().int().min(1).optional().describe('PrScan: groups rescans of one pull request'),
  })
  .refine((b) => b.type !== 'PrScan' || (b.baseRef !== undefined && b.headRef !== undefined), {
    message: 'PrScan needs baseRef and headRef',
    path: ['baseRef'],
  });
export const ScanResponseSchema = z.object({ scan: ScanSchema });

export const ScansListBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  repositoryIds: lenientArray(z.string()).optional(),
  types: z.array(ScanTypeSchema).optional(),
  statuses: z.array(ScanStatusSchema).optional(),
  severityLevel: z.enum(['Critical', 'High', 'Medium', 'Low']).optional().describe('Scans that found issues at this level'),
  prKey: z.string().optional(),
  latestPerPr: z.boolean().optional().describe('Show only the latest scan of each pull request (prScanCount counts its rescans)'),
  searchQuery: z.string().max(200).optional(),
  sortBy: z.enum(['createdAt', 'updatedAt']).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  ...PageV2Schema,
});
export const ScansListResponseSchema = z.object({ scans: z.array(ScanSchema), totalCount: z.number().int() });

export const ScanIdBodySchema = z.object({ organizationId: OrganizationIdSchema.optional(), scanId: z.string().min(1).max(100) });

export const ScheduleSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  repositoryId: z.string(),
  cron: z.string(),
  timezone: z.string(),
  branch: z.string().nullable(),
  enabled: z.boolean(),
  nextRunAt: IsoDateSchema.nullable(),
  nextRuns: z.array(IsoDateSchema),
  lastRunAt: IsoDateSchema.nullable(),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
});
export const CreateScheduleBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  repositoryId: z.string().min(1),
  cron: z.string().min(1).max(100).describe('5- or 6-field cron expression'),
  timezone: z.string().min(1).max(100).optional().describe('IANA time zone, default UTC'),
  branch: z.string().min(1).max(200).optional(),
  enabled: z.boolean().optional(),
});
export const UpdateScheduleBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  scheduleId: z.string().min(1),
  cron: z.string().min(1).max(100).optional(),
  timezone: z.string().min(1).max(100).optional(),
  branch: z.string().min(1).max(200).nullable().optional(),
  enabled: z.boolean().optional(),
});
export const ScheduleIdBodySchema = z.object({ organizationId: OrganizationIdSchema.optional(), scheduleId: z.string().min(1) });
export const ListSchedulesBodySchema = z.object({ organizationId: OrganizationIdSchema.optional(), repositoryId: z.string().optional() });
export const ScheduleResponseSchema = z.object({ schedule: ScheduleSchema });
export const ListSchedulesResponseSchema = z.object({ schedules: z.array(ScheduleSchema), totalCount: z.number().int() });
export const DeleteScheduleResponseSchema = z.object({ deleted: z.literal(true), scheduleId: z.string() });
