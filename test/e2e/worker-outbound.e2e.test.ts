import { TEST_DIALECTS } from '@nullpath/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { GitFixture, VULNERABLE_APP } from './git-fixture';
import { type Pipeline, createPipeline } from './pipeline';

describe.each(TEST_DIALECTS)('worker clones through the outbound guard on %s', (dialect) => {
  let p: Pipeline;
  let repo: GitFixture;
  afterEach(async () => {
    await p.close();
    repo.destroy();
  });

  it('fails the scan of a file:// remote when the worker does not allow local repositories', async () => {
    // The server side allows it (added earlier, say), the worker's own setting still refuses the clone.
    p = await createPipeline(dialect, { workerOutbound: { allowLocal: false, allowHosts: [] } });
    repo = new GitFixture().write({ 'app.js': VULNERABLE_APP });
    repo.commit('app');
    const repositoryId = (await p.api('/api/v2/repositories/addByUrl', { url: repo.url })).body.repository.id;
    const started = await p.api('/api/v2/scans/start', { repositoryId });
    expect(started.status).toBe(200);
    const done = await p.waitForScan(started.body.scan.id, 30_000);
    expect(done.status).toBe('FAILED');
    expect(done.errorMessage).toContain('url: file:// repositories are local; set NULLPATH_ALLOW_LOCAL_REPOS=1 to allow local repositories');
  });
});
