const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const yaml = require('js-yaml');
const app = express();
app.use(cookieParser());

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  // ruleid: js.deserialization.unsafe-deserialization
  const profile = serialize.unserialize(raw);
  // ok: js.deserialization.unsafe-deserialization
  const data = JSON.parse(raw);
  // ruleid: js.deserialization.unsafe-deserialization
  const conf = yaml.unsafeLoad(req.query.config);
  // ok: js.deserialization.unsafe-deserialization
  const safeConf = yaml.load(req.query.config);
  res.json({ profile, data, conf, safeConf });
});
