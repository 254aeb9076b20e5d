import { TEST_DIALECTS } from '@nullpath/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_LOCK, DEMO_PKG, GitFixture, VULNERABLE_APP } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

/** Enough files that SAST runs for several seconds, so a running scan can be cancelled mid-way. */
function bigTree(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    files[`src/gen/module${i}.js`] = `const { exec } = require('child_process');\nmodule.exports = function run${i}(req) {\n  const v = [req.query.a, req.query.b].map((x) => String(x).trim()).join(' ');\n  for (let k = 0; k < 3; k++) { if (v.length > k) { exec('echo ' + v); } }\n  return v;\n};\n`;
  }
  return files;
}

describe.each(TEST_DIALECTS)('scan control on %s', (dialect) => {
  let p: Pipeline;
  let repo: GitFixture;
  let repositoryId: string;
  beforeEach(async () => {
    p = await createPipeline(dialect, { worker: false });
    repo = new GitFixture().write({ 'src/app.js': VULNERABLE_APP, 'package.json': DEMO_PKG, 'package-lock.json': DEMO_LOCK });
    repo.commit('app');
    repositoryId = (await p.api('/api/v2/repositories/addByUrl', { url: repo.url })).body.repository.id;
  });
  afterEach(async () => {
    await p.close();
    repo.destroy();
  });

  it('rejects a second full scan of the same branch with 409 naming the active scan, and creates no duplicate', async () => {
    const first = await p.api('/api/v2/scans/start', { repositoryId });
    expect(first.status).toBe(200);
    const second = await p.api('/api/v2/scans/start', { repositoryId });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('CONFLICT');
    expect(second.body.error).toContain(first.body.scan.id);
    const v1 = await p.api('/api/v1/scans/start', { repositoryIds: JSON.stringify([repositoryId]) });
    expect(v1.status).toBe(409);
    const other = await p.api('/api/v2/scans/start', { repositoryId, branch: 'develop' });
    expect(other.status).toBe(200);
    const list = await p.api('/api/v2/scans/list', { repositoryIds: [repositoryId] });
    expect(list.body.totalCount).toBe(2);
  });

  it('cancels a queued scan at once and a running scan within seconds', async () => {
    const queued = await p.api('/api/v2/scans/start', { repositoryId });
    const c1 = await p.api('/api/v2/scans/cancel', { scanId: queued.body.scan.id });
    expect(c1.body.scan.status).toBe('CANCELLED');
    expect((await p.api('/api/v2/scans/cancel', { scanId: queued.body.scan.id })).status).toBe(409);

    repo.write(bigTree(1500)).commit('many files');
    const running = await p.api('/api/v2/scans/start', { repositoryId });
    await p.startWorker();
    const id = running.body.scan.id;
    for (let i = 0; i < 200; i++) {
      const s = (await p.api('/api/v2/scans/get', { scanId: id })).body.scan;
      if (s.status === 'RUNNING' && s.phase.startsWith('sast')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const requested = Date.now();
    const c2 = await p.api('/api/v2/scans/cancel', { scanId: id });
    expect(c2.body.scan.cancelRequested).toBe(true);
    const done = await p.waitForScan(id, 20_000);
    expect(done.status).toBe('CANCELLED');
    expect(Date.now() - requested).toBeLessThan(10_000);
  });

  it('fires a schedule exactly once per tick even when two schedulers race', async () => {
    const created = await p.api('/api/v2/scans/schedules/create', { repositoryId, cron: '0 3 * * *', timezone: 'Europe/Berlin', branch: 'main' });
    expect(created.status).toBe(200);
    const s = created.body.schedule;
    expect(s.nextRuns).toHaveLength(3);
    expect(s.nextRunAt).toBe('2026-11-28T02:00:00.000Z');
    p.clock.now = new Date('2026-11-28T02:00:05.000Z');
    const fired = await Promise.all([p.services.schedules.tick(), p.services.schedules.tick(), p.services.schedules.tick()]);
    expect(fired.reduce((a, b) => a + b, 0)).toBe(1);
    const scans = await p.api('/api/v2/scans/list', { repositoryIds: [repositoryId] });
    expect(scans.body.scans.map((x: any) => [x.trigger, x.scheduleId])).toEqual([['schedule', s.id]]);
    const after = (await p.api('/api/v2/scans/schedules/list', { repositoryId })).body.schedules[0];
    expect(after.nextRunAt).toBe('2026-11-29T02:00:00.000Z');
    expect(after.lastRunAt).toBe('2026-11-28T02:00:00.000Z');

    const off = await p.api('/api/v2/scans/schedules/update', { scheduleId: s.id, enabled: false });
    expect(off.body.schedule).toMatchObject({ enabled: false, nextRunAt: null, nextRuns: [] });
    p.clock.now = new Date('2026-11-30T02:00:05.000Z');
    expect(await p.services.schedules.tick()).toBe(0);
    expect((await p.api('/api/v2/scans/schedules/create', { repositoryId, cron: 'not a cron' })).status).toBe(400);
    expect((await p.api('/api/v2/scans/schedules/create', { repositoryId, cron: '* * * * *', timezone: 'Mars/Olympus' })).body.error).toMatch(/^timezone:/);
    expect((await p.api('/api/v2/scans/schedules/delete', { scheduleId: s.id })).status).toBe(200);
  });

  it('PR scans report only findings on changed lines and group rescans per pull request', async () => {
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/new.js': "const { exec } = require('child_process');\nmodule.exports = (req) => exec('ls ' + req.query.dir);\n" }).commit('feature');
    repo.git('checkout', '-q', 'main');
    await p.startWorker();
    const pr = await p.api('/api/v2/scans/start', { repositoryId, type: 'PrScan', baseRef: 'main', headRef: 'feature', prNumber: 7 });
    expect(pr.status).toBe(200);
    const done = await p.waitForScan(pr.body.scan.id);
    expect(done).toMatchObject({ status: 'COMPLETED', type: 'PrScan', prKey: '#7', baseRef: 'main', headRef: 'feature' });
    const issues = (await p.api('/api/v2/issues/search', { scanId: done.id, limit: 100 })).body.issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i: any) => i.location.file === 'src/new.js' && i.codeScanType === 'PrScan')).toBe(true);

    const again = await p.api('/api/v2/scans/start', { repositoryId, type: 'PrScan', baseRef: 'main', headRef: 'feature', prNumber: 7 });
    await p.waitForScan(again.body.scan.id);
    const grouped = await p.api('/api/v2/scans/list', { repositoryIds: [repositoryId], types: ['PrScan'], latestPerPr: true });
    expect(grouped.body.scans.map((s: any) => [s.id, s.prScanCount])).toEqual([[again.body.scan.id, 2]]);
    const fullOnly = await p.api('/api/v2/issues/search', { codeScanTypes: ['FullScan'] });
    expect(fullOnly.body.totalCount).toBe(0);
  });

  it('streams scan progress over SSE and resumes after Last-Event-ID', async () => {
    const started = await p.api('/api/v2/scans/start', { repositoryId });
    await p.startWorker();
    const id = started.body.scan.id;
    await p.waitForScan(id);
    const address = await p.app.listen({ port: 0, host: '127.0.0.1' });
    const read = async (headers: Record<string, string>) => {
      const res = await fetch(`${address}/api/v2/scans/stream?scanId=${id}`, { headers: { ...p.admin.headers, ...headers } });
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      return (await res.text()).split('\n\n').filter((b) => b.startsWith('id:')).map((b) => ({
        id: Number(/^id: (\d+)/m.exec(b)![1]),
        event: /^event: (\w+)/m.exec(b)![1]!,
        data: JSON.parse(/^data: (.*)$/m.exec(b)![1]!),
      }));
    };
    const all = await read({});
    expect(all[0]).toMatchObject({ id: 1, event: 'phase', data: { phase: 'queued' } });
    expect(all.map((e) => e.event)).toContain('progress');
    expect(all.at(-1)).toMatchObject({ event: 'finished', data: { status: 'COMPLETED' } });
    expect(all.map((e) => e.id)).toEqual(all.map((_, i) => i + 1));
    const resumed = await read({ 'last-event-id': String(all.length - 2) });
    expect(resumed.map((e) => e.id)).toEqual([all.length - 1, all.length]);
    const over = await fetch(`${address}/api/v2/scans/stream?scanId=${id}`, { headers: { ...p.admin.headers, 'last-event-id': String(all.length) } });
    expect(over.status).toBe(204);
    const denied = await fetch(`${address}/api/v2/scans/stream?scanId=${id}`);
    expect(denied.status).toBe(401);
  });

  it('scans monorepo partitions on their own and deletes them with the repository', async () => {
    const mono = new GitFixture().write({
      'services/api/app.js': VULNERABLE_APP,
      'services/web/index.js': 'module.exports = () => 1;\n',
    });
    mono.commit('monorepo');
    const added = await p.api('/api/v2/repositories/addByUrl', { url: mono.url, partitions: [{ path: 'services/api' }, { path: 'services/web' }] });
    expect(added.body.repository.partitions.map((x: any) => x.partitionPath)).toEqual(['services/api', 'services/web']);
    const [api, web] = added.body.repository.partitions;
    await p.startWorker();
    const s1 = await p.waitForScan((await p.api('/api/v2/scans/start', { repositoryId: api.id })).body.scan.id);
    const s2 = await p.waitForScan((await p.api('/api/v2/scans/start', { repositoryId: web.id })).body.scan.id);
    expect(s1.counts.total).toBeGreaterThan(0);
    expect(s2.counts.total).toBe(0);
    const apiIssues = (await p.api('/api/v2/issues/search', { repositoryIds: [api.id] })).body.issues;
    expect(apiIssues.every((i: any) => i.location.file.startsWith('services/api/'))).toBe(true);
    const del = await p.api('/api/v2/repositories/delete', { repositoryId: added.body.repository.id });
    expect(del.body.repositoryIds.sort()).toEqual([added.body.repository.id, api.id, web.id].sort());
    expect((await p.api('/api/v2/repositories/list', {})).body.repositories.map((r: any) => r.id)).toEqual([repositoryId]);
    mono.destroy();
  });
});
