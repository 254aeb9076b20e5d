import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../test/inventory-helpers';
import { analyzeDirectory } from './analyze';
import { openSeedStore } from './osv/seed';
import type { MemoryAdvisoryStore } from './store/memory-advisory.store';

let store: MemoryAdvisoryStore;
beforeAll(async () => {
  store = await openSeedStore();
});

const findings = async (rel: string): Promise<string[]> =>
  (await analyzeDirectory(path.join(FIXTURES, rel), { store })).findings.map((f) => `${f.id} ${f.package.name}@${f.installedVersion} ${f.state} ${f.fix.kind}${f.fix.version ? ` ${f.fix.version}` : ''}`);

describe('real advisory data (bundled seed set) against the parser fixtures', () => {
  it('Go: module pseudo-versions, gopkg.in major suffix and the stdlib version from the toolchain line', async () => {
    const out = await findings('lockfiles/go/modern');
    expect(out).toContain('GO-2022-1059 golang.org/x/text@v0.3.7 affected upgrade 0.3.8');
    expect(out).toContain('GO-2022-0956 gopkg.in/yaml.v2@v2.2.2 affected upgrade 2.2.4');
    expect(out).toContain('GO-2024-2687 stdlib@1.21.5 affected upgrade 1.21.9');
    expect(out).toContain('GO-2023-1571 golang.org/x/net@v0.0.0-20220906165146-f3363e06e74c affected upgrade 0.7.0');
    expect(out.some((l) => l.includes('example.com/localmod'))).toBe(false);
  });

  it('Go symbols keep only what first-party code can call (exported functions and methods of exported types)', async () => {
    const r = await analyzeDirectory(path.join(FIXTURES, 'lockfiles/go/modern'), { store });
    const yaml = r.findings.find((f) => f.id === 'GO-2022-0956')!;
    expect(yaml.symbols).toEqual([{ module: 'gopkg.in/yaml.v2', symbols: ['Decoder.Decode', 'Unmarshal', 'UnmarshalStrict'] }]);
    const net = r.findings.find((f) => f.id === 'GO-2023-2102')!;
    expect(net.symbols.flatMap((s) => s.symbols)).toEqual(['Server.ServeConn']);
  });

  it('crates.io: RustSec ranges with two smallvec versions in one lockfile; functions from affects.functions', async () => {
    const r = await analyzeDirectory(path.join(FIXTURES, 'lockfiles/cargo'), { store });
    const smallvec = r.findings.filter((f) => f.package.name === 'smallvec');
    expect(smallvec.map((f) => `${f.id} ${f.installedVersion} ${f.fix.version}`)).toEqual(['RUSTSEC-2021-0003 0.6.13 0.6.14']);
    expect(smallvec[0]!.symbols).toEqual([{ module: 'smallvec', symbols: ['SmallVec::insert_many'] }]);
    expect(r.findings.some((f) => f.package.name === 'tokio')).toBe(false); // git source: never matched
  });

  it('PyPI: PEP 440 fixes, and unpinned requirements reported as unknown rather than dropped', async () => {
    const out = await findings('lockfiles/python/requirements');
    expect(out).toContain('PYSEC-2019-217 jinja2@2.10 affected upgrade 2.10.1');
    expect(out).toContain('PYSEC-2018-28 requests@2.19.1 affected upgrade 2.20.0');
    expect(out).toContain('PYSEC-2020-96 PyYAML@>=5.1 unknown unknown');
    expect(out).toContain('PYSEC-2018-66 flask@ unknown unknown');
  });

  it('Maven: ComparableVersion ordering of GHSA ranges; unresolved properties are unknown', async () => {
    const out = await findings('lockfiles/maven/pom');
    expect(out).toContain('GHSA-fmmc-742q-jg75 com.fasterxml.jackson.core:jackson-databind@2.9.8 affected upgrade 2.9.10.1');
    expect(out).toContain('GHSA-mvr2-9pj6-7w5j com.google.guava:guava@20.0 affected upgrade 24.1.1-android');
    expect(out).toContain('GHSA-6hgm-866r-3cjv commons-collections:commons-collections@${undefined.prop} unknown unknown');
  });
});
