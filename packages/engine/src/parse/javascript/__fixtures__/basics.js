// Capabilities: two-line flows, reassignment, template strings, concatenation, field sensitivity.
const a = source();
// ruleid: test.taint.flow
sink(a);
// ok: test.taint.flow
sink('constant');

let b = source();
b = 'overwritten';
// ok: test.taint.flow
sink(b);

const greeting = `hello ${source()}!`;
// ruleid: test.taint.flow
sink(greeting);

const obj = { safe: 'x', bad: source(), nested: { deep: source(), fine: 1 } };
// ruleid: test.taint.flow
sink(obj.bad);
// ok: test.taint.flow
sink(obj.safe);
// ruleid: test.taint.flow
sink(obj.nested.deep);
// ok: test.taint.flow
sink(obj.nested.fine);

const box = {};
box.value = source();
box.label = 'label';
// ruleid: test.taint.flow
sink(box.value);
// ok: test.taint.flow
sink(box.label);
