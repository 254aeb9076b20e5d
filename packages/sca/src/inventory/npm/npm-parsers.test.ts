import { describe, expect, it } from 'vitest';
import { inventoryOf, summary } from '../../../test/inventory-helpers';

// Every lockfile below was generated from the same package.json (debug 2.6.8 → ms 2.0.0, ms 2.1.1 direct,
// minimist 0.0.8 dev, lodash 4.17.15 optional) by the real tool, so all of them must agree.
const EXPECTED = ['debug@2.6.8:prod*', 'lodash@4.17.15:optional*', 'minimist@0.0.8:dev*', 'ms@2.0.0:prod', 'ms@2.1.1:prod*'];

describe('npm-family lockfiles', () => {
  it.each([
    ['lock-v1', 'package-lock.json'],
    ['lock-v2', 'package-lock.json'],
    ['lock-v3', 'package-lock.json'],
    ['shrinkwrap', 'npm-shrinkwrap.json'],
    ['yarn-v1', 'yarn.lock'],
    ['yarn-berry', 'yarn.lock'],
    ['pnpm-v6', 'pnpm-lock.yaml'],
    ['pnpm-v9', 'pnpm-lock.yaml'],
    ['bun', 'bun.lock'],
  ])('%s/%s yields the same packages, scopes and direct flags', async (dir, file) => {
    const inv = await inventoryOf(`lockfiles/npm/${dir}`);
    expect(inv.unscanned).toEqual([]);
    expect(inv.manifests.map((m) => m.path)).toEqual([file]);
    expect(summary(inv)).toEqual(EXPECTED);
  });

  it('keeps both copies of ms and the path through debug for the nested one', async () => {
    const inv = await inventoryOf('lockfiles/npm/lock-v3');
    const ms = inv.packages.filter((p) => p.name === 'ms');
    expect(ms.map((p) => p.version)).toEqual(['2.0.0', '2.1.1']);
    expect(ms[0]!.paths).toEqual([['debug@2.6.8', 'ms@2.0.0']]);
    expect(ms[0]!.directDependencies).toEqual(['debug']);
    expect(ms[0]!.purl).toBe('pkg:npm/ms@2.0.0');
    expect(inv.packages.find((p) => p.name === 'debug')!.dependencies).toEqual(['pkg:npm/ms@2.0.0']);
  });

  it('reads npm 6 bundled dependencies with "resolved": false instead of skipping the file (Trivy #11155)', async () => {
    const inv = await inventoryOf('lockfiles/npm/v1-bundled');
    expect(inv.unscanned).toEqual([]);
    expect(summary(inv)).toEqual(['minimist@0.0.8:prod', 'node-pre-gyp@0.10.0:prod*', 'string-width@4.2.3:prod*', 'tar@4.4.1:prod']);
    expect(inv.packages.find((p) => p.name === 'minimist')!.paths).toEqual([['node-pre-gyp@0.10.0', 'tar@4.4.1', 'minimist@0.0.8']]);
  });

  it('marks git and linked dependencies with their source type', async () => {
    const inv = await inventoryOf('lockfiles/npm/git-deps');
    expect(summary(inv)).toEqual(['local-lib@0.1.0:prod*:link', 'lodash@4.17.4:prod*:git', 'minimist@1.2.0:prod*']);
    expect(inv.packages.find((p) => p.name === 'lodash')!.resolved).toMatch(/^git\+ssh:/);
  });

  it('yarn v1: git dependency reached through a scoped package keeps source git', async () => {
    const inv = await inventoryOf('lockfiles/npm/yarn-git');
    expect(summary(inv)).toEqual(['@scope/pkg@1.0.2:prod*', 'left-pad@1.1.0:prod:git']);
    expect(inv.packages.find((p) => p.name === '@scope/pkg')!.purl).toBe('pkg:npm/%40scope/pkg@1.0.2');
  });

  it('npm workspaces: members are link packages, their dependencies (dev ones too) hang below them', async () => {
    const inv = await inventoryOf('lockfiles/npm/workspaces');
    expect(inv.unscanned).toEqual([]);
    expect(summary(inv)).toEqual(['@ws/a@0.1.0:prod*:link', '@ws/b@0.2.0:prod*:link', 'debug@2.6.8:prod', 'minimist@0.0.8:dev', 'ms@2.0.0:prod', 'semver@5.7.1:dev*']);
    const minimist = inv.packages.find((p) => p.name === 'minimist')!;
    expect(minimist.paths).toEqual([['@ws/a@0.1.0', 'minimist@0.0.8']]);
    expect(minimist.directDependencies).toEqual(['@ws/a', '@ws/b']); // b links a, whose folder has minimist
    expect(inv.packages.find((p) => p.name === 'ms')!.directDependencies).toEqual(['@ws/a', '@ws/b']);
  });

  it('yarn v1 alias entries name the real package; a BOM and CRLF line endings are accepted', async () => {
    const inv = await inventoryOf('lockfiles/npm/yarn-alias-bom');
    expect(inv.unscanned).toEqual([]);
    expect(summary(inv)).toEqual(['ms@2.0.0:prod*', 'string-width@4.2.3:prod*']);
  });
});
