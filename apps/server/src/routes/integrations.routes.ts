import {
  CreateJiraIssueBodySchema,
  JiraLinkResponseSchema,
  JiraSettingsBodySchema,
  JiraSettingsResponseSchema,
  JiraTestConnectionResponseSchema,
  JiraWebhookQuerySchema,
  JiraWebhookResponseSchema,
  LinkJiraIssueBodySchema,
  LlmSettingsResponseSchema,
  LlmTestConnectionResponseSchema,
  UpdateJiraSettingsBodySchema,
  UpdateLlmSettingsBodySchema,
} from '@nullpath/contracts';
import { AppError } from '@nullpath/core';
import type { FastifyInstance } from 'fastify';
import { opt, orgOf } from './org-input';
import { type RouteDeps, authedPost } from './route';

/** Integrations: Jira Cloud (settings, issue creation and links, the title webhook) and the LLM provider. */
export function registerIntegrationRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { jira } = deps.services;
  const tags = ['jira'];

  authedPost(app, deps, {
    url: '/api/v2/integrations/jira/getSettings', body: JiraSettingsBodySchema, response: JiraSettingsResponseSchema, tags, permission: 'SETTINGS_MANAGE', mcp: 'integrations.jira.getSettings',
    summary: 'Jira settings (the API token is never returned)',
  }, async (actor, body) => ({ settings: await jira.getSettings(actor, orgOf(body)) }));

  authedPost(app, deps, {
    url: '/api/v2/integrations/jira/updateSettings', body: UpdateJiraSettingsBodySchema, response: JiraSettingsResponseSchema, tags, permission: 'SETTINGS_MANAGE', mcp: 'integrations.jira.updateSettings',
    summary: 'Configure Jira Cloud (site, account email, API token stored encrypted, project, issue type, field mapping)',
  }, async (actor, body, req) => {
    const { webhookSecret, ...settings } = await jira.updateSettings(actor, {
      ...orgOf(body), siteUrl: body.siteUrl, accountEmail: body.accountEmail, projectKey: body.projectKey,
      ...opt('apiToken', body.apiToken), ...opt('issueType', body.issueType), ...opt('fieldMapping', body.fieldMapping), ...opt('rotateWebhookSecret', body.rotateWebhookSecret), ip: req.ip,
    });
    return { settings, ...(webhookSecret ? { webhookSecret } : {}) };
  });

  authedPost(app, deps, {
    url: '/api/v2/integrations/jira/testConnection', body: JiraSettingsBodySchema, response: JiraTestConnectionResponseSchema, tags, permission: 'SETTINGS_MANAGE', mcp: 'integrations.jira.testConnection',
    summary: 'Check the stored Jira credentials against Jira (GET /rest/api/3/myself)',
  }, (actor, body) => jira.testConnection(actor, orgOf(body)));

  authedPost(app, deps, {
    url: '/api/v2/issues/createJiraIssue', body: CreateJiraIssueBodySchema, response: JiraLinkResponseSchema, tags, permission: 'ISSUES_MANAGE', mcp: 'issues.createJiraIssue',
    summary: 'Create a Jira issue for a finding (description in Atlassian Document Format with code and a link back) and link it',
  }, (actor, body) => jira.createJiraIssue(actor, { ...orgOf(body), issueId: body.issueId }));

  authedPost(app, deps, {
    url: '/api/v2/issues/linkJiraIssue', body: LinkJiraIssueBodySchema, response: JiraLinkResponseSchema, tags, permission: 'ISSUES_MANAGE', mcp: 'issues.linkJiraIssue',
    summary: 'Link an existing Jira issue (key or browse URL) to a finding; its title is read from Jira',
  }, (actor, body) => jira.linkJiraIssue(actor, { ...orgOf(body), issueId: body.issueId, ...opt('jiraIssueKey', body.jiraIssueKey), ...opt('jiraIssueUrl', body.jiraIssueUrl) }));

  authedPost(app, deps, {
    url: '/api/v2/issues/unlinkJiraIssue', body: CreateJiraIssueBodySchema, response: JiraLinkResponseSchema, tags, permission: 'ISSUES_MANAGE', mcp: 'issues.unlinkJiraIssue',
    summary: 'Remove the Jira link of a finding',
  }, (actor, body) => jira.unlinkJiraIssue(actor, { ...orgOf(body), issueId: body.issueId }));

  const { llm } = deps.services;
  authedPost(app, deps, {
    url: '/api/v2/integrations/llm/getSettings', body: JiraSettingsBodySchema, response: LlmSettingsResponseSchema, tags: ['llm'], permission: 'SETTINGS_MANAGE', mcp: 'integrations.llm.getSettings',
    summary: 'The OpenAI-compatible LLM provider used for validation (the API key is never returned)',
  }, async (actor, body) => ({ settings: await llm.getSettings(actor, orgOf(body)) }));

  authedPost(app, deps, {
    url: '/api/v2/integrations/llm/updateSettings', body: UpdateLlmSettingsBodySchema, response: LlmSettingsResponseSchema, tags: ['llm'], permission: 'SETTINGS_MANAGE', mcp: 'integrations.llm.updateSettings',
    summary: 'Configure an OpenAI-compatible provider (base URL, model, API key stored encrypted) and whether it reviews UNKNOWN findings',
  }, async (actor, body, req) => ({
    settings: await llm.updateSettings(actor, { ...orgOf(body), baseUrl: body.baseUrl, model: body.model, ...opt('apiKey', body.apiKey), ...opt('validationEnabled', body.validationEnabled), ip: req.ip }),
  }));

  authedPost(app, deps, {
    url: '/api/v2/integrations/llm/testConnection', body: JiraSettingsBodySchema, response: LlmTestConnectionResponseSchema, tags: ['llm'], permission: 'SETTINGS_MANAGE', mcp: 'integrations.llm.testConnection',
    summary: 'Send a one-word chat completion to the configured provider',
  }, (actor, body) => llm.testConnection(actor, orgOf(body)));

  // Jira calls this itself (no Nullpath token): the per-organization secret in the query authenticates it.
  app.post('/integrations/jira/webhook', {
    schema: { summary: 'Jira webhook (issue updated): keeps linked titles current', tags, querystring: JiraWebhookQuerySchema, response: { 200: JiraWebhookResponseSchema } },
  }, async (req) => {
    const q = req.query as { organizationId: string; secret: string };
    if (!q.organizationId || !q.secret) throw new AppError('UNAUTHORIZED', 'Unknown organization or wrong webhook secret');
    return jira.webhook({ organizationId: q.organizationId, secret: q.secret, payload: req.body });
  });
}
