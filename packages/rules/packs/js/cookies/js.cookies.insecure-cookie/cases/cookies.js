const express = require('express');
const session = require('express-session');
const app = express();

// ruleid: js.cookies.insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: false, httpOnly: true } }));

app.post('/login', (req, res) => {
  // ruleid: js.cookies.insecure-cookie
  res.cookie('session_id', 'abc', { httpOnly: true });
  // ok: js.cookies.insecure-cookie
  res.cookie('session_id', 'abc', { httpOnly: true, secure: true, sameSite: 'lax' });
  // ok: js.cookies.insecure-cookie
  res.cookie('theme', 'dark');
  // ruleid: js.cookies.insecure-cookie
  res.cookie('prefs', 'x', { secure: false });
  res.end();
});
