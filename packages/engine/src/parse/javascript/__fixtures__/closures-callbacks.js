// Capabilities: captured variables, nested closures, factories with methods, array callbacks,
// callback return values (R6), promises, async/await.
function outer() {
  const secret = source();
  function inner() {
    return function innermost() {
      // ruleid: test.taint.flow
      sink(secret);
    };
  }
  inner()();
}
outer();

function makeRunner(cmd) {
  return {
    run() {
      // ruleid: test.taint.flow
      sink(cmd);
    },
  };
}
makeRunner(source()).run();

const items = [source()];
items.forEach((item) => {
  // ruleid: test.taint.flow
  sink(item);
});
const mapped = items.map((item) => item.trim());
// ruleid: test.taint.flow
sink(mapped[0]);
const constants = ['a', 'b'].map((x) => x + '!');
// ok: test.taint.flow
sink(constants[0]);
const total = [1, 2].reduce((acc, x) => acc + x, source());
// ruleid: test.taint.flow
sink(total);

function fetchValue() {
  return new Promise((resolve) => resolve(source()));
}
fetchValue().then((v) => {
  // ruleid: test.taint.flow
  sink(v);
});

async function handler() {
  const v = await fetchValue();
  // ruleid: test.taint.flow
  sink(v);
  const w = await Promise.resolve('static');
  // ok: test.taint.flow
  sink(w);
}
handler();
