import { describe, expect, it } from 'vitest';
import { osv } from '../../test/builders';
import { severityOf } from './severity';

describe('severityOf', () => {
  it('scores CVSS 3.1 and 4.0 vectors (v4 preferred when both are present)', () => {
    const v3 = osv('A', 'npm', 'x', [], { severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H' }] });
    expect(severityOf(v3)).toEqual({ level: 'HIGH', cvssScore: 7.4, cvssVector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H', source: 'cvss_v3' });
    const both = osv('B', 'npm', 'x', [], { severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H' }, { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N' }] });
    expect(severityOf(both)).toMatchObject({ level: 'CRITICAL', cvssScore: 9.3, source: 'cvss_v4' });
  });

  it('falls back to the record\'s own word (GHSA MODERATE, lower-case in old records), then UNKNOWN', () => {
    expect(severityOf(osv('C', 'npm', 'x', [], { database_specific: { severity: 'MODERATE' } })).level).toBe('MEDIUM');
    expect(severityOf(osv('D', 'npm', 'x', [], { database_specific: { severity: 'low' } })).level).toBe('LOW');
    expect(severityOf(osv('E', 'npm', 'x', [], { severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/garbage' }] }))).toEqual({ level: 'UNKNOWN', source: 'none' });
  });

  it('RustSec informational notices are INFO', () => {
    const r = osv('RUSTSEC-2016-0005', 'crates.io', 'rust-crypto', [{ introduced: '0' }]);
    r.affected![0]!.database_specific = { informational: 'unmaintained' };
    expect(severityOf(r).level).toBe('INFO');
  });
});
