const express = require('express');
const app = express();

app.get('/download', (req, res) => {
  // ruleid: js.injection.header-injection
  res.setHeader('Content-Disposition', 'attachment; filename=' + req.query.file);
  // ok: js.injection.header-injection
  res.setHeader('Content-Disposition', 'attachment; filename=' + encodeURIComponent(req.query.file));
  // ok: js.injection.header-injection
  res.set('Cache-Control', 'no-store');
  res.end();
});
