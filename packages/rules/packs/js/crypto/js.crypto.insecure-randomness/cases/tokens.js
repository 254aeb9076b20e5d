const crypto = require('crypto');

function newSession(user) {
  // ruleid: js.crypto.insecure-randomness
  const sessionToken = Math.random().toString(36).slice(2);
  // ok: js.crypto.insecure-randomness
  const csrfToken = crypto.randomBytes(32).toString('hex');
  // ok: js.crypto.insecure-randomness
  const jitterMs = Math.floor(Math.random() * 100);
  return { user, sessionToken, csrfToken, jitterMs };
}

function resetCode() {
  const digits = Math.floor(Math.random() * 1e6);
  // ruleid: js.crypto.insecure-randomness
  return { resetCode: String(digits).padStart(6, '0') };
}

module.exports = { newSession, resetCode };
