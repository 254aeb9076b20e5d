import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@nullpath/server';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The smoke e2e (architecture.md §6): the real server serving the built dashboard, driven by Debian Chromium.
const DIST_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const ADMIN_EMAIL = 'admin@nullpath.local';

let server: RunningServer;
let browser: Browser;
let dataDir: string;
let adminPassword: string;

beforeAll(async () => {
  if (!existsSync(DIST_INDEX)) {
    throw new Error(`The dashboard is not built (${DIST_INDEX} is missing): run \`npm run build:web\` first (\`npm test\` does it).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get update -qq && apt-get install -y -qq chromium`);
  }
  dataDir = await mkdtemp(join(tmpdir(), 'nullpath-web-e2e-'));
  const lines: string[] = [];
  server = await startServer({
    dataDir,
    databaseUrl: '', // always the embedded SQLite database, even when DATABASE_URL is set for other suites
    port: 0,
    host: '127.0.0.1',
    logLevel: 'warn',
    handleSignals: false,
    allowLocalRepos: true,
    print: (line) => lines.push(line),
  });
  const match = lines.map((l) => /^Admin login: (\S+)\s+password: (\S+)/.exec(l)).find((m) => m !== null);
  if (!match?.[2]) throw new Error(`No admin password in the startup banner:\n${lines.join('\n')}`);
  expect(match[1]).toBe(ADMIN_EMAIL);
  adminPassword = match[2];
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.waitForURL('**/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').filter({ hasText: email }).waitFor();
}

function orgsListWithToken(tokenId: string, tokenSecret: string): Promise<Response> {
  return fetch(`${server.url}/api/v1/orgs/list`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-ZeroPath-API-Token-Id': tokenId,
      'X-ZeroPath-API-Token-Secret': tokenSecret,
    },
    body: '{}',
  });
}

describe('dashboard in Chromium against a real server', () => {
  it('creates an API token that works once shown, and stops working after delete', async () => {
    const page = await newPage();
    await signIn(page, ADMIN_EMAIL, adminPassword);

    await page.getByTestId('nav-members').click();
    await page.getByTestId('members-page').waitFor();
    await page.getByTestId('nav-api-tokens').click();
    await page.waitForURL('**/settings/api-tokens');
    await page.getByTestId('tokens-empty').waitFor();

    await page.getByTestId('create-token-button').click();
    await page.getByTestId('token-name-input').fill('e2e token');
    await page.getByTestId('token-expiration-input').fill('400');
    await page.getByTestId('create-token-submit').click();
    await page.getByText('Expiration must be a whole number of days from 1 to 365').waitFor();
    await page.getByTestId('token-expiration-input').fill('30');
    await page.getByTestId('create-token-submit').click();

    await page.getByTestId('token-secret-view').waitFor();
    expect(await page.getByTestId('token-secret-warning').innerText()).toContain('cannot be shown again');
    const tokenId = await page.getByTestId('created-token-id').inputValue();
    const tokenSecret = await page.getByTestId('created-token-secret').inputValue();
    expect(tokenId).toMatch(/^[0-9a-f-]{36}$/);
    expect(tokenSecret.length).toBeGreaterThanOrEqual(32);

    const ok = await orgsListWithToken(tokenId, tokenSecret);
    expect(ok.status).toBe(200);
    const orgs = (await ok.json()) as Array<{ id: string; name: string; role: string }>;
    expect(orgs).toEqual([{ id: expect.any(String), name: 'Default', role: 'ADMIN' }]);

    await page.getByTestId('token-secret-done').click();
    await page.getByTestId('token-secret-view').waitFor({ state: 'detached' });
    const row = page.getByTestId(`token-row-${tokenId}`);
    await row.waitFor();
    expect(await row.getByTestId('token-name').innerText()).toBe('e2e token');
    expect(await page.content()).not.toContain(tokenSecret);

    await page.reload();
    await row.waitFor();
    expect(await row.getByTestId('token-status').innerText()).toMatch(/active/i);
    expect(await page.content()).not.toContain(tokenSecret);

    await page.getByTestId(`delete-token-${tokenId}`).click();
    await page.getByTestId('delete-token-dialog').getByText(tokenId).waitFor();
    await page.getByTestId('confirm-delete-token').click();
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('tokens-empty').waitFor();

    const rejected = await orgsListWithToken(tokenId, tokenSecret);
    expect(rejected.status).toBe(401);
    expect(await rejected.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    await page.context().close();
  });

  it('invites a member who accepts on the invitation page, then changes their role and removes them', async () => {
    const admin = await newPage();
    await signIn(admin, ADMIN_EMAIL, adminPassword);
    await admin.getByTestId('nav-members').click();
    await admin.getByTestId(`member-row-${ADMIN_EMAIL}`).waitFor();

    await admin.getByTestId('invite-member-button').click();
    await admin.getByTestId('invite-email-input').fill('dev@example.com');
    await admin.getByTestId('invite-submit').click();
    const inviteUrl = await admin.getByTestId('invite-url').inputValue();
    const token = new URL(inviteUrl).searchParams.get('token');
    expect(token).toBeTruthy();
    await admin.getByTestId('invitation-done').click();
    const devRow = admin.getByTestId('member-row-dev@example.com');
    expect(await devRow.getByTestId('member-status').getAttribute('data-status')).toBe('pendingInvite');

    const dev = await newPage();
    await dev.goto(`/invite?token=${encodeURIComponent(token ?? '')}`);
    expect(await dev.getByTestId('invitation-org').innerText()).toBe('Default');
    await dev.getByTestId('invite-password-input').fill('dev-password-1');
    await dev.getByTestId('invite-password-confirm-input').fill('dev-password-1');
    await dev.getByTestId('accept-invitation').click();
    await dev.waitForURL('**/settings/api-tokens');
    await dev.getByTestId('current-user').filter({ hasText: 'dev@example.com' }).waitFor();
    await dev.context().close();

    await admin.reload();
    await devRow.getByTestId('member-status').and(admin.locator('[data-status="active"]')).waitFor();
    await admin.getByTestId('member-role-dev@example.com').click();
    await admin.getByRole('option', { name: 'Admin' }).click();
    await admin.getByTestId('member-role-dev@example.com').and(admin.locator('[value="Admin"]')).waitFor();

    await admin.getByTestId('remove-member-dev@example.com').click();
    await admin.getByTestId('confirm-remove-member').click();
    await admin.getByTestId('remove-member-dialog').getByText("'dev@example.com' is an admin: demote to member first").waitFor();
    expect(await admin.getByTestId('remove-member-dialog').getByTestId('api-error-request-id').innerText()).not.toBe('');
    await admin.keyboard.press('Escape');
    await admin.getByTestId('confirm-remove-member').waitFor({ state: 'detached' });

    await admin.getByTestId('member-role-dev@example.com').click();
    await admin.getByRole('option', { name: 'Member' }).click();
    await admin.getByTestId('member-role-dev@example.com').and(admin.locator('[value="Member"]')).waitFor();
    await admin.getByTestId('remove-member-dev@example.com').click();
    await admin.getByTestId('confirm-remove-member').click();
    await devRow.waitFor({ state: 'detached' });
    await admin.context().close();
  });
});
