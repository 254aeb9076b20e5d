export function read() {
  return source();
}
export const LABEL = 'constant';
export default function run(x) {
  // ruleid: test.taint.flow
  sink(x);
}
