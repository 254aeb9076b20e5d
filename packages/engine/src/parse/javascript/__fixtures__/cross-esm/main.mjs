// Capabilities: ES module imports (named, default, namespace) across files.
import run, { read, LABEL } from './input.mjs';
import * as input from './input.mjs';

// ruleid: test.taint.flow
sink(read());
// ruleid: test.taint.flow
sink(input.read());
// ok: test.taint.flow
sink(LABEL);
run(read());
