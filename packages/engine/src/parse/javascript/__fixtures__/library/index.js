// threat-models: library
// Capabilities: library threat model - exported functions, methods of exported classes and
// prototype methods, and functions returned by exported factories receive attacker input.
function internalHelper(x) {
  // ok: test.taint.flow
  sink(x);
}
internalHelper('constant');

function Runner(opts) {
  this.opts = opts;
}
Runner.prototype.start = function () {
  // ruleid: test.taint.flow
  sink(this.opts.command);
};

class Client {
  request(url) {
    // ruleid: test.taint.flow
    sink(url);
  }
}

function factory() {
  return function produced(arg) {
    // ruleid: test.taint.flow
    sink(arg);
  };
}

function Connection(opts) {
  this.opts = opts;
}
Connection.prototype.query = function () {
  // ruleid: test.taint.flow
  sink(this.opts.sql);
};
function connect(opts) {
  return new Connection(opts);
}

module.exports = { Runner, Client, factory, connect, version: '1.0.0' };
