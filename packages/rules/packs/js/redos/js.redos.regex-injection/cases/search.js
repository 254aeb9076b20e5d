const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const app = express();

app.get('/search', (req, res) => {
  // ruleid: js.redos.regex-injection
  const re = new RegExp(req.query.q, 'i');
  // ok: js.redos.regex-injection
  const literal = new RegExp(escapeStringRegexp(req.query.q), 'i');
  // ok: js.redos.regex-injection
  const fixed = new RegExp('^item-[0-9]+$');
  res.json([re.source, literal.source, fixed.source]);
});
