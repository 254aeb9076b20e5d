import { describe, expect, it } from 'vitest';
import type { OsvAffected } from '../osv/osv.types';
import { evaluateAffected } from './range.evaluate';
import { fixAdvice } from './fix-version';

const semver = (...events: Array<Record<string, string>>): OsvAffected => ({ ranges: [{ type: 'SEMVER', events }] });
const eco = (...events: Array<Record<string, string>>): OsvAffected => ({ ranges: [{ type: 'ECOSYSTEM', events }] });

describe('OSV range evaluation', () => {
  it('introduced "0" means from the first version; fixed is exclusive', () => {
    const a = semver({ introduced: '0' }, { fixed: '4.17.21' });
    expect(evaluateAffected('npm', '0.0.1', a)).toBe('affected');
    expect(evaluateAffected('npm', '4.17.20', a)).toBe('affected');
    expect(evaluateAffected('npm', '4.17.21', a)).toBe('not-affected');
  });

  it('last_affected is inclusive', () => {
    const a = eco({ introduced: '1.0.0' }, { last_affected: '1.2.0' });
    expect(evaluateAffected('npm', '1.2.0', a)).toBe('affected');
    expect(evaluateAffected('npm', '1.2.1', a)).toBe('not-affected');
    expect(evaluateAffected('npm', '0.9.0', a)).toBe('not-affected');
  });

  it('limit caps the range', () => {
    const a = eco({ introduced: '0' }, { limit: '2.0.0' });
    expect(evaluateAffected('npm', '1.9.9', a)).toBe('affected');
    expect(evaluateAffected('npm', '2.0.0', a)).toBe('not-affected');
  });

  it('walks several introduced/fixed pairs in one range, whatever the event order in the record', () => {
    const a = semver({ introduced: '2.0.0' }, { fixed: '2.0.5' }, { introduced: '0' }, { fixed: '1.4.2' });
    expect(evaluateAffected('npm', '1.4.1', a)).toBe('affected');
    expect(evaluateAffected('npm', '1.9.0', a)).toBe('not-affected');
    expect(evaluateAffected('npm', '2.0.4', a)).toBe('affected');
    expect(evaluateAffected('npm', '2.0.5', a)).toBe('not-affected');
  });

  it('prereleases are inside ranges (semver.satisfies would say no) — osv-scanner #2694', () => {
    const a = semver({ introduced: '1.18.0' }, { fixed: '1.20.0' });
    expect(evaluateAffected('npm', '1.19.0-rc.1', a)).toBe('affected');
    expect(evaluateAffected('npm', '1.20.0-rc.1', a)).toBe('affected');
    const next = semver({ introduced: '16.0.0-beta.0' }, { fixed: '16.1.5' });
    expect(evaluateAffected('npm', '16.2.2', next)).toBe('not-affected');
    expect(evaluateAffected('npm', '16.0.0-canary.3', next)).toBe('affected');
  });

  it('the enumerated versions list counts on its own (GIT-only ranges are unusable offline)', () => {
    const a: OsvAffected = { ranges: [{ type: 'GIT', repo: 'https://github.com/x/y', events: [{ introduced: '0' }, { fixed: 'abc123' }] }], versions: ['1.0', '1.1'] };
    expect(evaluateAffected('PyPI', '1.1', a)).toBe('affected');
    expect(evaluateAffected('PyPI', '1.1.0', a)).toBe('affected');
    expect(evaluateAffected('PyPI', '1.2', a)).toBe('not-affected');
  });

  it('Cargo introduced 0.0.0-0 sorts below everything', () => {
    const a = semver({ introduced: '0.0.0-0' }, { fixed: '0.6.14' });
    expect(evaluateAffected('crates.io', '0.0.1', a)).toBe('affected');
    expect(evaluateAffected('crates.io', '0.6.13', a)).toBe('affected');
    expect(evaluateAffected('crates.io', '1.0.0', a)).toBe('not-affected');
  });

  it('Go pseudo-versions and v-prefixed versions in SEMVER ranges', () => {
    const a = semver({ introduced: '0' }, { fixed: '0.0.0-20220906165146-f3363e06e74c' });
    expect(evaluateAffected('Go', 'v0.0.0-20210101000000-aaaaaaaaaaaa', a)).toBe('affected');
    expect(evaluateAffected('Go', 'v0.0.0-20220906165146-f3363e06e74c', a)).toBe('not-affected');
    expect(evaluateAffected('Go', 'v0.1.0', a)).toBe('not-affected');
  });

  it('an unparsable installed version is unknown, not "not affected" (nor dropped)', () => {
    expect(evaluateAffected('PyPI', '0.1-bulbasaur', eco({ introduced: '0' }, { fixed: '1.0' }))).toBe('unknown');
    expect(evaluateAffected('PyPI', '>=5.1', eco({ introduced: '0' }, { fixed: '5.4' }))).toBe('unknown');
    expect(evaluateAffected('Maven', '${x}', eco({ introduced: '0' }, { fixed: '2.0' }))).toBe('unknown');
  });

  it('invalid versions in an advisory versions list are ignored for other ecosystems (osv-scanner PR #957)', () => {
    const a: OsvAffected = { versions: ['1.0.0', 'v1-not-ruby', '1.1.0'] };
    expect(evaluateAffected('RubyGems', '1.1.0', a)).toBe('affected');
    expect(evaluateAffected('RubyGems', '1.2.0', a)).toBe('not-affected');
  });

  it('an empty interval (introduced == fixed, RUSTSEC-2024-0399) affects nothing', () => {
    const a = semver({ introduced: '0.23.0' }, { fixed: '0.23.0' });
    expect(evaluateAffected('crates.io', '0.23.0', a)).toBe('not-affected');
  });

  it('PEP 440 ECOSYSTEM ranges: post releases after the fix, prereleases before it', () => {
    const a = eco({ introduced: '0' }, { fixed: '2.10.1' });
    expect(evaluateAffected('PyPI', '2.10.1rc1', a)).toBe('affected');
    expect(evaluateAffected('PyPI', '2.10.1.post1', a)).toBe('not-affected');
  });
});

describe('fix advice', () => {
  it('smallest fixed version above the installed one, per branch', () => {
    const a: OsvAffected = { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '4.20.0' }, { introduced: '5.0.0-alpha.1' }, { fixed: '5.0.0' }] }] };
    expect(fixAdvice('npm', '4.16.0', [a])).toEqual({ kind: 'upgrade', version: '4.20.0' });
    expect(fixAdvice('npm', '5.0.0-beta.1', [a])).toEqual({ kind: 'upgrade', version: '5.0.0' });
  });

  it('skips a fixed bound another range of the group still affects', () => {
    const first: OsvAffected = { ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.5.0' }] }] };
    const overlapping: OsvAffected = { ranges: [{ type: 'SEMVER', events: [{ introduced: '1.2.0' }, { fixed: '2.0.0' }] }] };
    expect(fixAdvice('npm', '1.3.0', [first, overlapping])).toEqual({ kind: 'upgrade', version: '2.0.0' });
  });

  it('last_affected without fixed gives "upgrade past", nothing gives "none"', () => {
    expect(fixAdvice('npm', '0.1.0', [{ ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { last_affected: '0.2.0' }] }] }])).toEqual({ kind: 'upgrade-past', version: '0.2.0' });
    expect(fixAdvice('npm', '0.1.0', [{ ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }])).toEqual({ kind: 'none' });
  });
});
