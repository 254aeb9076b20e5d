import { describe, expect, it } from 'vitest';
import { inventoryOf, summary } from '../../../test/inventory-helpers';

describe('PyPI manifests', () => {
  it('requirements.txt: pins, hashes, -r includes (cycle-safe), markers, extras, editable VCS, unpinned kept as unknown', async () => {
    const inv = await inventoryOf('lockfiles/python/requirements');
    expect(inv.unscanned).toEqual([]);
    expect(summary(inv, 'requirements.txt')).toEqual([
      'Django@3.0.14:prod*',
      'OpenSSL@16.1.0:prod*',
      'PyYAML@>=5.1:prod*',
      'Werkzeug@:prod*:git',
      'aiohttp@3.5.3:prod*',
      'flask@:prod*',
      'jinja2@2.10:prod*',
      'requests@2.19.1:prod*',
    ]);
    const m = inv.manifests.find((x) => x.path === 'requirements.txt')!;
    expect(m.transitiveKnown).toBe(false);
    expect(inv.packages.find((p) => p.name === 'requests')!.purl).toBe('pkg:pypi/requests@2.19.1');
  });

  it('requirements-dev.txt is dev scope; an included file is also scanned on its own', async () => {
    const inv = await inventoryOf('lockfiles/python/requirements');
    expect(summary(inv, 'requirements-dev.txt')).toEqual(['pytest@7.0.0:dev*']);
    expect(inv.manifests.map((m) => m.path).sort()).toEqual(['requirements-dev.txt', 'requirements.txt']);
  });

  it('poetry.lock with pyproject roots, groups and a git source', async () => {
    const inv = await inventoryOf('lockfiles/python/poetry');
    expect(summary(inv)).toEqual(['idna@2.7:prod', 'my-lib@0.3.0:prod*:git', 'pytest@7.0.0:dev*', 'requests@2.19.1:prod*', 'urllib3@1.23:prod']);
    expect(inv.packages.find((p) => p.name === 'urllib3')!.paths).toEqual([['requests@2.19.1', 'urllib3@1.23']]);
  });

  it('Pipfile.lock: default/develop scopes, a package in both keeps both, Pipfile marks direct ones', async () => {
    const inv = await inventoryOf('lockfiles/python/pipfile');
    expect(summary(inv)).toEqual(['jinja2@2.10:prod*', 'markupsafe@1.1.1:prod', 'mylocal@:dev:file', 'pyyaml@5.1:prod*', 'six@1.16.0:prod+dev*']);
    expect(inv.packages.find((p) => p.name === 'six')!.scope).toBe('prod');
  });

  it('uv.lock: the editable project gives prod, optional and dev roots', async () => {
    const inv = await inventoryOf('lockfiles/python/uv');
    expect(summary(inv)).toEqual(['gitdep@1.0.0:prod:git', 'pytest@8.0.0:dev*', 'pyyaml@5.4:optional*', 'requests@2.31.0:prod*', 'urllib3@2.0.6:prod']);
  });

  it('pdm.lock: groups give the scope, dependency strings give the graph', async () => {
    const inv = await inventoryOf('lockfiles/python/pdm');
    expect(summary(inv)).toEqual(['click@7.0:prod', 'flask@1.0:prod*', 'pytest@7.0.0:dev*', 'werkzeug@0.15.0:prod']);
  });
});
