import express from 'express';
import { promises as fsp } from 'fs';

const app = express();

app.get('/files/:name', async (req, res) => {
  // ruleid: js.path.path-traversal
  const body = await fsp.readFile('/srv/uploads/' + req.params.name, 'utf8');
  // ruleid: js.path.path-traversal
  res.sendFile('/srv/uploads/' + req.params.name);
  // ok: js.path.path-traversal
  res.sendFile(req.params.name, { root: '/srv/uploads' });
  res.send(body);
});
