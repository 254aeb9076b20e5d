const express = require('express');
const vm = require('vm');
const app = express();

app.get('/calc', (req, res) => {
  // ruleid: js.injection.code-injection
  const result = eval(req.query.expr);
  // ruleid: js.injection.code-injection
  const fn = new Function('x', 'return ' + req.query.body);
  // ruleid: js.injection.code-injection
  vm.runInNewContext(req.query.code, {});
  // ok: js.injection.code-injection
  const parsed = JSON.parse(req.query.json);
  // ok: js.injection.code-injection
  eval('1 + 1');
  res.json({ result, fn: typeof fn, parsed });
});

app.get('/later', (req, res) => {
  // ruleid: js.injection.code-injection
  setTimeout('notify("' + req.query.msg + '")', 10);
  // ok: js.injection.code-injection
  setTimeout(() => res.end(req.query.msg), 10);
});
