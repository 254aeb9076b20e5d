import { describe, expect, it } from 'vitest';
import { osv, pkg } from '../../test/builders';
import { MemoryAdvisoryStore } from '../store/memory-advisory.store';
import { matchPackages } from './matcher';

async function storeWith(...records: Parameters<MemoryAdvisoryStore['upsert']>[0][number][]): Promise<MemoryAdvisoryStore> {
  const s = new MemoryAdvisoryStore();
  await s.upsert(records);
  return s;
}

describe('matchPackages (regressions from sca.md §2)', () => {
  it('#1 re-checks multi-range prerelease records locally and names the fix (osv-scanner #2694)', async () => {
    const store = await storeWith({
      id: 'GHSA-5f7q-jpqc-wp7h',
      modified: '2025-01-01T00:00:00Z',
      summary: 'next: cache poisoning',
      affected: [{ package: { ecosystem: 'npm', name: 'next' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '13.0.0' }, { fixed: '15.5.10' }, { introduced: '16.0.0-beta.0' }, { fixed: '16.1.5' }] }] }],
    });
    expect(await matchPackages([pkg('npm', 'next', '16.2.2')], store)).toEqual([]);
    const [f] = await matchPackages([pkg('npm', 'next', '16.1.0')], store);
    expect(f!.fixText).toBe('upgrade next 16.1.0 → 16.1.5');
    const [pre] = await matchPackages([pkg('npm', 'next', '16.0.0-canary.1')], store);
    expect(pre!.fix).toEqual({ kind: 'upgrade', version: '16.1.5' });
  });

  it('#2 matches every version of one package separately', async () => {
    const store = await storeWith(osv('GHSA-pxg6-pf52-xh8x', 'npm', 'cookie', [{ introduced: '0' }, { fixed: '0.7.0' }]));
    const found = await matchPackages([pkg('npm', 'cookie', '0.5.0'), pkg('npm', 'cookie', '0.4.1', { direct: false }), pkg('npm', 'cookie', '0.7.1')], store);
    expect(found.map((f) => f.installedVersion)).toEqual(['0.5.0', '0.4.1']);
  });

  it('#3 never matches git, file or link sources, even against a MAL- record of the same name (osv-scanner #2850)', async () => {
    const store = await storeWith(osv('MAL-2024-1', 'npm', 'left-pad', [{ introduced: '0' }]));
    const found = await matchPackages([pkg('npm', 'left-pad', '1.1.0', { source: 'git' }), pkg('npm', 'left-pad', '1.1.0', { source: 'link' })], store);
    expect(found).toEqual([]);
    expect((await matchPackages([pkg('npm', 'left-pad', '1.1.0')], store)).map((f) => f.id)).toEqual(['MAL-2024-1']);
  });

  it('#4 uses only the affected[] entries of the package\'s own ecosystem; unparsable versions become "unknown" findings', async () => {
    const store = await storeWith({
      id: 'GHSA-5844-q3fc-56rh',
      modified: '2024-01-01T00:00:00Z',
      affected: [
        { package: { ecosystem: 'npm', name: 'rack' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '9.0.0' }] }] },
        { package: { ecosystem: 'RubyGems', name: 'rack' }, versions: ['2.0.0', 'v2.0.1-js-only'], ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0.0' }, { fixed: '2.0.8' }] }] },
      ],
    });
    expect(await matchPackages([pkg('RubyGems', 'rack', '2.1.0')], store)).toEqual([]);
    expect((await matchPackages([pkg('RubyGems', 'rack', '2.0.7')], store))[0]!.fix.version).toBe('2.0.8');
    const [unknown] = await matchPackages([pkg('RubyGems', 'rack', 'not a version!')], store);
    expect(unknown!.state).toBe('unknown');
    expect(unknown!.fix.kind).toBe('unknown');
  });

  it('#6 matches by ecosystem + normalised name only: no fuzzy names, no other ecosystems, npm stays case-sensitive', async () => {
    const store = await storeWith(
      osv('GHSA-aaaa-connect', 'npm', 'connect-x', [{ introduced: '0' }]),
      osv('GHSA-bbbb-formidable', 'Maven', 'formidable', [{ introduced: '0' }]),
      osv('GHSA-8hc4-vh64-cxmj', 'npm', 'Axios', [{ introduced: '0' }, { fixed: '1.7.4' }]),
      osv('PYSEC-2020-96', 'PyPI', 'PyYAML', [{ introduced: '0' }, { fixed: '5.4' }]),
    );
    expect(await matchPackages([pkg('npm', 'connect', '3.0.0'), pkg('npm', 'formidable', '1.0.0'), pkg('npm', 'axios', '1.6.0')], store)).toEqual([]);
    expect((await matchPackages([pkg('PyPI', 'pyyaml', '5.1')], store)).map((f) => f.id)).toEqual(['PYSEC-2020-96']);
  });

  it('#7 a package that is both dev and prod keeps both scopes, deterministically prod first', async () => {
    const store = await storeWith(osv('GHSA-xvch-5gv4-984h', 'npm', 'minimist', [{ introduced: '0' }, { fixed: '1.2.6' }]));
    const [f] = await matchPackages([pkg('npm', 'minimist', '1.2.0', { scope: 'prod', scopes: ['prod', 'dev'] })], store);
    expect(f!.package.scope).toBe('prod');
    expect(f!.package.scopes).toEqual(['prod', 'dev']);
  });

  it('skips withdrawn records but the store keeps them', async () => {
    const store = await storeWith(osv('GHSA-27h2-hvpr-p74q', 'npm', 'jsonwebtoken', [{ introduced: '0' }, { fixed: '9.0.0' }], { withdrawn: '2023-01-27T21:51:55Z' }));
    expect(await matchPackages([pkg('npm', 'jsonwebtoken', '8.5.1')], store)).toEqual([]);
    expect(await store.getById('GHSA-27h2-hvpr-p74q')).toBeDefined();
  });

  it('groups records that alias each other (including a cycle) into one finding with all ids', async () => {
    const store = await storeWith(
      osv('GHSA-p6mc-m468-83gw', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.20' }], { aliases: ['CVE-2020-8203'] }),
      osv('x_NSWG-ECO-516', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.19' }], { aliases: ['CVE-2020-8203', 'GHSA-p6mc-m468-83gw'] }),
      osv('OSV-CYCLE-1', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.19' }], { aliases: ['x_NSWG-ECO-516'], related: ['GHSA-35jh-r3h4-6jhm'] }),
      osv('GHSA-35jh-r3h4-6jhm', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.21' }], { aliases: ['CVE-2021-23337'] }),
    );
    const found = await matchPackages([pkg('npm', 'lodash', '4.17.15')], store);
    expect(found.map((f) => [f.id, f.aliases, f.fix.version])).toEqual([
      ['GHSA-35jh-r3h4-6jhm', ['CVE-2021-23337'], '4.17.21'],
      ['GHSA-p6mc-m468-83gw', ['CVE-2020-8203', 'OSV-CYCLE-1', 'x_NSWG-ECO-516'], '4.17.20'],
    ]);
  });

  it('names the direct dependency to change for a transitive package, and scores severity from CVSS', async () => {
    const store = await storeWith(
      osv('GHSA-hrpp-h998-j3pp', 'npm', 'qs', [{ introduced: '6.5.0' }, { fixed: '6.5.3' }], { severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }], database_specific: { cwe_ids: ['CWE-1321'] } }),
    );
    const [f] = await matchPackages([pkg('npm', 'qs', '6.5.1', { direct: false, directDependencies: ['express'], paths: [['express@4.16.0', 'qs@6.5.1']] })], store);
    expect(f!.viaDirect).toEqual(['express']);
    expect(f!.severity).toMatchObject({ level: 'HIGH', cvssScore: 7.5, source: 'cvss_v3' });
    expect(f!.cwes).toEqual(['CWE-1321']);
  });

  it('reads Go symbols and RustSec functions as function-level data for the whole alias group (osv-scanner PR #1093)', async () => {
    const store = await storeWith(
      { id: 'GO-2022-0956', modified: '2024-01-01T00:00:00Z', aliases: ['CVE-2022-3064', 'GHSA-6q6q-88xp-6f2r'], affected: [{ package: { ecosystem: 'Go', name: 'gopkg.in/yaml.v2' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.2.4' }] }], ecosystem_specific: { imports: [{ path: 'gopkg.in/yaml.v2', symbols: ['Decoder.Decode', 'Unmarshal', 'decoder.unmarshal'] }] } }] },
      osv('GHSA-6q6q-88xp-6f2r', 'Go', 'gopkg.in/yaml.v2', [{ introduced: '0' }, { fixed: '2.2.4' }], { aliases: ['CVE-2022-3064'] }),
    );
    const [f] = await matchPackages([pkg('Go', 'gopkg.in/yaml.v2', 'v2.2.2')], store);
    expect(f!.id).toBe('GHSA-6q6q-88xp-6f2r');
    expect(f!.symbols).toEqual([{ module: 'gopkg.in/yaml.v2', symbols: ['Decoder.Decode', 'Unmarshal'] }]);
  });
});
