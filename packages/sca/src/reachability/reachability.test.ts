import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { osv } from '../../test/builders';
import { FIXTURES } from '../../test/inventory-helpers';
import { analyzeDirectory } from '../analyze';
import { MemoryAdvisoryStore } from '../store/memory-advisory.store';
import { sourceFilesOf } from './reachability';
import type { CallExtractor, CallTarget, ImportExtractor, ImportSite, SourceFile } from './reachability.types';

const APP = path.join(FIXTURES, 'trees/reach-app');

/** Hand-written stand-in for the SAST engine: fixed answers, records what it was asked. */
function stubImports(sites: ImportSite[], seen: SourceFile[][] = []): ImportExtractor {
  return { languages: ['javascript', 'typescript'], extract: async (files) => (seen.push([...files]), sites) };
}
function stubCalls(calls: Array<{ file: string; line: number; module: string; symbol: string }>, asked: CallTarget[][] = []): CallExtractor {
  return { languages: ['javascript', 'typescript'], extract: async (_files, targets) => (asked.push([...targets]), calls) };
}

async function store(): Promise<MemoryAdvisoryStore> {
  const s = new MemoryAdvisoryStore();
  await s.upsert([
    { ...osv('GHSA-p6mc-m468-83gw', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.20' }]), affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '4.17.20' }] }], ecosystem_specific: { affected_functions: ['lodash.baseSet'] } }] },
    osv('GHSA-29mw-wpgm-hmr9', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.21' }]),
    osv('GHSA-w9mr-4mfr-499f', 'npm', 'ms', [{ introduced: '0' }, { fixed: '2.1.2' }]),
    osv('GHSA-vh95-rmgr-6w4m', 'npm', 'minimist', [{ introduced: '0' }, { fixed: '0.2.1' }]),
  ]);
  return s;
}

const byKey = (r: Awaited<ReturnType<typeof analyzeDirectory>>) =>
  Object.fromEntries(r.findings.map((f) => [`${f.id} ${f.package.name}@${f.installedVersion}`, `${f.reachability.state}/${f.reachability.level}`]));

describe('reachability tiers', () => {
  it('without an import extractor everything but dev-only packages is unknown (no data is never "not reachable")', async () => {
    const r = await analyzeDirectory(APP, { store: await store() });
    expect(byKey(r)).toEqual({
      'GHSA-29mw-wpgm-hmr9 lodash@4.17.15': 'unknown/none',
      'GHSA-p6mc-m468-83gw lodash@4.17.15': 'unknown/none',
      'GHSA-vh95-rmgr-6w4m minimist@0.0.8': 'not-reachable/scope',
      'GHSA-w9mr-4mfr-499f ms@2.0.0': 'unknown/none',
      'GHSA-w9mr-4mfr-499f ms@2.1.1': 'unknown/none',
    });
  });

  it('import tier: imported direct deps are reachable with file:line evidence; transitive through an imported direct dep; others not reachable', async () => {
    const seen: SourceFile[][] = [];
    const imports = stubImports([
      { file: 'src/index.js', line: 1, module: 'lodash' },
      { file: 'src/index.js', line: 2, module: 'debug' },
      { file: 'src/util.ts', line: 1, module: 'lodash', symbols: ['zipObjectDeep'] },
    ], seen);
    const r = await analyzeDirectory(APP, { store: await store(), importExtractor: imports });
    expect(seen[0]!.map((f) => `${f.relPath}:${f.language}`)).toEqual(['src/index.js:javascript', 'src/util.ts:typescript']);
    expect(byKey(r)).toEqual({
      'GHSA-29mw-wpgm-hmr9 lodash@4.17.15': 'reachable/import',
      'GHSA-p6mc-m468-83gw lodash@4.17.15': 'reachable/import',
      'GHSA-vh95-rmgr-6w4m minimist@0.0.8': 'not-reachable/scope',
      'GHSA-w9mr-4mfr-499f ms@2.0.0': 'reachable/import',
      'GHSA-w9mr-4mfr-499f ms@2.1.1': 'not-reachable/import',
    });
    const lodash = r.findings.find((f) => f.id === 'GHSA-29mw-wpgm-hmr9')!;
    expect(lodash.reachability.evidence).toEqual([
      { kind: 'import', file: 'src/index.js', line: 1, module: 'lodash' },
      { kind: 'import', file: 'src/util.ts', line: 1, module: 'lodash' },
    ]);
    expect(r.findings.find((f) => f.installedVersion === '2.0.0')!.reachability.reason).toBe('loaded through the imported direct dependency debug');
  });

  it('function tier: a call to a curated public entry point of lodash.baseSet is reachable; only advisories with symbol data are refined', async () => {
    const asked: CallTarget[][] = [];
    const r = await analyzeDirectory(APP, {
      store: await store(),
      importExtractor: stubImports([{ file: 'src/util.ts', line: 1, module: 'lodash' }]),
      callExtractor: stubCalls([{ file: 'src/util.ts', line: 2, module: 'lodash', symbol: 'zipObjectDeep' }], asked),
    });
    expect(asked[0]).toEqual([{ module: 'lodash', symbols: ['zipObjectDeep', 'set', 'setWith', 'update', 'updateWith'] }]);
    const p6mc = r.findings.find((f) => f.id === 'GHSA-p6mc-m468-83gw')!;
    expect(p6mc.reachability).toEqual({
      state: 'reachable',
      level: 'function',
      reason: 'first-party code calls zipObjectDeep',
      evidence: [
        { kind: 'call', file: 'src/util.ts', line: 2, module: 'lodash', symbol: 'zipObjectDeep' },
        { kind: 'import', file: 'src/util.ts', line: 1, module: 'lodash' },
      ],
    });
    expect(r.findings.find((f) => f.id === 'GHSA-29mw-wpgm-hmr9')!.reachability.level).toBe('import');
  });

  it('function tier: imported but none of the named functions called → not reachable at function level', async () => {
    const r = await analyzeDirectory(APP, {
      store: await store(),
      importExtractor: stubImports([{ file: 'src/index.js', line: 1, module: 'lodash' }]),
      callExtractor: stubCalls([{ file: 'src/index.js', line: 3, module: 'lodash', symbol: 'get' }]),
    });
    const p6mc = r.findings.find((f) => f.id === 'GHSA-p6mc-m468-83gw')!;
    expect(p6mc.reachability.state).toBe('not-reachable');
    expect(p6mc.reachability.level).toBe('function');
  });

  it('a failing extractor yields unknown, not a crash (osv-scanner #1443)', async () => {
    const broken: ImportExtractor = { languages: ['javascript'], extract: async () => Promise.reject(new Error('parser exploded')) };
    const r = await analyzeDirectory(APP, { store: await store(), importExtractor: broken });
    const f = r.findings.find((x) => x.id === 'GHSA-29mw-wpgm-hmr9')!;
    expect(f.reachability).toEqual({ state: 'unknown', level: 'none', reason: 'import extraction failed: parser exploded', evidence: [] });
  });

  it('an extractor that cannot read the ecosystem\'s language gives unknown', async () => {
    const pyOnly: ImportExtractor = { languages: ['python'], extract: async () => [] };
    const r = await analyzeDirectory(APP, { store: await store(), importExtractor: pyOnly });
    expect(r.findings.find((x) => x.id === 'GHSA-29mw-wpgm-hmr9')!.reachability.reason).toBe('the import extractor cannot read javascript/typescript');
  });

  it('an import in a file of another language does not count (a Python `import lodash` is not the npm package)', async () => {
    const r = await analyzeDirectory(APP, { store: await store(), importExtractor: stubImports([{ file: 'scripts/tool.py', line: 1, module: 'lodash' }]) });
    expect(r.findings.find((f) => f.id === 'GHSA-29mw-wpgm-hmr9')!.reachability.state).toBe('not-reachable');
  });

  it('a frozen requirements.txt cannot tell transitive packages apart: not imported there means unknown, not "not reachable"', async () => {
    const s = new MemoryAdvisoryStore();
    await s.upsert([osv('PYSEC-2018-28', 'PyPI', 'requests', [{ introduced: '0' }, { fixed: '2.20.0' }]), osv('PYSEC-2019-132', 'PyPI', 'urllib3', [{ introduced: '0' }, { fixed: '1.24.2' }])]);
    const py: ImportExtractor = { languages: ['python'], extract: async () => [{ file: 'app/main.py', line: 1, module: 'requests' }] };
    const r = await analyzeDirectory(path.join(FIXTURES, 'trees/py-frozen'), { store: s, importExtractor: py });
    expect(byKey(r)).toEqual({ 'PYSEC-2018-28 requests@2.19.1': 'reachable/import', 'PYSEC-2019-132 urllib3@1.23': 'unknown/none' });
    expect(r.findings[1]!.reachability.reason).toBe('urllib3 is not imported by first-party code, but requirements.txt does not tell whether another dependency loads it');
  });

  it('first-party sources exclude build output, caches, bundles and type declarations', () => {
    const files = ['src/a.js', 'bin/cli.js', 'dist/a.js', 'build/x.ts', 'lib/x.min.js', '.next/a.js', 'types/a.d.ts', 'app/main.py', 'README.md'];
    expect(sourceFilesOf('/r', files).map((f) => `${f.relPath}:${f.language}`)).toEqual(['src/a.js:javascript', 'bin/cli.js:javascript', 'app/main.py:python']);
  });

  it('--prod-only drops dev-only packages before matching', async () => {
    const r = await analyzeDirectory(APP, { store: await store(), prodOnly: true });
    expect(r.findings.some((f) => f.package.name === 'minimist')).toBe(false);
    expect(r.packages.some((p) => p.name === 'minimist')).toBe(false);
  });
});
