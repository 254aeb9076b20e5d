// Capabilities: CommonJS require, destructured and aliased require (R12).
const lib = require('./lib');
const { getInput } = require('./lib.js');
const load = require;
const aliased = load('./lib');

// ruleid: test.taint.flow
sink(lib.getInput());
// ruleid: test.taint.flow
sink(getInput());
// ruleid: test.taint.flow
sink(aliased.getInput());
// ok: test.taint.flow
sink(lib.clean(getInput()));
aliased.execute(getInput());
