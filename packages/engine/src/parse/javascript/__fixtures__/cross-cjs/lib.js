exports.getInput = function () {
  return source();
};
module.exports.clean = (x) => String(x).length;
module.exports.execute = function execute(cmd) {
  // ruleid: test.taint.flow
  sink(cmd);
};
