import { TEST_DIALECTS } from '@nullpath/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_APP, GitFixture, VULNERABLE_APP } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

/** Triage end to end: decisions, their history and rationales, notes, and what survives real rescans. */
describe.each(TEST_DIALECTS)('triage on %s', (dialect) => {
  let p: Pipeline;
  let repo: GitFixture;
  let repositoryId = '';
  let issueIds: string[] = [];

  const scan = async () => {
    const s = (await p.api('/api/v2/scans/start', { repositoryId })).body.scan;
    expect((await p.waitForScan(s.id)).status).toBe('COMPLETED');
  };
  const get = async (issueId: string) => (await p.api('/api/v2/issues/get', { issueId })).body.issue;

  beforeAll(async () => {
    p = await createPipeline(dialect);
    repo = new GitFixture().write({
      'app.js': VULNERABLE_APP,
      'other.js': VULNERABLE_APP.replace('/ping', '/trace').replace('3000', '3001'),
      'test/ping.test.js': VULNERABLE_APP.replace('/ping', '/test-only').replace('3000', '3002'),
    });
    repo.commit('two vulnerable handlers');
    repositoryId = (await p.api('/api/v2/repositories/addByUrl', { url: repo.url })).body.repository.id;
    await scan();
    issueIds = ((await p.api('/api/v2/issues/search', { categories: ['SAST'], limit: 100 })).body.issues as Array<{ id: string }>).map((i) => i.id);
    expect(issueIds.length).toBeGreaterThanOrEqual(2);
  }, 120_000);
  afterAll(async () => {
    await p.close();
    repo.destroy();
  });

  it('validates every finding from its evidence: a product path is CONFIRMED, a test-only one DISCONFIRMED, and both filter', async () => {
    const confirmed = (await p.api('/api/v2/issues/search', { validationVerdicts: ['CONFIRMED'], limit: 100 })).body.issues as Array<Record<string, any>>;
    const disconfirmed = (await p.api('/api/v2/issues/search', { validationVerdicts: ['DISCONFIRMED'], limit: 100 })).body.issues as Array<Record<string, any>>;
    expect(confirmed.map((i) => i.location.file).sort()).toEqual(expect.arrayContaining(['app.js', 'other.js']));
    expect(confirmed.every((i) => !i.location.file.startsWith('test/'))).toBe(true);
    expect(disconfirmed.filter((i) => i.vulnCategory === 'SAST').map((i) => i.location.file)).toEqual(expect.arrayContaining(['test/ping.test.js']));
    const one = confirmed.find((i) => i.location.file === 'app.js' && i.vulnClass.match(/command/i))!;
    expect(one.validated).toBe('CONFIRMED');
    expect(one.validationSecurityAssessment).toMatch(/req\.query/);
    expect(one.nonExploitableReason).toBeNull();
    expect((await p.api('/api/v1/issues/get', { issueId: one.id })).body.validated).toBe('CONFIRMED');
  });

  it('bulk actions are atomic: one unknown id is a 404 naming it and nothing changes', async () => {
    const res = await p.api('/api/v2/issues/updateStatus', { issueIds: [issueIds[0], 'no-such-issue'], status: 'REVIEWING' });
    expect(res.status).toBe(404);
    expect(res.body.error).toContain("'no-such-issue'");
    expect((await get(issueIds[0]!)).issueStatus).toBe('PENDING_REVIEW');
    expect((await p.api('/api/v2/issues/history', { issueId: issueIds[0] })).body.entries).toEqual([]);
    expect((await p.api('/api/v2/issues/markFalsePositive', { issueIds: [issueIds[0]], reason: '   ' })).status).toBe(400);
  });

  it('records dispositions with rationale and actor, reflected in V1 buckets and the repository triage history', async () => {
    const fp = await p.api('/api/v2/issues/markFalsePositive', { issueIds: [issueIds[0]], reason: 'host is validated by the gateway' });
    expect(fp.body).toEqual({ updated: 1, issueIds: [issueIds[0]] });
    const ne = await p.api('/api/v2/issues/markNonExploitable', { issueIds: [issueIds[1]], reason: 'only reachable from the admin VPN' });
    expect(ne.status).toBe(200);
    const issue = await get(issueIds[1]!);
    expect(issue.issueStatus).toBe('NON_EXPLOITABLE');
    expect(issue.nonExploitableReason).toBe('only reachable from the admin VPN');
    expect(issue.triagedBy).toBe(p.org.admin.userId);
    const v1 = (await p.api('/api/v1/issues/search', { getCounts: true })).body.categoryCounts;
    expect(v1.falsePositive).toBe(1);
    expect(v1.notExploitable).toBe(1);
    const history = (await p.api('/api/v2/issues/triageHistory', { repositoryId })).body;
    expect(history.totalCount).toBe(2);
    expect(history.entries[0]).toMatchObject({ issueId: issueIds[1], disposition: 'NON_EXPLOITABLE', rationale: 'only reachable from the admin VPN', from: 'PENDING_REVIEW', to: 'NON_EXPLOITABLE', actor: { email: p.org.admin.email } });
    const onlyFp = (await p.api('/api/v2/issues/triageHistory', { repositoryId, dispositions: ['FALSE_POSITIVE'] })).body;
    expect(onlyFp.entries.map((e: { issueId: string }) => e.issueId)).toEqual([issueIds[0]]);
    await p.api('/api/v2/issues/markTruePositive', { issueIds: [issueIds[1]] });
    const back = await get(issueIds[1]!);
    expect(back.issueStatus).toBe('PENDING_REVIEW');
    expect(back.nonExploitableReason).toBeNull();
  });

  it('V1 triage endpoints answer 200 and move the V1 status buckets', async () => {
    expect((await p.api('/api/v1/issues/archive', { issueId: issueIds[1] })).body).toEqual({ ok: true, issueId: issueIds[1] });
    expect((await p.api('/api/v1/issues/get', { issueId: issueIds[1] })).body.status).toBe('archived');
    await p.api('/api/v1/issues/unarchive', { issueId: issueIds[1] });
    expect((await p.api('/api/v1/issues/get', { issueId: issueIds[1] })).body.status).toBe('open');
    const entries = (await p.api('/api/v2/issues/history', { issueId: issueIds[1] })).body.entries.map((e: { disposition: string }) => e.disposition);
    expect(entries).toEqual(['NON_EXPLOITABLE', 'TRUE_POSITIVE', 'ARCHIVED', 'UNARCHIVED']);
  });

  it('notes: 5,000 characters are kept, 5,001 are refused unchanged, whitespace clears; hasNote filters', async () => {
    const max = 'n'.repeat(5000);
    expect((await p.api('/api/v2/issues/updateNote', { issueId: issueIds[1], note: max })).body.note).toBe(max);
    const over = await p.api('/api/v2/issues/updateNote', { issueId: issueIds[1], note: `${max}x` });
    expect(over.status).toBe(400);
    expect(over.body.error).toMatch(/5000/);
    expect((await get(issueIds[1]!)).note).toBe(max);
    expect((await p.api('/api/v2/issues/search', { hasNote: true })).body.issues.map((i: { id: string }) => i.id)).toEqual([issueIds[1]]);
    expect((await p.api('/api/v2/issues/updateNote', { issueId: issueIds[1], note: ' \n\t ' })).body.note).toBeNull();
    expect((await get(issueIds[1]!)).note).toBeNull();
    expect((await p.api('/api/v2/issues/search', { hasNote: true })).body.totalCount).toBe(0);
  });

  it('two decisions on one issue at once are both recorded and the later one wins', async () => {
    const [a, b] = await Promise.all([
      p.api('/api/v2/issues/updateStatus', { issueIds: [issueIds[1]], status: 'REVIEWING' }),
      p.api('/api/v2/issues/updateStatus', { issueIds: [issueIds[1]], status: 'BACKLOG' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const entries = (await p.api('/api/v2/issues/history', { issueId: issueIds[1] })).body.entries as Array<{ disposition: string; to: string }>;
    const statusChanges = entries.filter((e) => e.disposition === 'STATUS_CHANGE');
    expect(statusChanges.map((e) => e.to).sort()).toEqual(['BACKLOG', 'REVIEWING']);
    expect((await get(issueIds[1]!)).issueStatus).toBe(statusChanges[statusChanges.length - 1]!.to);
  });

  it('triage survives rescans that move code; a fixed issue that comes back is REOPENED on record', async () => {
    await p.api('/api/v2/issues/updateSeverity', { issueId: issueIds[1], severity: 'LOW', reason: 'internal tool' });
    expect((await get(issueIds[1]!)).score).toBe(25);
    // 30 lines above every finding: same identity, same decisions.
    const pad = Array.from({ length: 30 }, (_, i) => `// padding line ${i}`).join('\n');
    repo.write({
      'app.js': `${pad}\n${VULNERABLE_APP}`,
      'other.js': `${pad}\n${VULNERABLE_APP.replace('/ping', '/trace').replace('3000', '3001')}`,
      'test/ping.test.js': `${pad}\n${VULNERABLE_APP.replace('/ping', '/test-only').replace('3000', '3002')}`,
    });
    repo.commit('move code down');
    await scan();
    const fp = await get(issueIds[0]!);
    expect(fp.issueStatus).toBe('FALSE_POSITIVE');
    expect(fp.location.startLine, JSON.stringify({ lastScanId: fp.lastScanId, resolvedAt: fp.resolvedAt, file: fp.location.file, title: fp.title })).toBeGreaterThan(30);
    const sev = await get(issueIds[1]!);
    expect(sev.score).toBe(25);
    expect(sev.severityOverridden).toBe(true);
    expect((await p.api('/api/v2/issues/search', { categories: ['SAST'], limit: 100 })).body.totalCount).toBe(issueIds.length);

    await p.api('/api/v2/issues/updateStatus', { issueIds: [issueIds[1]], status: 'PENDING_REVIEW' });
    const fixedFile = issueIdsFile(await get(issueIds[1]!));
    repo.write({ [fixedFile]: FIXED_APP });
    repo.commit('fix');
    await scan();
    expect((await get(issueIds[1]!)).issueStatus).toBe('RESOLVED');
    repo.write({ [fixedFile]: VULNERABLE_APP });
    repo.commit('regress');
    await scan();
    expect((await get(issueIds[1]!)).issueStatus).toBe('PENDING_REVIEW');
    const reopened = (await p.api('/api/v2/issues/triageHistory', { repositoryId, dispositions: ['REOPENED'] })).body.entries;
    // Every finding of the file that was fixed and came back, and nothing else.
    expect(reopened.map((e: { issueId: string }) => e.issueId)).toContain(issueIds[1]);
    for (const e of reopened) {
      expect(e).toMatchObject({ disposition: 'REOPENED', from: 'RESOLVED', actor: { type: 'system' } });
      expect(issueIdsFile(await get(e.issueId))).toBe(fixedFile);
    }
  }, 120_000);
});

const issueIdsFile = (issue: { location: { file: string } }): string => issue.location.file;
