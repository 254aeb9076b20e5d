const express = require('express');
const escapeHtml = require('escape-html');
const app = express();

app.get('/hello', (req, res) => {
  // ruleid: js.xss.reflected-xss
  res.send('<p>Hello ' + req.query.name + '</p>');
  // ok: js.xss.reflected-xss
  res.send('<p>Hello ' + escapeHtml(req.query.name) + '</p>');
  // ok: js.xss.reflected-xss
  res.json({ hello: req.query.name });
});

app.get('/echo', function (req, res) {
  const msg = req.query.msg;
  const items = [msg, 'fixed'];
  // ruleid: js.xss.reflected-xss
  res.write(items.map((m) => `<li>${m}</li>`).join(''));
  res.end();
});
