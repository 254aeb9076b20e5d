import { compare, valid } from '@renovatebot/pep440';

/** Legacy, non-PEP 440 versions (`0.1-bulbasaur`) are unparsable: the caller reports them as unknown. */
export function comparePep440(a: string, b: string): number | null {
  const x = a.trim();
  const y = b.trim();
  if (valid(x) === null || valid(y) === null) return null;
  const c = compare(x, y);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}
