import { eq, gt, valid } from '@renovatebot/ruby-semver';

/** Gem versions; platform suffixes (`1.13.1-x86_64-linux`) are stripped by the Gemfile.lock parser, not here. */
export function compareRubyGems(a: string, b: string): number | null {
  const x = a.trim();
  const y = b.trim();
  if (!valid(x) || !valid(y)) return null;
  if (eq(x, y)) return 0;
  return gt(x, y) ? 1 : -1;
}
