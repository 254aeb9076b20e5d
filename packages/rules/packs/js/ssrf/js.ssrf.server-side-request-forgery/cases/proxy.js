const express = require('express');
const axios = require('axios');
const app = express();

app.get('/proxy', async (req, res) => {
  // ruleid: js.ssrf.server-side-request-forgery
  const r = await axios.get(req.query.url);
  // ok: js.ssrf.server-side-request-forgery
  const user = await axios.get('https://api.example.com/users/' + encodeURIComponent(req.query.id));
  // ruleid: js.ssrf.server-side-request-forgery
  const other = await fetch(`http://${req.query.host}/status`);
  res.json([r.data, user.data, other.status]);
});
