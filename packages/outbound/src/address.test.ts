import { describe, expect, it } from 'vitest';
import { canonicalHost, classifyAddress } from './address';
import { checkHost, policyFromEnv, STRICT_POLICY } from './policy';

// Classifier over literal addresses only: nothing here opens a connection.
describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fc00::1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['169.254.169.254', 'cloud metadata'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'cloud metadata'],
    ['::ffff:10.0.0.1', 'private'],
  ])('%s is %s', (ip, cls) => {
    expect(classifyAddress(ip)).toBe(cls);
  });

  it.each([['8.8.8.8'], ['172.32.0.1'], ['100.128.0.1'], ['2606:4700::1111'], ['::ffff:8.8.8.8']])('%s is public', (ip) => {
    expect(classifyAddress(ip)).toBeNull();
  });
});

describe('canonicalHost', () => {
  it('turns decimal, octal and hex IPv4 spellings into dotted quads', () => {
    expect(canonicalHost('2130706433')).toBe('127.0.0.1');
    expect(canonicalHost('0177.0.0.1')).toBe('127.0.0.1');
    expect(canonicalHost('0x7f.0.0.1')).toBe('127.0.0.1');
    expect(canonicalHost('LOCALHOST.')).toBe('localhost');
  });
});

describe('checkHost', () => {
  const resolveTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('refuses a decimal spelling of loopback, naming the rule', async () => {
    await expect(checkHost('2130706433', STRICT_POLICY)).rejects.toThrow(
      'url: host resolves to 127.0.0.1, a loopback address; set NULLPATH_ALLOW_LOCAL_REPOS=1 to allow local repositories',
    );
  });
  it('refuses localhost aliases before resolving', async () => {
    await expect(checkHost('api.localhost', STRICT_POLICY, resolveTo('8.8.8.8'))).rejects.toThrow("url: host 'api.localhost' is a loopback name");
  });
  it('refuses a name when any one of its addresses is local', async () => {
    await expect(checkHost('git.example.com', STRICT_POLICY, resolveTo('93.184.216.34', '10.0.0.5'))).rejects.toThrow('host resolves to 10.0.0.5, a private address');
  });
  it('refuses a name resolving to the metadata service', async () => {
    await expect(checkHost('evil.example', STRICT_POLICY, resolveTo('169.254.169.254'))).rejects.toThrow('a cloud metadata address');
  });
  it('admits a public name and returns the checked addresses', async () => {
    expect(await checkHost('git.example.com', STRICT_POLICY, resolveTo('93.184.216.34'))).toEqual({ host: 'git.example.com', addresses: [{ address: '93.184.216.34', family: 4 }] });
  });
  it('admits an allow-listed internal host', async () => {
    const policy = policyFromEnv({ NULLPATH_GIT_HOST_ALLOWLIST: 'git.corp, other.corp' });
    expect((await checkHost('GIT.corp', policy, resolveTo('10.0.0.7'))).addresses).toEqual([{ address: '10.0.0.7', family: 4 }]);
    await expect(checkHost('third.corp', policy, resolveTo('10.0.0.7'))).rejects.toThrow('a private address');
  });
  it('admits local addresses with NULLPATH_ALLOW_LOCAL_REPOS=1', async () => {
    expect((await checkHost('0177.0.0.1', policyFromEnv({ NULLPATH_ALLOW_LOCAL_REPOS: '1' }))).addresses).toEqual([{ address: '127.0.0.1', family: 4 }]);
  });
  it('reports an unresolvable name without detail', async () => {
    await expect(checkHost('nope.example', STRICT_POLICY, async () => { throw new Error('ENOTFOUND nope.example'); })).rejects.toThrow(/^could not reach the repository$/);
  });
});
