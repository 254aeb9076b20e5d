// Capabilities: summaries param→return, param→sink, source→return; repeated invocations (R6).
function identity(x) {
  return x;
}
function wrap(x) {
  return '[' + x + ']';
}
function readInput() {
  return source();
}
function execute(command) {
  // ruleid: test.taint.flow
  sink(command);
}

// ruleid: test.taint.flow
sink(identity(source()));
// ok: test.taint.flow
sink(identity('safe'));
// ruleid: test.taint.flow
sink(wrap(readInput()));
execute(readInput());

const clean = identity('one');
const dirty = identity(source());
// ok: test.taint.flow
sink(clean);
// ruleid: test.taint.flow
sink(dirty);

function recurse(n, v) {
  if (n <= 0) return v;
  return recurse(n - 1, v);
}
// ruleid: test.taint.flow
sink(recurse(3, source()));
