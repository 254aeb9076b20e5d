const express = require('express');
const libxmljs = require('libxmljs');
const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
  // ruleid: js.xxe.xml-external-entities
  const doc = libxmljs.parseXml(req.body, { noent: true });
  // ok: js.xxe.xml-external-entities
  const safe = libxmljs.parseXml(req.body, { noent: false });
  // ok: js.xxe.xml-external-entities
  const plain = libxmljs.parseXml(req.body);
  res.send(String(doc.root() && safe.root() && plain.root()));
});
