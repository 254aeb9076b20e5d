// Capabilities: constant conditions prune branches (R9), guards sanitize only their own branch (R5).
const DEBUG = false;
let cmd = 'ls';
if (DEBUG) {
  cmd = source();
}
// ok: test.taint.flow
sink(cmd);

let other = 'ls';
if (1 + 1 === 2) {
  other = source();
}
// ruleid: test.taint.flow
sink(other);

const choice = true ? 'fixed' : source();
// ok: test.taint.flow
sink(choice);

const ALLOWED = ['a', 'b'];
const value = source();
if (ALLOWED.includes(value)) {
  // ok: test.taint.flow
  sink(value);
} else {
  // ruleid: test.taint.flow
  sink(value);
}

const n = parseInt(source(), 10);
// ok: test.taint.flow
sink(n);

// A counted loop is no constant condition: the code after it stays reachable.
const afterLoop = source();
for (let i = 0; i < 3; i++) {
  sink('step');
}
// ruleid: test.taint.flow
sink(afterLoop);
