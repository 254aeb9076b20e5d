import { describe, expect, it } from 'vitest';
import { safeNextPath } from './router';

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
