const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const app = express();
const doc = new DOMParser().parseFromString('<users><user name="a" role="admin"/></users>');

app.get('/role', (req, res) => {
  // ruleid: js.injection.xpath-injection
  const nodes = xpath.select(`//user[@name='${req.query.name}']/@role`, doc);
  // ok: js.injection.xpath-injection
  const all = xpath.select('//user/@role', doc);
  res.json({ n: nodes.length, all: all.length });
});
