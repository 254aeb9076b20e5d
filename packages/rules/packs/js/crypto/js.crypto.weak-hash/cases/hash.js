const crypto = require('crypto');
const { createHash } = require('node:crypto');

function fingerprint(data) {
  // ruleid: js.crypto.weak-hash
  return crypto.createHash('md5').update(data).digest('hex');
}

function legacy(data) {
  const alg = 'sha1';
  // ruleid: js.crypto.weak-hash
  return createHash(alg).update(data).digest('hex');
}

function strong(data) {
  // ok: js.crypto.weak-hash
  return crypto.createHash('sha256').update(data).digest('hex');
}

module.exports = { fingerprint, legacy, strong };
