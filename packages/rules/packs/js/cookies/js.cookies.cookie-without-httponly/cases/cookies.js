const express = require('express');
const app = express();

app.post('/login', (req, res) => {
  // ruleid: js.cookies.cookie-without-httponly
  res.cookie('auth_token', 'abc', { secure: true, httpOnly: false });
  // ruleid: js.cookies.cookie-without-httponly
  res.cookie('sessionId', 'abc', { secure: true });
  // ok: js.cookies.cookie-without-httponly
  res.cookie('sessionId', 'abc', { secure: true, httpOnly: true });
  // ok: js.cookies.cookie-without-httponly
  res.cookie('theme', 'dark', { secure: true });
  res.end();
});
