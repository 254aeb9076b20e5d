const jwt = require('jsonwebtoken');

function checkNone(token) {
  // ruleid: js.jwt.jwt-verification-disabled
  return jwt.verify(token, process.env.JWT_KEY, { algorithms: ['HS256', 'none'] });
}

function checkNoKey(token) {
  // ruleid: js.jwt.jwt-verification-disabled
  return jwt.verify(token, '');
}

function issue(claims) {
  // ruleid: js.jwt.jwt-verification-disabled
  return jwt.sign(claims, '', { algorithm: 'none' });
}

function check(token) {
  // ok: js.jwt.jwt-verification-disabled
  return jwt.verify(token, process.env.JWT_KEY, { algorithms: ['RS256'] });
}

module.exports = { checkNone, checkNoKey, issue, check };
