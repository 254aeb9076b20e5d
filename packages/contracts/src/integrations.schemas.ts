import { z } from 'zod';
import { IsoDateSchema, OrganizationIdSchema } from './common.schemas';

const org = { organizationId: OrganizationIdSchema.optional() };
const IssueId = z.string().min(1).max(100);

export const JiraSettingsSchema = z.object({
  configured: z.boolean(), siteUrl: z.string().nullable(), accountEmail: z.string().nullable(), projectKey: z.string().nullable(),
  issueType: z.string().nullable(), fieldMapping: z.record(z.string(), z.string()), hasApiToken: z.boolean().describe('The token itself is never returned'),
  updatedAt: IsoDateSchema.nullable(),
});
export const JiraSettingsBodySchema = z.object({ ...org });
export const UpdateJiraSettingsBodySchema = z.object({
  ...org,
  siteUrl: z.string().min(1).max(500).describe('https://<site>.atlassian.net'),
  accountEmail: z.string().min(3).max(320),
  apiToken: z.string().min(1).max(2000).optional().describe('Required the first time; stored encrypted, never returned'),
  projectKey: z.string().min(1).max(20),
  issueType: z.string().min(1).max(100).optional().describe('Default Bug'),
  fieldMapping: z.record(z.string().max(100), z.string().max(50)).optional().describe('Jira field id → score | severity | vulnClass | cwe | repository | file | url'),
  rotateWebhookSecret: z.boolean().optional(),
});
export const JiraSettingsResponseSchema = z.object({
  settings: JiraSettingsSchema,
  webhookSecret: z.string().optional().describe('Shown once: POST /integrations/jira/webhook?organizationId=…&secret=…'),
});
export const JiraTestConnectionResponseSchema = z.object({ ok: z.literal(true), accountId: z.string(), displayName: z.string() });
export const CreateJiraIssueBodySchema = z.object({ ...org, issueId: IssueId });
export const LinkJiraIssueBodySchema = z.object({ ...org, issueId: IssueId, jiraIssueKey: z.string().max(40).optional(), jiraIssueUrl: z.string().max(1000).optional() });
export const JiraLinkResponseSchema = z.object({
  issueId: z.string(), jiraIssueId: z.string().nullable(), jiraIssueUrl: z.string().nullable(), jiraIssueTitle: z.string().nullable(),
});
export const JiraWebhookQuerySchema = z.object({ organizationId: z.string().min(1).max(200), secret: z.string().min(1).max(200) });
export const JiraWebhookResponseSchema = z.object({ updated: z.number().int() });

export const LlmSettingsSchema = z.object({
  configured: z.boolean(), baseUrl: z.string().nullable(), model: z.string().nullable(), hasApiKey: z.boolean().describe('The key itself is never returned'),
  validationEnabled: z.boolean(), updatedAt: IsoDateSchema.nullable(),
});
export const UpdateLlmSettingsBodySchema = z.object({
  ...org,
  baseUrl: z.string().min(1).max(500).describe('OpenAI-compatible API base, e.g. https://api.openai.com/v1 or http://localhost:11434/v1'),
  model: z.string().min(1).max(200),
  apiKey: z.string().min(1).max(4000).nullable().optional().describe('Stored encrypted; omit to keep, null to remove'),
  validationEnabled: z.boolean().optional().describe('Review UNKNOWN findings after each scan (default true)'),
});
export const LlmSettingsResponseSchema = z.object({ settings: LlmSettingsSchema });
export const LlmTestConnectionResponseSchema = z.object({ ok: z.literal(true), model: z.string() });
