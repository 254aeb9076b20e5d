import { describe, expect, it } from 'vitest';
import { pathParam, safeNextPath } from './router';

describe('safeNextPath', () => {
  it('keeps a same-site path with its query', () => {
    expect(safeNextPath('/invite?token=abc', '/home')).toBe('/invite?token=abc');
  });

  it('uses the fallback without next', () => {
    expect(safeNextPath(null, '/home')).toBe('/home');
  });

  it('refuses a protocol-relative URL', () => {
    expect(safeNextPath('//evil.example/x', '/home')).toBe('/home');
  });

  it('refuses a backslash URL that browsers treat as protocol-relative', () => {
    expect(safeNextPath('/\\evil.example', '/home')).toBe('/home');
  });

  it('refuses an absolute URL', () => {
    expect(safeNextPath('https://evil.example/', '/home')).toBe('/home');
  });
});

describe('pathParam', () => {
  it('returns the decoded segment after the prefix', () => {
    expect(pathParam('/issues/a%20b', '/issues/')).toBe('a b');
  });

  it('is null for the list path itself', () => {
    expect(pathParam('/issues', '/issues/')).toBeNull();
    expect(pathParam('/issues/', '/issues/')).toBeNull();
  });

  it('is null for deeper paths and other prefixes', () => {
    expect(pathParam('/issues/a/b', '/issues/')).toBeNull();
    expect(pathParam('/scans/a', '/issues/')).toBeNull();
  });

  it('is null for a malformed escape', () => {
    expect(pathParam('/issues/%E0%A4%A', '/issues/')).toBeNull();
  });
});
