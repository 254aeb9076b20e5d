import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardGitRemote } from './git-remote';
import { STRICT_POLICY } from './policy';

const LOCAL = { allowLocal: true, allowHosts: [] };

describe('guardGitRemote', () => {
  it('refuses file:// unless local repositories are allowed', async () => {
    await expect(guardGitRemote('file:///srv/repo', STRICT_POLICY)).rejects.toThrow(
      'url: file:// repositories are local; set NULLPATH_ALLOW_LOCAL_REPOS=1 to allow local repositories',
    );
    expect((await guardGitRemote('file:///srv/repo', LOCAL)).env.GIT_ALLOW_PROTOCOL).toBe('https:ssh:git:file');
  });
  it('admits file:// only inside an allowed directory, also against .. and symlinks out of it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'np-allowed-'));
    const other = mkdtempSync(join(tmpdir(), 'np-other-'));
    try {
      const demo = join(root, 'demo');
      execFileSync('mkdir', ['-p', join(demo, 'shop')]);
      execFileSync('ln', ['-s', other, join(demo, 'escape')]);
      const policy = { ...STRICT_POLICY, allowLocalPaths: [demo] };
      expect((await guardGitRemote(`file://${join(demo, 'shop')}`, policy)).env.GIT_ALLOW_PROTOCOL).toBe('https:ssh:git:file');
      await expect(guardGitRemote(`file://${join(demo, '..')}`, policy)).rejects.toThrow(/NULLPATH_ALLOW_LOCAL_REPOS/);
      await expect(guardGitRemote(`file://${join(demo, 'escape')}`, policy)).rejects.toThrow(/NULLPATH_ALLOW_LOCAL_REPOS/);
      await expect(guardGitRemote(`file://${other}`, policy)).rejects.toThrow(/NULLPATH_ALLOW_LOCAL_REPOS/);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(other, { recursive: true, force: true });
    }
  });
  it('refuses other transports and option-looking URLs', async () => {
    await expect(guardGitRemote('ext::sh -c touch% /tmp/pwned', LOCAL)).rejects.toThrow("url: the 'ext' transport is not allowed");
    await expect(guardGitRemote('--upload-pack=touch /tmp/x', LOCAL)).rejects.toThrow('url: a repository URL may not start with "-"');
  });
  it('refuses scp-style and ssh:// remotes on local addresses', async () => {
    await expect(guardGitRemote('git@0x7f000001:org/repo.git', STRICT_POLICY)).rejects.toThrow('url: host resolves to 127.0.0.1, a loopback address');
    await expect(guardGitRemote('ssh://git@[fe80::1]/org/repo.git', STRICT_POLICY)).rejects.toThrow('url: host resolves to fe80::1, a link-local address');
  });
  it('pins the checked address and keeps credentials out of arguments and URL', async () => {
    const r = await guardGitRemote('https://user:old@localhost:8443/org/repo.git', { allowLocal: false, allowHosts: ['localhost'] }, { username: 'bot', password: 's3cret' }, async () => [{ address: '127.0.0.1', family: 4 }]);
    expect(r.url).toBe('https://localhost:8443/org/repo.git');
    expect(r.configArgs).toContain('http.curloptResolve=localhost:8443:127.0.0.1');
    expect(r.configArgs).toContain('http.followRedirects=false');
    expect(r.configArgs).toContain('core.hooksPath=/dev/null');
    expect(r.configArgs).toContain('protocol.allow=never');
    expect(r.configArgs.join(' ')).not.toMatch(/s3cret|czNjcmV0/);
    expect(r.env.GIT_CONFIG_VALUE_0).toBe(`Authorization: Basic ${Buffer.from('bot:s3cret').toString('base64')}`);
  });
  it('clones with repository hooks disabled (real git)', async () => {
    const src = mkdtempSync(join(tmpdir(), 'np-guard-src-'));
    const dst = mkdtempSync(join(tmpdir(), 'np-guard-dst-'));
    try {
      const g = (cwd: string, ...a: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...a], { cwd, encoding: 'utf8' });
      g(src, 'init', '-q', '-b', 'main');
      writeFileSync(join(src, 'a.txt'), 'a');
      g(src, 'add', '-A');
      g(src, 'commit', '-qm', 'a');
      const r = await guardGitRemote(`file://${src}`, LOCAL);
      // A hooks path set by the user's global config must not run: the guard overrides it.
      const marker = join(dst, 'hook-ran');
      execFileSync('git', [...r.configArgs, 'clone', '-q', '--', r.url, join(dst, 'c')], {
        env: { ...process.env, ...r.env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.hooksPath', GIT_CONFIG_VALUE_0: dst },
      });
      writeFileSync(join(dst, 'post-checkout'), `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
      execFileSync('git', [...r.configArgs, 'checkout', '-q', '-b', 'other'], { cwd: join(dst, 'c'), env: { ...process.env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.hooksPath', GIT_CONFIG_VALUE_0: dst } });
      expect(() => execFileSync('test', ['-e', marker])).toThrow();
      execFileSync('git', ['checkout', '-q', '-b', 'third'], { cwd: join(dst, 'c'), env: { ...process.env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.hooksPath', GIT_CONFIG_VALUE_0: dst } });
      expect(() => execFileSync('test', ['-e', marker])).not.toThrow();
    } finally {
      rmSync(src, { recursive: true, force: true });
      rmSync(dst, { recursive: true, force: true });
    }
  });
});
