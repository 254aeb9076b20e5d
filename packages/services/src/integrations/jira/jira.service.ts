import { type Actor, AppError, type OrgAccess, notFound, scopeIncludes } from '@nullpath/core';
import { type Db, type JiraSettingsRow, integrationsRepo as jiraRepo, issuesRepo, withTx } from '@nullpath/db';
import { type AccessResolver, requireOnRepository, requireSettingsManager as requireManager } from '../../access/access';
import { writeAudit } from '../../audit/audit.service';
import type { CoreDeps } from '../../shared/deps';
import { keyedHash, randomToken, safeEqualHex } from '../../shared/keyed-hash';
import type { OutboundFetch } from '../../shared/ports';
import type { SecretBox } from '../../shared/secret-box';
import { findingToAdf } from './jira.adf';
import { type JiraClient, createJiraClient, jiraSiteUrl } from './jira.client';

export const JIRA_TITLE_TTL_MS = 60 * 60 * 1000;
const KEY_RE = /^[A-Z][A-Z0-9_]{0,19}-[1-9][0-9]{0,9}$/;

export interface JiraSettingsView {
  configured: boolean;
  siteUrl: string | null;
  accountEmail: string | null;
  projectKey: string | null;
  issueType: string | null;
  fieldMapping: Record<string, string>;
  hasApiToken: boolean;
  updatedAt: string | null;
}

export interface JiraLink {
  issueId: string;
  jiraIssueId: string | null;
  jiraIssueUrl: string | null;
  jiraIssueTitle: string | null;
}

const MAPPABLE = new Set(['score', 'severity', 'vulnClass', 'cwe', 'repository', 'file', 'url']);

const view = (r: JiraSettingsRow | undefined): JiraSettingsView => ({
  configured: r !== undefined,
  siteUrl: r?.site_url ?? null,
  accountEmail: r?.account_email ?? null,
  projectKey: r?.project_key ?? null,
  issueType: r?.issue_type ?? null,
  fieldMapping: r ? (JSON.parse(r.field_mapping) as Record<string, string>) : {},
  hasApiToken: r !== undefined,
  updatedAt: r?.updated_at ?? null,
});

/** Jira Cloud: settings (API token sealed, never returned), issue creation and links, titles kept fresh. */
export function createJiraService(deps: Pick<CoreDeps, 'db' | 'secretKey' | 'publicUrl' | 'clock'> & { access: AccessResolver; secrets: SecretBox; fetch: OutboundFetch }) {
  const { db, access, secrets, clock } = deps;

  const requireSettingsManager = (actor: Actor, orgId?: string) => requireManager(access, actor, 'Jira settings', orgId);

  async function clientFor(orgId: string): Promise<{ client: JiraClient; settings: JiraSettingsRow }> {
    const settings = await jiraRepo.findJiraSettings(db, orgId);
    if (!settings) throw new AppError('CONFLICT', 'Jira is not configured for this organization: set it up with integrations/jira/updateSettings', { details: { integration: 'jira', reason: 'NOT_CONFIGURED' } });
    const client = createJiraClient({ siteUrl: settings.site_url, email: settings.account_email, apiToken: secrets.open(settings.api_token_enc) }, deps.fetch);
    return { client, settings };
  }

  async function managedIssue(acc: OrgAccess, issueId: string) {
    const row = await issuesRepo.findIssue(db, acc.orgId, issueId);
    if (!row || !scopeIncludes(acc.repoScope('ISSUES_VIEW'), row.repository_id)) throw notFound('Issue', issueId);
    requireOnRepository(acc, 'ISSUES_MANAGE', row.repository_id);
    return row;
  }

  const linkOf = (issueId: string, l: { key: string | null; url: string | null; title: string | null }): JiraLink => ({ issueId, jiraIssueId: l.key, jiraIssueUrl: l.url, jiraIssueTitle: l.title });

  return {
    async getSettings(actor: Actor, input: { organizationId?: string }): Promise<JiraSettingsView> {
      const acc = await requireSettingsManager(actor, input.organizationId);
      return view(await jiraRepo.findJiraSettings(db, acc.orgId));
    },

    /**
     * Saves the settings; the API token is required the first time and kept when omitted later. Returns
     * the webhook secret once, when it is generated (first save or `rotateWebhookSecret`).
     */
    async updateSettings(
      actor: Actor,
      input: { organizationId?: string; siteUrl: string; accountEmail: string; apiToken?: string; projectKey: string; issueType?: string; fieldMapping?: Record<string, string>; rotateWebhookSecret?: boolean; ip?: string | null },
    ): Promise<JiraSettingsView & { webhookSecret?: string }> {
      const acc = await requireSettingsManager(actor, input.organizationId);
      const cur = await jiraRepo.findJiraSettings(db, acc.orgId);
      const siteUrl = jiraSiteUrl(input.siteUrl);
      if (!/^[^\s@]+@[^\s@]+$/.test(input.accountEmail.trim())) throw new AppError('VALIDATION_FAILED', 'accountEmail: not an email address', { details: { field: 'accountEmail' } });
      if (!/^[A-Z][A-Z0-9_]{0,19}$/.test(input.projectKey)) throw new AppError('VALIDATION_FAILED', `projectKey: '${input.projectKey}' is not a Jira project key (e.g. SEC)`, { details: { field: 'projectKey' } });
      if (!cur && !input.apiToken) throw new AppError('VALIDATION_FAILED', 'apiToken: required when Jira is first configured', { details: { field: 'apiToken' } });
      for (const [field, value] of Object.entries(input.fieldMapping ?? {})) {
        if (!MAPPABLE.has(value)) throw new AppError('VALIDATION_FAILED', `fieldMapping.${field}: '${value}' is not one of ${[...MAPPABLE].join(', ')}`, { details: { field: `fieldMapping.${field}` } });
      }
      const newSecret = !cur || input.rotateWebhookSecret ? randomToken() : undefined;
      await withTx(db, async (tx) => {
        await jiraRepo.upsertJiraSettings(tx, {
          org_id: acc.orgId, site_url: siteUrl, account_email: input.accountEmail.trim(),
          api_token_enc: input.apiToken ? secrets.seal(input.apiToken) : cur!.api_token_enc,
          project_key: input.projectKey, issue_type: input.issueType?.trim() || cur?.issue_type || 'Bug',
          field_mapping: JSON.stringify(input.fieldMapping ?? (cur ? JSON.parse(cur.field_mapping) : {})),
          webhook_secret_hash: newSecret ? keyedHash(deps.secretKey, `jira-webhook:${newSecret}`) : cur!.webhook_secret_hash,
        });
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'integration.jira.updated', targetType: 'integration', targetId: 'jira', ip: input.ip ?? null, details: { siteUrl, projectKey: input.projectKey, apiTokenChanged: input.apiToken !== undefined, webhookSecretRotated: newSecret !== undefined } });
      });
      return { ...view(await jiraRepo.findJiraSettings(db, acc.orgId)), ...(newSecret ? { webhookSecret: newSecret } : {}) };
    },

    async testConnection(actor: Actor, input: { organizationId?: string }): Promise<{ ok: true; accountId: string; displayName: string }> {
      const acc = await requireSettingsManager(actor, input.organizationId);
      const { client } = await clientFor(acc.orgId);
      return { ok: true, ...(await client.myself()) };
    },

    async createJiraIssue(actor: Actor, input: { organizationId?: string; issueId: string }): Promise<JiraLink> {
      const acc = await access.require(actor, 'ISSUES_MANAGE', input.organizationId);
      const row = await managedIssue(acc, input.issueId);
      if (row.jira_issue_key) throw new AppError('CONFLICT', `Issue '${row.id}' is already linked to ${row.jira_issue_key}`, { details: { jiraIssueId: row.jira_issue_key } });
      const { client, settings } = await clientFor(acc.orgId);
      const url = `${deps.publicUrl().replace(/\/+$/, '')}/issues/${encodeURIComponent(row.id)}`;
      const values: Record<string, unknown> = { score: row.score, severity: row.score, vulnClass: row.vuln_class, cwe: (JSON.parse(row.cwes) as string[]).join(', '), repository: row.repository_name, file: row.file, url };
      const mapped = Object.fromEntries(Object.entries(JSON.parse(settings.field_mapping) as Record<string, string>).map(([jiraField, name]) => [jiraField, values[name]]));
      const summary = `[Nullpath] ${row.title}`.slice(0, 250);
      const created = await client.createIssue({
        project: { key: settings.project_key }, issuetype: { name: settings.issue_type }, summary,
        description: findingToAdf({
          title: row.title, description: row.description, vulnClass: row.vuln_class, cwes: JSON.parse(row.cwes) as string[], score: row.score,
          repositoryName: row.repository_name, location: row.file ? `${row.file}${row.start_line ? `:${row.start_line}` : ''}` : null, snippet: row.snippet, remediation: row.remediation, url,
        }),
        ...mapped,
      });
      const link = { key: created.key, url: created.url, title: summary, fetchedAt: clock().toISOString() };
      await withTx(db, async (tx) => {
        await jiraRepo.setIssueJira(tx, row.id, link);
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'issue.jira_created', targetType: 'issue', targetId: row.id, details: { jiraIssueId: created.key } });
      });
      return linkOf(row.id, link);
    },

    async linkJiraIssue(actor: Actor, input: { organizationId?: string; issueId: string; jiraIssueKey?: string; jiraIssueUrl?: string }): Promise<JiraLink> {
      const acc = await access.require(actor, 'ISSUES_MANAGE', input.organizationId);
      const row = await managedIssue(acc, input.issueId);
      const key = (input.jiraIssueKey ?? input.jiraIssueUrl?.match(/\/browse\/([A-Z][A-Z0-9_]*-\d+)/)?.[1] ?? '').trim();
      if (!KEY_RE.test(key)) throw new AppError('VALIDATION_FAILED', 'jiraIssueKey: pass a Jira issue key (SEC-123) or a …/browse/SEC-123 URL', { details: { field: 'jiraIssueKey' } });
      const { client } = await clientFor(acc.orgId);
      const found = await client.getIssue(key);
      const link = { key: found.key, url: found.url, title: found.title, fetchedAt: clock().toISOString() };
      await withTx(db, async (tx) => {
        await jiraRepo.setIssueJira(tx, row.id, link);
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'issue.jira_linked', targetType: 'issue', targetId: row.id, details: { jiraIssueId: found.key } });
      });
      return linkOf(row.id, link);
    },

    async unlinkJiraIssue(actor: Actor, input: { organizationId?: string; issueId: string }): Promise<JiraLink> {
      const acc = await access.require(actor, 'ISSUES_MANAGE', input.organizationId);
      const row = await managedIssue(acc, input.issueId);
      await withTx(db, async (tx) => {
        await jiraRepo.setIssueJira(tx, row.id, { key: null, url: null, title: null, fetchedAt: null });
        await writeAudit(tx, actor, { orgId: acc.orgId, action: 'issue.jira_unlinked', targetType: 'issue', targetId: row.id, details: { jiraIssueId: row.jira_issue_key } });
      });
      return linkOf(row.id, { key: null, url: null, title: null });
    },

    /**
     * Refreshes a linked issue's Jira title when it is older than an hour (called when an issue is read).
     * A Jira outage never fails the read: the stored title stays.
     */
    async refreshTitleIfStale(orgId: string, issue: { id: string; jiraIssueId: string | null; jiraTitleFetchedAt: string | null }): Promise<string | null> {
      if (!issue.jiraIssueId) return null;
      if (issue.jiraTitleFetchedAt && clock().getTime() - Date.parse(issue.jiraTitleFetchedAt) < JIRA_TITLE_TTL_MS) return null;
      try {
        const { client } = await clientFor(orgId);
        const found = await client.getIssue(issue.jiraIssueId);
        await jiraRepo.updateJiraTitle(db, orgId, issue.jiraIssueId, found.title);
        return found.title;
      } catch {
        return null;
      }
    },

    /** Jira webhook (issue updated): the per-org secret authenticates it; titles of linked issues follow. */
    async webhook(input: { organizationId: string; secret: string; payload: unknown }): Promise<{ updated: number }> {
      const settings = await jiraRepo.findJiraSettings(db, input.organizationId);
      if (!settings || !safeEqualHex(settings.webhook_secret_hash, keyedHash(deps.secretKey, `jira-webhook:${input.secret}`))) {
        throw new AppError('UNAUTHORIZED', 'Unknown organization or wrong webhook secret');
      }
      const p = input.payload as { issue?: { key?: unknown; fields?: { summary?: unknown } } } | null;
      const key = p?.issue?.key;
      const summary = p?.issue?.fields?.summary;
      if (typeof key !== 'string' || typeof summary !== 'string') return { updated: 0 };
      return { updated: await jiraRepo.updateJiraTitle(db, input.organizationId, key, summary) };
    },
  };
}

export type JiraService = ReturnType<typeof createJiraService>;
