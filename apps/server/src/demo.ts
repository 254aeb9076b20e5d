import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { UserId } from '@nullpath/core';
import type { CreatedToken, ScanView } from '@nullpath/services';
import type { Runtime } from './compose';

const run = promisify(execFile);
export const DEMO_FIXTURE = fileURLToPath(new URL('../../../fixtures/demo-app', import.meta.url));

export interface DemoSetup {
  organizationId: string;
  repositoryId: string;
  scanId: string;
  token: CreatedToken;
}

/**
 * First-start demo: commits the bundled vulnerable app into a local git repository, adds it to a
 * "Demo" organization administered by the admin, starts a scan and issues an API token.
 */
export async function setupDemo(rt: Runtime, opts: { dataDir: string; adminEmail: string }): Promise<DemoSetup> {
  const repoDir = join(opts.dataDir, 'demo', 'demo-shop');
  await rm(repoDir, { recursive: true, force: true });
  await mkdir(repoDir, { recursive: true });
  await cp(DEMO_FIXTURE, repoDir, { recursive: true });
  const gitArgs = ['-c', 'user.name=Nullpath', '-c', 'user.email=demo@nullpath.local', '-c', 'commit.gpgsign=false'];
  await run('git', ['init', '-q', '-b', 'main'], { cwd: repoDir });
  await run('git', ['add', '-A'], { cwd: repoDir });
  await run('git', [...gitArgs, 'commit', '-q', '-m', 'Demo shop'], { cwd: repoDir });

  const { services } = rt;
  const org = await services.bootstrap.createOrgFor({ email: opts.adminEmail, orgName: 'Demo' });
  const actor = { kind: 'user' as const, userId: org.userId as UserId, email: org.email };
  const repo = await services.repositories.add(actor, { organizationId: org.organizationId, url: `file://${repoDir}`, name: 'demo-shop' });
  const scan = await services.scans.start(actor, { organizationId: org.organizationId, repositoryId: repo.id, trigger: 'demo' });
  const token = await services.bootstrap.createToken({ email: opts.adminEmail, orgName: 'Demo', name: 'demo (created on first start)', days: 30 });
  return { organizationId: org.organizationId, repositoryId: repo.id, scanId: scan.id, token };
}

/** Polls until the scan leaves QUEUED/RUNNING or the deadline passes. */
export async function waitForScan(rt: Runtime, demo: DemoSetup, adminUserId: string, email: string, timeoutMs: number): Promise<ScanView> {
  const actor = { kind: 'user' as const, userId: adminUserId as UserId, email };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const scan = await rt.services.scans.get(actor, { organizationId: demo.organizationId, scanId: demo.scanId });
    if ((scan.status !== 'QUEUED' && scan.status !== 'RUNNING') || Date.now() > deadline) return scan;
    await new Promise((r) => setTimeout(r, 500));
  }
}
