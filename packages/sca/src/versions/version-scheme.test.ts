import { describe, expect, it } from 'vitest';
import type { Ecosystem } from '../model/ecosystem';
import { compareVersions } from './version-scheme';

// [a, expected sign of compare(a, b), b]; null = unparsable in that ecosystem (reported as unknown, never guessed)
type Row = [string, -1 | 0 | 1 | null, string];

const TABLES: Record<Ecosystem, Row[]> = {
  npm: [
    ['1.19.0-rc.1', 1, '1.18.0'], // prerelease above a lower release (semver.satisfies would drop it)
    ['1.19.0-rc.1', -1, '1.19.0'],
    ['1.0.0-alpha', -1, '1.0.0-alpha.1'],
    ['1.0.0-alpha.beta', -1, '1.0.0-beta'],
    ['1.0.0-beta.11', 1, '1.0.0-beta.2'],
    ['1.0.0+build.1', 0, '1.0.0+build.2'],
    ['v1.2.3', 0, '1.2.3'],
    ['1.2', 0, '1.2.0'], // lenient padding for OSV-style input
    ['16.2.2', 1, '16.1.5'],
    ['1.2.3.4', null, '1.2.3'],
    ['99999999999999999999.0.0', null, '1.0.0'],
  ],
  'crates.io': [
    ['0.0.0-0', -1, '0.0.0'],
    ['0.0.0-0', -1, '0.1.0-alpha'],
    ['1.0.0-rc.1', -1, '1.0.0'],
  ],
  Go: [
    ['v0.0.0-20220906165146-f3363e06e74c', -1, 'v0.1.0'],
    ['v0.0.0-20220906165146-f3363e06e74c', 1, 'v0.0.0-20210101000000-aaaaaaaaaaaa'],
    ['v1.2.4-0.20191109021931-daa7c04131f5', 1, 'v1.2.3'],
    ['v1.2.4-0.20191109021931-daa7c04131f5', -1, 'v1.2.4'],
    ['v2.0.0+incompatible', 0, '2.0.0'],
    ['go1.21.3', -1, '1.21.10'],
    ['go1.21rc2', -1, '1.21.0'],
    ['go1.9beta1', -1, '1.9.0-rc.1'],
    ['go1.20', 0, '1.20.0'],
  ],
  PyPI: [
    ['1.0rc1', -1, '1.0'],
    ['1.0.post1', 1, '1.0'],
    ['1.0.dev1', -1, '1.0a1'],
    ['1.0a1', -1, '1.0b1'],
    ['1!0.1', 1, '2.0'], // epoch
    ['1.0', 0, '1.0.0'],
    ['2.0.0', 1, '2.0.0rc2'],
    ['1.0+local.1', 1, '1.0'],
    ['0.1-bulbasaur', null, '1.0'], // legacy, not PEP 440
  ],
  RubyGems: [
    ['1.0.0.beta', -1, '1.0.0'],
    ['1.0.0.pre', -1, '1.0.0.rc1'],
    ['1.13.1', 1, '1.13.0'],
    ['5.2.4.3', 1, '5.2.4'],
    ['1.0', 0, '1.0.0'],
  ],
  Maven: [
    ['1.0-SNAPSHOT', -1, '1.0'],
    ['1.0-alpha', -1, '1.0-beta'],
    ['1.0-rc1', -1, '1.0'],
    ['1.0', 0, '1.0.0'],
    ['1.0-ga', 0, '1.0'],
    ['1.0-sp1', 1, '1.0'],
    ['2.1.3.RELEASE', 0, '2.1.3'],
    ['2.14.1', -1, '2.15.0'],
    ['${jackson.version}', null, '2.9.8'],
    ['[1.0,2.0)', null, '1.5'],
  ],
  NuGet: [
    ['1.0', 0, '1.0.0.0'],
    ['1.0.0-Beta', 0, '1.0.0-beta'],
    ['1.0.0+meta', 0, '1.0.0'],
    ['1.0.0-beta.2', -1, '1.0.0-beta.10'],
    ['1.0.0-beta', -1, '1.0.0'],
    ['4.5.0.1', 1, '4.5.0'],
    ['not-a-version', null, '1.0'],
  ],
  Packagist: [
    ['v1.0.0', 0, '1.0.0'],
    ['1.0', 0, '1.0.0'],
    ['1.0.0-beta2', -1, '1.0.0'],
    ['1.0.0-RC1', 1, '1.0.0-beta5'],
    ['1.0.0-alpha', -1, '1.0.0-beta'],
    ['1.0.0-patch1', 1, '1.0.0'],
    ['1.0.0-dev', -1, '1.0.0-alpha'],
    ['2.10.0', 1, '2.9.9'],
    ['dev-master', null, '1.0'],
  ],
};

describe.each(Object.entries(TABLES) as Array<[Ecosystem, Row[]]>)('%s ordering', (ecosystem, rows) => {
  it.each(rows)(`compare(%s, %s) within ${ecosystem}`, (a, expected, b) => {
    const c = compareVersions(ecosystem, a, b);
    if (expected === null) expect(c).toBeNull();
    else {
      expect(c === null ? null : Math.sign(c)).toBe(expected);
      expect(Math.sign(compareVersions(ecosystem, b, a)!)).toBe(-expected || 0);
    }
  });
});
