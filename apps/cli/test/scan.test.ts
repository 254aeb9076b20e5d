import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli';

const FIX = join(REPO_ROOT, 'apps', 'cli', 'test', 'fixtures');
const APP = join(FIX, 'scan-app');
const tmp = mkdtempSync(join(tmpdir(), 'nullpath-scan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonReport {
  findings: { ruleId: string; file: string; line: number; level: string; trace: { kind: string; line: number }[]; fingerprint: string }[];
  skipped: { path: string; reason: string }[];
  stats: { analyzedFiles: number; rules: number };
}

function json(args: string[]): { status: number | null; report: JsonReport; stderr: string } {
  const r = runCli(['scan', ...args, '--format', 'json', '--no-progress']);
  return { status: r.status, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

const found = (r: JsonReport): string[] => r.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`);

describe('nullpath scan', { timeout: 120_000 }, () => {
  it('reports taint, pattern and secret findings as text and exits 1 at the default --fail-on high', () => {
    const r = runCli(['scan', APP, '--no-progress']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('src/server.js:8:3  CRITICAL  js.injection.command-injection');
    expect(r.stdout).toContain('source src/server.js:8  source: req.query (remote)');
    expect(r.stdout).toContain('src/server.js:12:3  HIGH  js.xss.reflected-xss');
    expect(r.stdout).toContain('src/util.ts:4:10  MEDIUM  js.crypto.weak-hash');
    expect(r.stdout).toContain('.env:1:12  CRITICAL  generic.secrets.stripe-secret-key');
    expect(r.stdout).toContain('public/app.min.js: minified or generated code');
    expect(r.stdout).toMatch(/4 findings \(2 critical, 1 high, 1 medium\) in 2 analysed files/);
    expect(r.stdout).not.toContain('sk_live_');
  });

  it('skips node_modules, vendored code and .nullpathignore patterns', () => {
    const { report } = json([APP]);
    expect(found(report)).toEqual([
      'generic.secrets.stripe-secret-key .env:1',
      'js.injection.command-injection src/server.js:8',
      'js.xss.reflected-xss src/server.js:12',
      'js.crypto.weak-hash src/util.ts:4',
    ]);
    expect(report.skipped).toEqual([{ path: 'public/app.min.js', reason: 'minified or generated code' }]);
    expect(report.findings.every((f) => /^[0-9a-f]{32}$/.test(f.fingerprint))).toBe(true);
  });

  it('uses --fail-on as the exit threshold and --rules to select packs', () => {
    const medium = json([APP, '--rules', 'js.crypto']);
    expect(found(medium.report)).toEqual(['js.crypto.weak-hash src/util.ts:4']);
    expect(medium.status).toBe(0);
    expect(runCli(['scan', APP, '--rules', 'js.crypto', '--fail-on', 'medium', '--no-progress']).status).toBe(1);
  });

  it('writes SARIF 2.1.0 to --output', () => {
    const out = join(tmp, 'report.sarif');
    const r = runCli(['scan', APP, '--format', 'sarif', '--output', out, '--no-progress']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const log = JSON.parse(readFileSync(out, 'utf8')) as { version: string; runs: { results: { ruleId: string }[]; tool: { driver: { name: string } } }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.tool.driver.name).toBe('Nullpath');
    expect(log.runs[0]!.results.map((x) => x.ruleId).sort()).toEqual(['generic.secrets.stripe-secret-key', 'js.crypto.weak-hash', 'js.injection.command-injection', 'js.xss.reflected-xss']);
  });

  it('finds Java servlet issues and reports them in SARIF with their code flows', () => {
    const dir = join(FIX, 'scan-java');
    const { status, report } = json([dir]);
    expect(status).toBe(1);
    const servlet = 'src/main/java/com/example/web/SearchServlet.java';
    expect(found(report)).toEqual([`java.injection.sql-injection ${servlet}:23`, `java.xss.reflected-xss ${servlet}:30`, `java.crypto.weak-hash ${servlet}:35`]);
    expect(report.findings[0]!.trace[0]).toMatchObject({ kind: 'source', line: 20 });
    const out = join(tmp, 'java.sarif');
    expect(runCli(['scan', dir, '--format', 'sarif', '--output', out, '--no-progress']).status).toBe(1);
    const log = JSON.parse(readFileSync(out, 'utf8')) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; codeFlows?: unknown[] }[] }[];
    };
    const results = log.runs[0]!.results;
    expect(results.map((x) => `${x.ruleId}:${x.locations[0]!.physicalLocation.region.startLine}`)).toEqual(['java.injection.sql-injection:23', 'java.xss.reflected-xss:30', 'java.crypto.weak-hash:35']);
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(servlet);
    expect(results[0]!.codeFlows).toHaveLength(1);
  });

  it('treats exported function parameters as attacker-controlled only with --threat-model library', () => {
    const lib = join(FIX, 'scan-lib');
    expect(json([lib]).report.findings).toEqual([]);
    const { status, report } = json([lib, '--threat-model', 'library']);
    expect(status).toBe(1);
    expect(found(report)).toEqual(['js.injection.command-injection index.js:4']);
    expect(report.findings[0]!.trace[0]).toMatchObject({ kind: 'source', line: 3 });
  });

  it('loads custom sinks from --sources-sinks', () => {
    const dir = join(FIX, 'scan-custom');
    expect(json([join(dir, 'app')]).report.findings).toEqual([]);
    const { status, report } = json([join(dir, 'app'), '--sources-sinks', join(dir, 'acme-models.yaml')]);
    expect(status).toBe(1);
    expect(found(report)).toEqual(['js.injection.sql-injection report.js:7']);
  });

  it('exits 2 on errors: missing path, bad option values, invalid models, no matching rules', () => {
    const missing = runCli(['scan', join(FIX, 'does-not-exist')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    expect(runCli(['scan', APP, '--format', 'xml']).status).toBe(2);
    const bad = runCli(['scan', APP, '--sources-sinks', join(FIX, 'scan-custom', 'bad-models.yaml')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unsupported schemaVersion 2');
    const none = runCli(['scan', APP, '--rules', 'cobol']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no rules loaded');
  });
});
