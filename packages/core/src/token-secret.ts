import { randomBytes } from 'node:crypto';

/**
 * API token secrets: `npt_` + base62(32 random bytes) + base62(CRC32 of that body), padded.
 * The fixed prefix and the checksum let secret scanners (ours included) recognise a leaked
 * secret without a database lookup and with almost no false positives.
 */
export const TOKEN_PREFIX = 'npt_';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BODY_LEN = 43; // ceil(256 / log2(62))
const CRC_LEN = 6; // ceil(32 / log2(62))
export const TOKEN_SECRET_RE = /npt_[0-9A-Za-z]{49}/;

function base62(bytes: Uint8Array, width: number): string {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 62n)] + out;
    n /= 62n;
  }
  return out.padStart(width, '0');
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

export function crc32(data: string | Uint8Array): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function checksum(body: string): string {
  const v = crc32(body);
  return base62(new Uint8Array([v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]), CRC_LEN);
}

export function generateTokenSecret(): string {
  const body = base62(randomBytes(32), BODY_LEN);
  return `${TOKEN_PREFIX}${body}${checksum(body)}`;
}

/** True when the string has our shape and a valid checksum (not whether the token exists). */
export function isWellFormedTokenSecret(secret: string): boolean {
  if (secret.length !== TOKEN_PREFIX.length + BODY_LEN + CRC_LEN) return false;
  if (!secret.startsWith(TOKEN_PREFIX) || !/^[0-9A-Za-z]+$/.test(secret.slice(4))) return false;
  const body = secret.slice(4, 4 + BODY_LEN);
  return checksum(body) === secret.slice(4 + BODY_LEN);
}
