import { ISSUE_STATUSES, SCORE_LEVELS, V1_STATUSES, VALIDATION_VERDICTS } from '@nullpath/core';
import { z } from 'zod';
import { IsoDateSchema, OrganizationIdSchema } from './common.schemas';
import { PageV2Schema, lenientArray } from './lenient';

const TraceStepSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int().optional(),
  label: z.string(),
  code: z.string().optional(),
});

export const ScaDetailsSchema = z.object({
  packageName: z.string(),
  version: z.string(),
  ecosystem: z.string(),
  purl: z.string().nullable(),
  vulnId: z.string(),
  aliases: z.array(z.string()),
  summary: z.string(),
  severityScore: z.number(),
  fixedVersion: z.string().nullable(),
  fixText: z.string().nullable(),
  upgradeVia: z.string().nullable(),
  transitivity: z.enum(['direct', 'transitive']),
  scope: z.string(),
  paths: z.array(z.array(z.string())),
  manifestPath: z.string(),
  reachability: z.enum(['reachable', 'not-reachable', 'unknown']),
  evidence: z.array(z.object({ file: z.string(), line: z.number().int(), kind: z.string(), detail: z.string().optional() })),
  references: z.array(z.string()),
});

const VulnCategorySchema = z.enum(['SAST', 'SCA', 'SECRETS']);

/** V1 issue (api-compat.md §3.2): `severity` is numeric 0–10, `score` 0–100. */
export const IssueV1Schema = z.object({
  id: z.string(),
  repositoryId: z.string(),
  repositoryName: z.string(),
  status: z.enum(V1_STATUSES),
  generatedTitle: z.string(),
  generatedDescription: z.string(),
  language: z.string().nullable(),
  vulnClass: z.string(),
  cwes: z.array(z.string()),
  vulnCategory: VulnCategorySchema,
  severity: z.number(),
  confidence: z.number(),
  score: z.number(),
  affectedFile: z.string().nullable(),
  sastCodeSegment: z.string().nullable(),
  startLine: z.number().int().nullable(),
  endLine: z.number().int().nullable(),
  startColumn: z.number().int().nullable(),
  endColumn: z.number().int().nullable(),
  isPrBlocked: z.boolean(),
  triagePhase: z.string().nullable(),
  validated: z.enum(['CONFIRMED', 'DISCONFIRMED', 'UNKNOWN']).nullable(),
  unpatchable: z.boolean(),
  type: z.string(),
  ruleId: z.string(),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  url: z.string().describe('Absolute dashboard address of this issue (NULLPATH_PUBLIC_URL + /issues/<id>)'),
  codeScan: z.object({ id: z.string(), scanTargetBranchCommitSha: z.string().nullable() }),
  codeSnippet: z.string().nullable(),
  fixRecommendation: z.string().nullable(),
  trace: z.array(TraceStepSchema),
  sca: ScaDetailsSchema.nullable(),
  patch: z.null(),
});

export const IssuesSearchV1BodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  searchQuery: z.string().max(500).optional(),
  repositoryIds: lenientArray(z.string()).optional(),
  scanId: z.string().optional(),
  codeScanTypes: lenientArray(z.enum(['FullScan', 'PrScan'])).optional(),
  types: lenientArray(z.enum(V1_STATUSES)).optional().describe('Status buckets; default ["open"]'),
  returnAll: z.boolean().optional(),
  page: z.number().int().min(1).optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
  getCounts: z.boolean().optional(),
  ruleId: z.string().optional(),
  sortBy: z.enum(['score', 'createdAt']).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
  severities: z.object({ min: z.number().min(0).max(10), max: z.number().min(0).max(10) }).optional(),
});
export const CategoryCountsSchema = z.object(Object.fromEntries(V1_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof V1_STATUSES)[number], z.ZodNumber>);
export const IssuesSearchV1ResponseSchema = z.object({
  issues: z.array(IssueV1Schema),
  totalCount: z.number().int(),
  totalCountAllCategories: z.number().int(),
  currentPage: z.number().int(),
  pageSize: z.number().int(),
  categoryCounts: CategoryCountsSchema,
});
export const IssueGetBodySchema = z.object({ organizationId: OrganizationIdSchema.optional(), issueId: z.string().min(1).max(100) });

export const IssueV2Schema = z.object({
  id: z.string(),
  issueStatus: z.enum(ISSUE_STATUSES),
  title: z.string(),
  description: z.string(),
  score: z.number(),
  scoreLevel: z.enum(SCORE_LEVELS),
  severity: z.number(),
  confidence: z.number(),
  vulnClass: z.string(),
  vulnCategory: VulnCategorySchema,
  cwes: z.array(z.string()),
  language: z.string().nullable(),
  ruleId: z.string(),
  repositoryId: z.string(),
  repositoryName: z.string(),
  branch: z.string(),
  codeScanType: z.enum(['FullScan', 'PrScan']),
  location: z.object({
    file: z.string().nullable(),
    startLine: z.number().int().nullable(),
    endLine: z.number().int().nullable(),
    startColumn: z.number().int().nullable(),
    endColumn: z.number().int().nullable(),
  }),
  codeSnippet: z.string().nullable(),
  trace: z.array(TraceStepSchema),
  remediation: z.string().nullable(),
  sca: ScaDetailsSchema.nullable(),
  firstScanId: z.string(),
  lastScanId: z.string(),
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  resolvedAt: IsoDateSchema.nullable(),
  note: z.string().nullable().describe('Org-shared free-form note (≤ 5,000 characters)'),
  nonExploitableReason: z.string().nullable().describe('The human triage rationale of a NON_EXPLOITABLE decision'),
  severityOverridden: z.boolean().describe('A person changed the severity; rescans keep it'),
  triagedBy: z.string().nullable().describe('User id of the last triage decision'),
  triagedAt: IsoDateSchema.nullable(),
  validated: z.enum(VALIDATION_VERDICTS).nullable().describe('Same as validationVerdict (the V1 name)'),
  validationVerdict: z.enum(VALIDATION_VERDICTS).nullable(),
  validationSecurityAssessment: z.string().nullable().describe('System-generated: why the verdict (distinct from nonExploitableReason)'),
  jiraIssueId: z.string().nullable(),
  jiraIssueUrl: z.string().nullable(),
  jiraIssueTitle: z.string().nullable(),
  codeContext: z.object({ startLine: z.number().int(), code: z.string() }).nullable().describe('The lines around the finding (code findings)'),
  url: z.string().describe('Absolute dashboard address of this issue (NULLPATH_PUBLIC_URL + /issues/<id>)'),
});

export const IssuesSearchBodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  ...PageV2Schema,
  statuses: lenientArray(z.enum(ISSUE_STATUSES)).optional(),
  scoreLevels: lenientArray(z.enum(SCORE_LEVELS)).optional(),
  scoreRange: z.object({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) }).optional(),
  searchQuery: z.string().max(500).optional(),
  scanId: z.string().optional(),
  repositoryIds: lenientArray(z.string()).optional(),
  languages: lenientArray(z.string()).optional(),
  vulnerabilityClasses: lenientArray(z.string()).optional(),
  codeScanTypes: lenientArray(z.enum(['FullScan', 'PrScan'])).optional(),
  vulnCategories: lenientArray(VulnCategorySchema).optional(),
  repositoryBranches: z.array(z.object({ repositoryId: z.string(), branch: z.string() })).max(100).optional(),
  hasNote: z.boolean().optional(),
  jiraLinked: z.boolean().optional(),
  validationVerdicts: lenientArray(z.enum(VALIDATION_VERDICTS)).optional(),
  triagedBy: z.string().max(200).optional().describe('User id of the person who made the last triage decision'),
  sortBy: z.enum(['createdAt', 'score', 'title', 'repository', 'class', 'file', 'patch']).optional(),
  sortOrder: z.enum(['asc', 'desc']).optional(),
});
export const IssuesSearchResponseSchema = z.object({ issues: z.array(IssueV2Schema), totalCount: z.number().int() });
export const IssueResponseSchema = z.object({ issue: IssueV2Schema });

export const ScaSearchV1BodySchema = z.object({
  organizationId: OrganizationIdSchema.optional(),
  page: z.number().int().min(1).optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
  searchQuery: z.string().max(500).optional(),
  repositoryIds: lenientArray(z.string()).optional(),
  ecosystems: lenientArray(z.string()).optional().describe('npm, pip, maven, go, cargo, rubygems, composer, nuget (or OSV names)'),
  transitivity: z.enum(['direct', 'transitive']).optional(),
});
export const ScaVulnerabilityV1Schema = z.object({
  id: z.string(),
  package: z.object({ name: z.string(), version: z.string(), ecosystem: z.string(), manifestPath: z.string() }),
  metadata: z.object({ severity: z.string(), severityScore: z.number(), summary: z.string(), aliases: z.array(z.string()) }),
  repositoryId: z.string(),
  repositoryName: z.string(),
  branch: z.string(),
  vulnerabilityId: z.string(),
  fixedVersion: z.string().nullable(),
  fixText: z.string().nullable(),
  upgradeVia: z.string().nullable(),
  transitivity: z.enum(['direct', 'transitive']),
  scope: z.string(),
  dependencyPaths: z.array(z.array(z.string())),
  reachability: z.enum(['reachable', 'not-reachable', 'unknown']),
  reachabilityEvidence: z.array(z.object({ file: z.string(), line: z.number().int(), kind: z.string(), detail: z.string().optional() })),
  status: z.enum(V1_STATUSES),
  url: z.string().describe('Absolute dashboard address of this issue (NULLPATH_PUBLIC_URL + /issues/<id>)'),
});
export const ScaSearchV1ResponseSchema = z.object({
  vulnerabilities: z.array(ScaVulnerabilityV1Schema),
  totalCount: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const ScaGetV1BodySchema = z.object({ organizationId: OrganizationIdSchema.optional(), id: z.string().min(1).max(100) });
export const ScaGetV1ResponseSchema = ScaVulnerabilityV1Schema.extend({
  packageName: z.string(),
  version: z.string(),
  ecosystem: z.string(),
  severity: z.string(),
  severityScore: z.number(),
  cvssScore: z.number(),
  aliases: z.array(z.string()),
  cve: z.string().nullable(),
  summary: z.string(),
  description: z.string(),
  references: z.array(z.string()),
});
export const ScaRepositoriesV1BodySchema = z.object({ organizationId: OrganizationIdSchema.optional() });
export const ScaRepositoriesV1ResponseSchema = z.object({
  repositories: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      totalDependencies: z.number().int(),
      vulnerablePackages: z.number().int(),
      criticalCount: z.number().int(),
      highCount: z.number().int(),
      mediumCount: z.number().int(),
      lowCount: z.number().int(),
    }),
  ),
});
