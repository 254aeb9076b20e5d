import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEST_DIALECTS } from '@nullpath/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitFixture, VULNERABLE_APP } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

const EMAIL = 'bot@example.com';
const TOKEN = 'jira-api-token-not-for-logs-4711';

/** A local stand-in speaking the subset of Jira Cloud REST v3 Nullpath uses (basic auth, 401/404/429). */
class JiraStandIn {
  server: Server = createServer((req, res) => void this.handle(req, res));
  issues = new Map<string, { summary: string; fields: Record<string, unknown> }>();
  created: Array<Record<string, unknown>> = [];
  throttleNext = 0;
  requests = 0;
  get url() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  async handle(req: IncomingMessage, res: import('node:http').ServerResponse) {
    this.requests++;
    const body = await new Promise<string>((r) => {
      let b = '';
      req.on('data', (c) => (b += c));
      req.on('end', () => r(b));
    });
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    };
    if (req.headers.authorization !== `Basic ${Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64')}`) return send(401, { errorMessages: ['Client must be authenticated'] });
    if (this.throttleNext > 0) {
      this.throttleNext--;
      return send(429, { errorMessages: ['Rate limit exceeded'] }, { 'retry-after': '1' });
    }
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'GET' && url.pathname === '/rest/api/3/myself') return send(200, { accountId: 'acc-1', displayName: 'Nullpath Bot' });
    if (req.method === 'POST' && url.pathname === '/rest/api/3/issue') {
      const fields = (JSON.parse(body) as { fields: Record<string, unknown> }).fields;
      this.created.push(fields);
      const key = `SEC-${this.issues.size + 1}`;
      this.issues.set(key, { summary: String(fields.summary), fields });
      return send(201, { id: '10000', key, self: `${this.url}/rest/api/3/issue/10000` });
    }
    const m = url.pathname.match(/^\/rest\/api\/3\/issue\/([A-Z]+-\d+)$/);
    if (req.method === 'GET' && m) {
      const it = this.issues.get(m[1]!);
      return it ? send(200, { key: m[1], fields: { summary: it.summary } }) : send(404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'] });
    }
    return send(404, { errorMessages: ['not found'] });
  }
}

describe.each(TEST_DIALECTS)('Jira integration against a stand-in on %s', (dialect) => {
  let p: Pipeline;
  let repo: GitFixture;
  const jira = new JiraStandIn();
  let issueIds: string[] = [];
  let webhookSecret = '';

  beforeAll(async () => {
    await new Promise<void>((r) => jira.server.listen(0, '127.0.0.1', r));
    p = await createPipeline(dialect);
    repo = new GitFixture().write({ 'app.js': VULNERABLE_APP, 'b.js': VULNERABLE_APP.replace('/ping', '/b') });
    repo.commit('app');
    const repositoryId = (await p.api('/api/v2/repositories/addByUrl', { url: repo.url })).body.repository.id;
    await p.waitForScan((await p.api('/api/v2/scans/start', { repositoryId })).body.scan.id);
    issueIds = (await p.api('/api/v2/issues/search', { categories: ['SAST'] })).body.issues.map((i: { id: string }) => i.id);
    jira.issues.set('OPS-7', { summary: 'Existing ticket', fields: {} });
  }, 120_000);
  afterAll(async () => {
    await p.close();
    repo.destroy();
    await new Promise((r) => jira.server.close(r));
  });

  it('says clearly that Jira is not configured, and keeps the API token to itself once it is', async () => {
    const before = await p.api('/api/v2/issues/createJiraIssue', { issueId: issueIds[0] });
    expect(before.status).toBe(409);
    expect(before.body.error).toMatch(/Jira is not configured/);
    const noToken = await p.api('/api/v2/integrations/jira/updateSettings', { siteUrl: jira.url, accountEmail: EMAIL, projectKey: 'SEC' });
    expect(noToken.status).toBe(400);
    const saved = await p.api('/api/v2/integrations/jira/updateSettings', { siteUrl: `${jira.url}/`, accountEmail: EMAIL, apiToken: TOKEN, projectKey: 'SEC', fieldMapping: { customfield_10001: 'score' } });
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toMatchObject({ configured: true, siteUrl: jira.url, projectKey: 'SEC', issueType: 'Bug', hasApiToken: true });
    webhookSecret = saved.body.webhookSecret;
    expect(webhookSecret.length).toBeGreaterThan(20);
    const read = await p.api('/api/v2/integrations/jira/getSettings', {});
    expect(JSON.stringify(read.body)).not.toContain(TOKEN);
    expect(read.body.webhookSecret).toBeUndefined();
    expect((await p.api('/api/v2/integrations/jira/testConnection', {})).body).toEqual({ ok: true, accountId: 'acc-1', displayName: 'Nullpath Bot' });
    const member = (await p.org.token(await p.org.addUser('MEMBER'))).headers;
    expect((await p.api('/api/v2/integrations/jira/getSettings', {}, member)).status).toBe(403);
  });

  it('creates a Jira issue in ADF with the finding and a link back, and shows the link on the issue', async () => {
    const link = await p.api('/api/v2/issues/createJiraIssue', { issueId: issueIds[0] });
    expect(link.status).toBe(200);
    expect(link.body).toMatchObject({ issueId: issueIds[0], jiraIssueId: 'SEC-2', jiraIssueUrl: `${jira.url}/browse/SEC-2` });
    const sent = jira.created.at(-1)!;
    expect(sent.project).toEqual({ key: 'SEC' });
    expect(sent.issuetype).toEqual({ name: 'Bug' });
    expect(typeof sent.customfield_10001).toBe('number');
    const adf = JSON.stringify(sent.description);
    expect(adf).toContain('"type":"doc"');
    expect(adf).toContain(`/issues/${issueIds[0]}`);
    expect(adf).toContain('codeBlock');
    const issue = (await p.api('/api/v2/issues/get', { issueId: issueIds[0] })).body.issue;
    expect(issue).toMatchObject({ jiraIssueId: 'SEC-2', jiraIssueUrl: `${jira.url}/browse/SEC-2` });
    expect(issue.jiraIssueTitle).toMatch(/^\[Nullpath\] /);
    expect((await p.api('/api/v2/issues/createJiraIssue', { issueId: issueIds[0] })).status).toBe(409);
  });

  it('links an existing ticket by URL through a rate limit, refreshes stale titles, and follows webhooks', async () => {
    jira.throttleNext = 1;
    const linked = await p.api('/api/v2/issues/linkJiraIssue', { issueId: issueIds[1], jiraIssueUrl: `${jira.url}/browse/OPS-7` });
    expect(linked.body).toMatchObject({ jiraIssueId: 'OPS-7', jiraIssueTitle: 'Existing ticket' });
    expect((await p.api('/api/v2/issues/linkJiraIssue', { issueId: issueIds[1], jiraIssueKey: 'OPS-99' })).status).toBe(404);
    expect((await p.api('/api/v2/issues/linkJiraIssue', { issueId: issueIds[1], jiraIssueKey: 'not a key' })).status).toBe(400);

    jira.issues.get('OPS-7')!.summary = 'Renamed in Jira';
    expect((await p.api('/api/v2/issues/get', { issueId: issueIds[1] })).body.issue.jiraIssueTitle).toBe('Existing ticket');
    p.clock.now = new Date(p.clock.now.getTime() + 61 * 60 * 1000);
    expect((await p.api('/api/v2/issues/get', { issueId: issueIds[1] })).body.issue.jiraIssueTitle).toBe('Renamed in Jira');

    const hook = (secret: string) => p.app.inject({ method: 'POST', url: `/integrations/jira/webhook?organizationId=${p.org.orgId}&secret=${secret}`, payload: { webhookEvent: 'jira:issue_updated', issue: { key: 'OPS-7', fields: { summary: 'From the webhook' } } } });
    expect((await hook('wrong')).statusCode).toBe(401);
    expect((await hook(webhookSecret)).json()).toEqual({ updated: 1 });
    expect((await p.api('/api/v2/issues/get', { issueId: issueIds[1] })).body.issue.jiraIssueTitle).toBe('From the webhook');
    expect((await p.api('/api/v2/issues/unlinkJiraIssue', { issueId: issueIds[1] })).body.jiraIssueId).toBeNull();
    expect(p.logs.join('')).not.toContain(TOKEN);
  });

  it('turns refused credentials into a clear error without echoing Jira', async () => {
    await p.api('/api/v2/integrations/jira/updateSettings', { siteUrl: jira.url, accountEmail: EMAIL, apiToken: 'wrong', projectKey: 'SEC' });
    const res = await p.api('/api/v2/integrations/jira/testConnection', {});
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('Jira refused the credentials (HTTP 401): check the account email and API token');
  });
});
