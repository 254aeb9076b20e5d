import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@nullpath/server';
import { type ScanWorker, builtinRuleSource, startScanWorker } from '@nullpath/worker';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOCK, DEMO_PKG, GitFixture, VULNERABLE_APP } from '../../../test/e2e/git-fixture';

// Issue deep links (issue 21): the `url` the API gives clients (Backstage "View", VS Code, MCP answers) opens the
// issue page in a browser, through sign-in and back to the same page.
const DIST_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const ADMIN_EMAIL = 'admin@nullpath.local';

let server: RunningServer;
let worker: ScanWorker;
let browser: Browser;
let dataDir: string;
let repo: GitFixture;
let adminPassword: string;
let headers: Record<string, string>;

async function api(path: string, body: object): Promise<any> {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return res.json();
}

beforeAll(async () => {
  if (!existsSync(DIST_INDEX)) throw new Error(`The dashboard is not built (${DIST_INDEX} is missing): run \`npm run build:web\` first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update -qq && apt-get install -y -qq chromium`);
  dataDir = await mkdtemp(join(tmpdir(), 'nullpath-web-link-e2e-'));
  repo = new GitFixture().write({ 'src/app.js': VULNERABLE_APP, 'package.json': DEMO_PKG, 'package-lock.json': DEMO_LOCK });
  repo.commit('vulnerable app');
  const lines: string[] = [];
  server = await startServer({
    dataDir, databaseUrl: '', port: 0, host: '127.0.0.1', logLevel: 'warn', handleSignals: false, orgName: 'Links', allowLocalRepos: true,
    print: (line) => lines.push(line),
  });
  adminPassword = lines.map((l) => /^Admin login: (\S+)\s+password: (\S+)/.exec(l)).find((m) => m !== null)?.[2] ?? '';
  expect(adminPassword).not.toBe('');
  worker = await startScanWorker({
    queue: server.runtime.queue, services: server.runtime.services, logger: server.runtime.logger, workDir: join(dataDir, 'work'),
    rules: builtinRuleSource, scheduleTickMs: 500, cancelPollMs: 300, outbound: server.outbound,
  });
  server.onClose(() => worker.stop());
  const t = await server.runtime.services.bootstrap.createToken({ email: ADMIN_EMAIL, orgName: 'Links', days: 1 });
  headers = { 'X-ZeroPath-API-Token-Id': t.tokenId, 'X-ZeroPath-API-Token-Secret': t.tokenSecret };
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  repo?.destroy();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('issue deep links', () => {
  it('opens an issue url signed out, goes through sign-in and lands on that issue', async () => {
    const { repository } = await api('/api/v2/repositories/addByUrl', { url: repo.url });
    const { scan } = await api('/api/v2/scans/start', { repositoryId: repository.id });
    for (let s = scan; ['QUEUED', 'RUNNING'].includes(s.status); ) {
      await new Promise((r) => setTimeout(r, 200));
      s = (await api('/api/v2/scans/get', { scanId: scan.id })).scan;
    }
    const { issues } = await api('/api/v1/issues/search', { types: ['open'] });
    expect(issues.length).toBeGreaterThan(0);
    const issue = issues[0];
    // The server prints its address (no NULLPATH_PUBLIC_URL here): links are absolute under it.
    expect(issue.url).toBe(`${server.url}/issues/${issue.id}`);
    const v2 = await api('/api/v2/issues/get', { issueId: issue.id });
    expect(v2.issue.url).toBe(issue.url);

    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(issue.url);
    await page.waitForURL((u) => u.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/issues/${issue.id}`);
    await page.getByTestId('login-email').fill(ADMIN_EMAIL);
    await page.getByTestId('login-password').fill(adminPassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(issue.url);
    expect(await page.getByTestId('issue-title').innerText()).toBe(issue.generatedTitle);

    // The API-token page links to the client set-up guide (docs/clients.md, bundled into the dashboard).
    await page.goto(`${server.url}/settings/api-tokens`);
    await page.getByTestId('client-setup-link').click();
    await page.waitForURL((u) => u.pathname === '/settings/clients');
    await page.getByRole('heading', { name: 'Backstage plugin (`@zeropath/plugin-backstage`)'.replace(/`/g, '') }).waitFor();
    expect(await page.getByTestId('client-setup-page').innerText()).toContain("proxy:\n  endpoints:\n    '/zeropath':");

    // A crafted next= to another origin is not followed after sign-in.
    const other = await (await browser.newContext()).newPage();
    await other.goto(`${server.url}/login?next=${encodeURIComponent('//evil.example/x')}`);
    await other.getByTestId('login-email').fill(ADMIN_EMAIL);
    await other.getByTestId('login-password').fill(adminPassword);
    await other.getByTestId('login-submit').click();
    await other.waitForURL((u) => u.pathname === '/settings/api-tokens');
    expect(new URL(other.url()).origin).toBe(server.url);
  });
});
