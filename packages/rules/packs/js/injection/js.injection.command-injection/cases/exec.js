const { exec, execFile, spawn } = require('child_process');
const express = require('express');
const app = express();

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // ruleid: js.injection.command-injection
  exec(`ping -c 1 ${host}`, (err, out) => res.send(out));
  // ok: js.injection.command-injection
  execFile('ping', ['-c', '1', host], (err, out) => res.send(out));
  // ok: js.injection.command-injection
  exec('ping -c 1 localhost');
});

app.post('/convert', (req, res) => {
  const args = ['-resize', req.body.size];
  // ruleid: js.injection.command-injection
  spawn('convert', args, { shell: true });
  // ok: js.injection.command-injection
  spawn('convert', args);
  res.end();
});
