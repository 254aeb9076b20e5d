import type { Ecosystem } from '../model/ecosystem';
import { compareMaven } from './maven.compare';
import { compareNuGet } from './nuget.compare';
import { comparePackagist } from './packagist.compare';
import { comparePep440 } from './pep440.compare';
import { compareRubyGems } from './rubygems.compare';
import { compareGo, compareSemver } from './semver.compare';

/** Returns <0, 0, >0, or null when either side cannot be parsed in that ecosystem's ordering. */
export type VersionCompare = (a: string, b: string) => number | null;

const BY_ECOSYSTEM: Record<Ecosystem, VersionCompare> = {
  npm: compareSemver,
  'crates.io': compareSemver,
  Go: compareGo,
  PyPI: comparePep440,
  RubyGems: compareRubyGems,
  Maven: compareMaven,
  NuGet: compareNuGet,
  Packagist: comparePackagist,
};

/** OSV `ECOSYSTEM` ranges use the ecosystem's ordering; `SEMVER` ranges use SemVer 2.0 (Go keeps its own prefixes). */
export function comparatorFor(ecosystem: Ecosystem, rangeType: 'SEMVER' | 'ECOSYSTEM'): VersionCompare {
  if (rangeType === 'SEMVER') return ecosystem === 'Go' ? compareGo : compareSemver;
  return BY_ECOSYSTEM[ecosystem];
}

export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number | null {
  return BY_ECOSYSTEM[ecosystem](a, b);
}
