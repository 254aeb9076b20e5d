import { describe, expect, it } from 'vitest';
import { TOKEN_SECRET_RE, crc32, generateTokenSecret, isWellFormedTokenSecret } from './token-secret';

describe('API token secrets', () => {
  it('computes the IEEE CRC32 (check value of "123456789" is 0xCBF43926)', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });

  it('generates npt_ + 49 base62 characters that validate, and differ every time', () => {
    const a = generateTokenSecret();
    const b = generateTokenSecret();
    expect(a).toMatch(/^npt_[0-9A-Za-z]{49}$/);
    expect(TOKEN_SECRET_RE.test(a)).toBe(true);
    expect(isWellFormedTokenSecret(a)).toBe(true);
    expect(a).not.toBe(b);
  });

  it('rejects a secret whose checksum does not match its body', () => {
    const s = generateTokenSecret();
    const flipped = `${s.slice(0, 10)}${s[10] === 'a' ? 'b' : 'a'}${s.slice(11)}`;
    expect(isWellFormedTokenSecret(flipped)).toBe(false);
    expect(isWellFormedTokenSecret(s.slice(0, -1))).toBe(false);
    expect(isWellFormedTokenSecret(`xpt_${s.slice(4)}`)).toBe(false);
  });
});
