const express = require('express');
const app = express();

app.post('/login', (req, res) => {
  // ruleid: js.injection.log-injection
  console.log('login attempt for ' + req.body.user);
  const clean = String(req.body.user).replace(/[\r\n]/g, '');
  // ok: js.injection.log-injection
  console.log('login attempt for ' + clean);
  res.end();
});
