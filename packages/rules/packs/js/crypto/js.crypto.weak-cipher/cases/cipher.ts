import * as crypto from 'crypto';

export function encryptLegacy(key: Buffer, data: string): Buffer {
  // ruleid: js.crypto.weak-cipher
  const c = crypto.createCipheriv('des-ede3-cbc', key, Buffer.alloc(8));
  return Buffer.concat([c.update(data), c.final()]);
}

export function encryptEcb(key: Buffer, data: string): Buffer {
  // ruleid: js.crypto.weak-cipher
  const c = crypto.createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([c.update(data), c.final()]);
}

export function encryptOld(password: string, data: string): string {
  // ruleid: js.crypto.weak-cipher
  const c = crypto.createCipher('aes-256-cbc', password);
  return c.update(data, 'utf8', 'hex') + c.final('hex');
}

export function encrypt(key: Buffer, data: string): Buffer {
  const iv = crypto.randomBytes(12);
  // ok: js.crypto.weak-cipher
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, c.update(data), c.final(), c.getAuthTag()]);
}
