const express = require('express');
const ejs = require('ejs');
const _ = require('lodash');
const app = express();

app.get('/greet', (req, res) => {
  // ruleid: js.injection.template-injection
  const html = ejs.render('<h1>Hello ' + req.query.name + '</h1>');
  // ok: js.injection.template-injection
  const safe = ejs.render('<h1>Hello <%= name %></h1>', { name: req.query.name });
  // ruleid: js.injection.template-injection
  const compiled = _.template(req.body.template);
  res.send(safe + html + compiled({}));
});
