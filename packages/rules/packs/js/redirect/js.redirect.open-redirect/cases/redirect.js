const express = require('express');
const app = express();
const ALLOWED = ['/home', '/account'];

app.get('/login/done', (req, res) => {
  // ruleid: js.redirect.open-redirect
  res.redirect(req.query.next);
});

app.get('/go', (req, res) => {
  // ok: js.redirect.open-redirect
  res.redirect('/profile/' + encodeURIComponent(req.query.user));
});

app.get('/back', (req, res) => {
  const target = req.query.to;
  if (ALLOWED.includes(target)) {
    // ok: js.redirect.open-redirect
    res.redirect(target);
  }
});
