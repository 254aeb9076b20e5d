import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli';

const FIX = join(REPO_ROOT, 'packages', 'sca', 'fixtures');
const APP = join(FIX, 'trees', 'reach-app');
const tmp = mkdtempSync(join(tmpdir(), 'np-cli-sca-'));
// each runCli pays the whole CLI's startup (≈3 s, mostly @nullpath/server); multi-spawn tests get a longer timeout
const SLOW = 150_000;
// an empty data dir so the default store location is predictable (nothing imported → bundled seed set)
const env = { NULLPATH_DATA_DIR: join(tmp, 'empty-data') };
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('nullpath sca', () => {
  it('text report from the bundled seed set; exit 1 at the default --fail-on high', () => {
    const r = runCli(['sca', APP], env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('advisory data as of 2026-08-11T10:24:59Z (781 records');
    expect(r.stdout).toContain('fix: upgrade lodash 4.17.15 → 4.17.21');
    expect(r.stdout).toMatch(/GHSA-p6mc-m468-83gw[^\n]*\n[^\n]*\n[^\n]*\n[^\n]*\n\s+reachability: reachable \[function\] — first-party code calls zipObjectDeep at src\/util\.ts:2/);
    expect(r.stdout).toMatch(/minimist@0\.0\.8 — dev, direct[\s\S]*?reachability: not-reachable \[scope\]/);
  });

  it('--prod-only with --fail-on critical drops the dev-only critical finding and exits 0', () => {
    const r = runCli(['sca', APP, '--fail-on', 'critical', '--prod-only', '--format', 'json'], env);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.findings.some((f: { package: { name: string } }) => f.package.name === 'minimist')).toBe(false);
    const p6mc = json.findings.find((f: { id: string }) => f.id === 'GHSA-p6mc-m468-83gw');
    expect(p6mc.reachability).toMatchObject({ state: 'reachable', level: 'function' });
    expect(p6mc.reachability.evidence[0]).toEqual({ kind: 'call', file: 'src/util.ts', line: 2, module: 'lodash', symbol: 'zipObjectDeep' });
    const template = json.findings.find((f: { id: string }) => f.id === 'GHSA-35jh-r3h4-6jhm');
    expect(template.reachability).toMatchObject({ state: 'not-reachable', level: 'function' });
  }, SLOW);

  it('writes SARIF and CycloneDX with --output (SPDX output is schema-tested in packages/sca)', () => {
    for (const [format, check] of [
      ['sarif', (d: Record<string, unknown>) => expect(d['version']).toBe('2.1.0')],
      ['cyclonedx', (d: Record<string, unknown>) => expect(d['specVersion']).toBe('1.6')],
    ] as const) {
      const out = join(tmp, `report.${format}.json`);
      const r = runCli(['sca', APP, '--format', format, '--output', out, '--fail-on', 'none'], env);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('');
      check(JSON.parse(readFileSync(out, 'utf8')));
    }
  }, SLOW);

  it('exit 2 for a missing path or a bad option value', () => {
    const missing = runCli(['sca', join(tmp, 'nope')], env);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('is not a directory');
    const bad = runCli(['sca', APP, '--fail-on', 'severe'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--fail-on must be one of critical, high, medium, low, info, none');
  }, SLOW);
});

describe('nullpath sca reachability across languages (engine for JS/TS/Python, line-based fallback for Go/Rust)', () => {
  it('rates Go, Rust, Python and Ruby findings with import and function evidence; NuGet stays unknown', () => {
    const r = runCli(['sca', join(FIX, 'trees', 'polyglot'), '--format', 'json', '--fail-on', 'none'], env);
    expect(r.status).toBe(0);
    const rated = Object.fromEntries(
      JSON.parse(r.stdout).findings.map((f: { id: string; package: { name: string }; reachability: { state: string; level: string; evidence: Array<{ file: string; line: number }> } }) => [
        `${f.id} ${f.package.name}`,
        `${f.reachability.state}/${f.reachability.level}${f.reachability.evidence[0] ? ` ${f.reachability.evidence[0].file}:${f.reachability.evidence[0].line}` : ''}`,
      ]),
    );
    expect(rated).toMatchObject({
      'GO-2022-0956 gopkg.in/yaml.v2': 'reachable/function cmd/main.go:11',
      'GO-2022-1059 golang.org/x/text': 'not-reachable/import',
      'GO-2024-2687 stdlib': 'not-reachable/function cmd/main.go:4',
      'RUSTSEC-2021-0003 smallvec': 'reachable/function src/lib.rs:4',
      'PYSEC-2020-96 pyyaml': 'reachable/import py/app.py:1',
      // requirements.txt cannot tell whether another dependency loads jinja2
      'PYSEC-2019-217 jinja2': 'unknown/none',
      'GHSA-gxr4-xjj5-5px2 jquery-rails': 'reachable/import lib/app.rb:1',
      // NuGet namespaces do not name packages: no data, so unknown rather than "not reachable"
      'GHSA-gxr4-xjj5-5px2 jQuery': 'unknown/none',
    });
  });
});

describe('nullpath advisories', () => {
  // no --advisories: the store goes to $NULLPATH_DATA_DIR/advisories, where `sca` then finds it
  const dataEnv = { NULLPATH_DATA_DIR: join(tmp, 'data') };

  it('status without an import reports the bundled seed set', () => {
    const s = runCli(['advisories', 'status', '--json'], env);
    expect(s.status).toBe(0);
    expect(JSON.parse(s.stdout)).toMatchObject({ totalRecords: 781, store: expect.stringContaining('using the bundled seed set') });
  });

  it('imports a folder (invalid records reported, batch continues) and a zip filtered by ecosystem; status and sca use that store', () => {
    const a = runCli(['advisories', 'import', join(FIX, 'osv', 'folder'), '--quiet'], dataEnv);
    expect(a.status).toBe(0);
    expect(a.stdout).toContain('read 6, inserted 3, updated 0, unchanged 0, invalid 3, filtered 0');
    expect(a.stderr).toContain('skipped invalid record npm/broken.json: cannot parse');
    const z = runCli(['advisories', 'import', join(FIX, 'osv', 'mini-all.zip'), '--ecosystems', 'npm,Go'], dataEnv);
    expect(z.status).toBe(0);
    expect(z.stdout).toContain('read 5, inserted 3, updated 0, unchanged 0, invalid 1, filtered 1');
    const s = runCli(['advisories', 'status'], dataEnv);
    expect(s.stdout).toContain(`advisory store: ${join(tmp, 'data', 'advisories')}`);
    expect(s.stdout).toContain('records: 6 (1 withdrawn)');
    expect(s.stdout).toContain('by ecosystem: Go 1, PyPI 1, npm 4');
    expect(s.stdout).toContain('advisory data as of: 2024-05-01T00:00:00Z');
    const r = runCli(['sca', APP, '--format', 'json'], dataEnv);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ advisoryData: { totalRecords: 6 }, summary: { findings: 0 } });
  }, SLOW);

  it('--advisories naming a missing store is an error (exit 2), not a silent fallback', () => {
    const r = runCli(['sca', APP, '--advisories', join(tmp, 'missing-store')], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no advisory store at');
  });
});

describe('line-based fallback extractors (in process)', () => {
  it('reads Go single-line and aliased imports, Python from-imports with aliases, Ruby requires and JS destructuring', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const { fallbackImportExtractor, fallbackCallExtractor } = await import('../src/commands/sca.command');
    const dir = join(tmp, 'fallback');
    mkdirSync(dir, { recursive: true });
    const files = [
      ['a.go', 'package main\n\nimport "gopkg.in/yaml.v2"\nimport y3 "gopkg.in/yaml.v3"\n\nfunc f() {\n\tyaml.Unmarshal(nil, nil)\n\ty3.Marshal(nil)\n}\n', 'go'],
      ['b.py', 'from yaml import load as l, dump\nimport jinja2\n\nl("x")\n', 'python'],
      ['c.rb', "require 'nokogiri'\nrequire_relative 'lib/x'\n", 'ruby'],
      ['d.js', "const { template: tpl } = require('lodash');\nimport('lodash/fp');\ntpl('x');\n", 'javascript'],
    ] as const;
    for (const [name, content] of files) writeFileSync(join(dir, name), content);
    const sources = files.map(([name, , language]) => ({ path: join(dir, name), relPath: name, language }));
    const sites = await fallbackImportExtractor.extract(sources);
    expect(sites.map((s) => `${s.file}:${s.line} ${s.module}`)).toEqual([
      'a.go:3 gopkg.in/yaml.v2',
      'a.go:4 gopkg.in/yaml.v3',
      'b.py:1 yaml',
      'b.py:2 jinja2',
      'c.rb:1 nokogiri',
      'd.js:1 lodash',
      'd.js:2 lodash/fp',
    ]);
    const calls = await fallbackCallExtractor.extract(sources, [
      { module: 'gopkg.in/yaml.v2', symbols: ['Unmarshal'] },
      { module: 'gopkg.in/yaml.v3', symbols: ['Marshal'] },
      { module: 'yaml', symbols: ['load', 'dump'] },
      { module: 'lodash', symbols: ['template'] },
    ]);
    expect(calls.map((c) => `${c.file}:${c.line} ${c.module} ${c.symbol}`)).toEqual([
      'a.go:7 gopkg.in/yaml.v2 Unmarshal',
      'a.go:8 gopkg.in/yaml.v3 Marshal',
      'b.py:4 yaml load',
      'd.js:3 lodash template',
    ]);
  });
});
