// Capabilities: object/array destructuring with defaults and rest, spread in calls/arrays/objects.
const input = { cmd: source(), mode: 'fast' };
const { cmd, mode = 'slow' } = input;
// ruleid: test.taint.flow
sink(cmd);
// ok: test.taint.flow
sink(mode);

const [first, second] = [source(), 'constant'];
// ruleid: test.taint.flow
sink(first);
// ok: test.taint.flow
sink(second);

const merged = { ...input, extra: 'x' };
// ruleid: test.taint.flow
sink(merged.cmd);
// ok: test.taint.flow
sink(merged.extra);

function run(x, y) {
  // ruleid: test.taint.flow
  sink(x);
}
const args = [source(), 'b'];
run(...args);

function pick({ name, id }) {
  // ruleid: test.taint.flow
  sink(name);
  // ok: test.taint.flow
  sink(id);
}
pick({ name: source(), id: 42 });
