import mvncmp from 'mvncmp';

/** Maven's ComparableVersion orders any string; only empty input and unresolved `${…}` properties are unknown. */
export function compareMaven(a: string, b: string): number | null {
  const x = a.trim();
  const y = b.trim();
  if (!x || !y || x.includes('${') || y.includes('${') || /^[[(]/.test(x) || /^[[(]/.test(y)) return null;
  const c = mvncmp.compare(x, y);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}
