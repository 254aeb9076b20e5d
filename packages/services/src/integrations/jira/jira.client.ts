import { AppError } from '@nullpath/core';
import { integrationBaseUrl } from '../../shared/http-url';
import type { OutboundFetch } from '../../shared/ports';

/** The subset of Jira Cloud REST v3 Nullpath uses: who am I, create an issue, read an issue's summary. */
export interface JiraClient {
  myself(): Promise<{ accountId: string; displayName: string }>;
  createIssue(fields: Record<string, unknown>): Promise<{ key: string; url: string }>;
  getIssue(key: string): Promise<{ key: string; title: string; url: string }>;
}

export interface JiraConnection {
  siteUrl: string;
  email: string;
  apiToken: string;
}

const MAX_RETRIES = 2;
const MAX_WAIT_MS = 5_000;
const TIMEOUT_MS = 15_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Normalises a Jira site URL (https://acme.atlassian.net). */
export const jiraSiteUrl = (raw: string): string => integrationBaseUrl('siteUrl', raw);

/**
 * Basic auth with the account email and API token. 429 and 503 are retried after `Retry-After` (at most
 * twice, 5 s each); 401/403 and 404 become clear errors; Jira's own error text never reaches the caller
 * (it may echo request data) — only the status and a short reason do.
 */
export function createJiraClient(conn: JiraConnection, fetchImpl: OutboundFetch): JiraClient {
  const base = jiraSiteUrl(conn.siteUrl);
  const auth = `Basic ${Buffer.from(`${conn.email}:${conn.apiToken}`).toString('base64')}`;

  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(), TIMEOUT_MS);
      let res;
      try {
        res = await fetchImpl(`${base}${path}`, {
          method,
          headers: { authorization: auth, accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal: ctl.signal,
        });
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw new AppError('VALIDATION_FAILED', `Jira at ${new URL(base).host} could not be reached`, { details: { integration: 'jira' } });
      } finally {
        clearTimeout(timer);
      }
      if ((res.status === 429 || res.status === 503) && attempt < MAX_RETRIES) {
        const after = Number(res.headers.get('retry-after'));
        await sleep(Math.min(MAX_WAIT_MS, Number.isFinite(after) && after > 0 ? after * 1000 : 1000));
        continue;
      }
      const text = await res.text();
      if (res.status === 401 || res.status === 403) throw new AppError('VALIDATION_FAILED', `Jira refused the credentials (HTTP ${res.status}): check the account email and API token`, { details: { integration: 'jira', status: res.status } });
      if (res.status === 404) throw new AppError('NOT_FOUND', `Jira has no such resource (${path.replace(/^\/rest\/api\/3\//, '')})`, { details: { integration: 'jira' } });
      if (res.status === 429 || res.status === 503) throw new AppError('RATE_LIMITED', 'Jira is rate limiting requests; try again later', { details: { integration: 'jira' } });
      if (res.status < 200 || res.status >= 300) throw new AppError('VALIDATION_FAILED', `Jira answered HTTP ${res.status} to ${method} ${path.split('?')[0]}`, { details: { integration: 'jira', status: res.status } });
      try {
        return text ? (JSON.parse(text) as unknown) : {};
      } catch {
        throw new AppError('VALIDATION_FAILED', 'Jira answered with something that is not JSON: is siteUrl a Jira site?', { details: { integration: 'jira' } });
      }
    }
  }

  const browse = (key: string) => `${base}/browse/${encodeURIComponent(key)}`;
  return {
    async myself() {
      const r = (await call('GET', '/rest/api/3/myself')) as { accountId?: string; displayName?: string };
      return { accountId: String(r.accountId ?? ''), displayName: String(r.displayName ?? '') };
    },
    async createIssue(fields) {
      const r = (await call('POST', '/rest/api/3/issue', { fields })) as { key?: unknown };
      if (typeof r.key !== 'string') throw new AppError('VALIDATION_FAILED', 'Jira did not return the new issue key');
      return { key: r.key, url: browse(r.key) };
    },
    async getIssue(key) {
      const r = (await call('GET', `/rest/api/3/issue/${encodeURIComponent(key)}?fields=summary`)) as { key?: unknown; fields?: { summary?: unknown } };
      return { key: typeof r.key === 'string' ? r.key : key, title: typeof r.fields?.summary === 'string' ? r.fields.summary : '', url: browse(key) };
    },
  };
}
