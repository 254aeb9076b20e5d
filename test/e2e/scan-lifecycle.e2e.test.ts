import { TEST_DIALECTS } from '@nullpath/testing';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_LOCK, DEMO_PKG, FIXED_APP, GitFixture, VULNERABLE_APP } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

const CMD_RULE = /command/i;

describe.each(TEST_DIALECTS)('scan lifecycle on %s', (dialect) => {
  let p: Pipeline;
  let repo: GitFixture;
  beforeEach(async () => {
    p = await createPipeline(dialect);
    repo = new GitFixture().write({ 'src/app.js': VULNERABLE_APP, 'package.json': DEMO_PKG, 'package-lock.json': DEMO_LOCK });
    repo.commit('vulnerable app');
  });
  afterEach(async () => {
    await p.close();
    repo.destroy();
  });

  async function addRepo(): Promise<string> {
    const r = await p.api('/api/v2/repositories/addByUrl', { url: repo.url, tags: ['demo'] });
    expect(r.status).toBe(200);
    return r.body.repository.id;
  }

  async function scan(repositoryId: string) {
    const started = await p.api('/api/v2/scans/start', { repositoryId });
    expect(started.status).toBe(200);
    const done = await p.waitForScan(started.body.scan.id);
    expect(done.errorMessage).toBeNull();
    expect(done.status).toBe('COMPLETED');
    return done;
  }

  const openIssues = async (repositoryId: string) =>
    (await p.api('/api/v2/issues/search', { repositoryIds: [repositoryId], statuses: ['PENDING_REVIEW'], limit: 100 })).body.issues as any[];

  it('finds SAST and SCA issues, resolves them when fixed, reopens the same issue on revert and keeps triage', async () => {
    const repositoryId = await addRepo();
    const first = await scan(repositoryId);
    expect(first.commitSha).toMatch(/^[0-9a-f]{40}$/);
    expect(first.counts.total).toBeGreaterThan(0);

    const issues = await openIssues(repositoryId);
    const cmd = issues.find((i) => i.vulnCategory === 'SAST' && CMD_RULE.test(i.vulnClass));
    expect(cmd).toBeDefined();
    expect(cmd.location).toMatchObject({ file: 'src/app.js', startLine: 7 });
    expect(cmd.trace.length).toBeGreaterThanOrEqual(2);
    expect(cmd.cwes).toContain('CWE-78');
    const lodash = issues.find((i) => i.vulnCategory === 'SCA' && i.sca.packageName === 'lodash');
    expect(lodash.sca).toMatchObject({ version: '4.17.15', transitivity: 'direct', manifestPath: 'package-lock.json' });
    expect(lodash.sca.fixedVersion).toMatch(/^4\.17\.\d+$/);

    // Triage is stored by a later feature; whatever a human set must survive re-scans.
    await sql`update issues set triage_status = 'REVIEWING', status = 'REVIEWING' where id = ${lodash.id}`.execute(p.db);

    repo.write({ 'src/app.js': FIXED_APP }).commit('fix command injection');
    const second = await scan(repositoryId);
    expect(second.counts.resolved).toBeGreaterThanOrEqual(1);
    const fixed = (await p.api('/api/v2/issues/get', { issueId: cmd.id })).body.issue;
    expect(fixed.issueStatus).toBe('RESOLVED');
    expect(fixed.resolvedAt).not.toBeNull();
    expect((await p.api('/api/v2/issues/get', { issueId: lodash.id })).body.issue.issueStatus).toBe('REVIEWING');

    repo.git('revert', '--no-edit', 'HEAD');
    await scan(repositoryId);
    const back = (await p.api('/api/v2/issues/get', { issueId: cmd.id })).body.issue;
    expect(back.issueStatus).toBe('PENDING_REVIEW');
    expect(back.resolvedAt).toBeNull();
    expect(back.firstScanId).toBe(first.id);
    const all = (await p.api('/api/v2/issues/search', { repositoryIds: [repositoryId], limit: 100 })).body;
    expect(all.issues.filter((i: any) => CMD_RULE.test(i.vulnClass) && i.location.file === 'src/app.js')).toHaveLength(1);
  });

  it('serves the V1 shapes clients rely on', async () => {
    const repositoryId = await addRepo();
    await scan(repositoryId);
    const list = await p.api('/api/v1/repositories/list', {});
    expect(Array.isArray(list.body)).toBe(true);
    expect(list.body[0]).toMatchObject({ id: repositoryId, tags: ['demo'], genericGit: { repositoryUrl: repo.url, linkActive: true } });
    expect(list.body[0].issueCounts.open).toBeGreaterThan(0);

    const v1 = await p.api('/api/v1/issues/search', { page: 1, pageSize: 2, getCounts: true });
    expect(v1.status).toBe(200);
    expect(v1.body).not.toHaveProperty('error');
    expect(v1.body.issues).toHaveLength(2);
    expect(v1.body.currentPage).toBe(1);
    expect(v1.body.categoryCounts.open).toBe(v1.body.totalCount);
    expect(typeof v1.body.issues[0].severity).toBe('number');
    expect(v1.body.issues[0].score).toBeGreaterThanOrEqual(v1.body.issues[1].score);
    const one = await p.api('/api/v1/issues/get', { issueId: v1.body.issues[0].id });
    expect(one.body).toMatchObject({ id: v1.body.issues[0].id, status: 'open', patch: null });

    const scans = await p.api('/api/v1/scans/list', { repositoryIds: [repositoryId] });
    expect(scans.body.codeScans[0]).toMatchObject({ repositoryId, status: 'completed', finished: true, codeScanFinished: true, codeScanType: 'FullScan' });

    const sca = await p.api('/api/v1/sca/vulnerabilities/search', { ecosystems: ['npm'], page: 1, pageSize: 50 });
    const lodashVuln = sca.body.vulnerabilities.find((v: any) => v.package.name === 'lodash');
    expect(lodashVuln).toMatchObject({ package: { version: '4.17.15', ecosystem: 'npm' }, transitivity: 'direct' });
    expect(['reachable', 'not-reachable', 'unknown']).toContain(lodashVuln.reachability);
    const got = await p.api('/api/v1/sca/vulnerabilities/get', { id: lodashVuln.id });
    expect(got.body.fixedVersion).toBe(lodashVuln.fixedVersion);
    const scaRepos = await p.api('/api/v1/sca/repositories/search', {});
    expect(scaRepos.body.repositories[0]).toMatchObject({ id: repositoryId });
    expect(scaRepos.body.repositories[0].totalDependencies).toBeGreaterThan(10);
    const allSca = await p.api('/api/v1/sca/vulnerabilities/search', { page: 1, pageSize: 500 });
    const r0 = scaRepos.body.repositories[0];
    expect(r0.criticalCount + r0.highCount + r0.mediumCount + r0.lowCount).toBe(allSca.body.totalCount);
    expect(r0.vulnerablePackages).toBe(new Set(allSca.body.vulnerabilities.map((v: any) => v.package.name)).size);
  });

  it('deletes a repository with everything it owns and can add the same URL again', async () => {
    const repositoryId = await addRepo();
    await scan(repositoryId);
    const del = await p.api('/api/v2/repositories/delete', { repositoryId });
    expect(del.body).toEqual({ deleted: true, repositoryIds: [repositoryId] });
    for (const table of ['scans', 'issues', 'scan_findings', 'scan_events', 'scan_components'] as const) {
      const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(p.db);
      expect(Number(r.rows[0]!.n)).toBe(0);
    }
    const again = await addRepo();
    expect(again).not.toBe(repositoryId);
    expect((await openIssues(again))).toHaveLength(0);
  });
});
