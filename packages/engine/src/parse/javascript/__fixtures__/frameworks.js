// Capabilities: framework callbacks give handler parameters their library types: Express,
// Koa, Fastify and Node http, registered inline, by reference, or on a router passed in.
const express = require('express');
const Koa = require('koa');
const fastify = require('fastify')();
const http = require('http');
const { exec } = require('child_process');

const app = express();
app.get('/a', (req, res) => {
  // ruleid: test.taint.flow
  exec(req.query.cmd);
  // ok: test.taint.flow
  exec(req.app.get('cmd'));
});

function named(req, res) {
  // ruleid: test.taint.flow
  exec(req.body.cmd);
}
app.post('/b', named);

module.exports.mount = function mount(router) {
  router.get('/c', function (req, res) {
    // ruleid: test.taint.flow
    exec(req.params.cmd);
  });
};

new Koa().use(async (ctx) => {
  // ruleid: test.taint.flow
  exec(ctx.query.cmd);
});

fastify.get('/d', async (request, reply) => {
  // ruleid: test.taint.flow
  exec(request.query.cmd);
});

http.createServer((req, res) => {
  // ruleid: test.taint.flow
  exec(req.url);
});
