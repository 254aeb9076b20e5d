import { describe, expect, it } from 'vitest';
import { loadModelFile, loadRule, loadRules, RuleLoadError } from './load';

const base = {
  schemaVersion: 1,
  id: 'js.injection.demo',
  title: 'Demo rule',
  languages: ['javascript'],
  cwe: 'CWE-78',
  severity: 9,
  confidence: 'high',
  description: 'A demo rule for loader tests.',
  remediation: 'Nothing to remediate here.',
  mode: 'taint',
  taint: { sinks: ['command-injection'] },
};

describe('rule and model loading', () => {
  it('loads YAML text and plain objects', () => {
    expect(loadRule({ origin: 'obj', data: base }).id).toBe('js.injection.demo');
    const yaml = 'schemaVersion: 1\nid: py.crypto.demo\ntitle: Demo\nlanguages: [python]\ncwe: CWE-328\nseverity: 5\nconfidence: high\ndescription: A demo rule.\nremediation: Use sha256.\nmode: match\nmatch:\n  - pattern: hashlib.md5(...)\n';
    expect(loadRule({ origin: 'demo.yaml', data: yaml }).match?.[0]?.pattern).toBe('hashlib.md5(...)');
  });

  it('refuses unknown or missing schema versions', () => {
    expect(() => loadRule({ origin: 'v2.yaml', data: { ...base, schemaVersion: 2 } })).toThrow('v2.yaml: unsupported schemaVersion 2 (this engine reads version 1)');
    const { schemaVersion: _omit, ...noVersion } = base;
    expect(() => loadRule({ origin: 'nov.yaml', data: noVersion })).toThrow('nov.yaml: missing schemaVersion');
    expect(() => loadModelFile({ origin: 'm.yaml', data: 'schemaVersion: 3\nsinks: []\n' })).toThrow(RuleLoadError);
  });

  it('rejects invalid rules with the field that is wrong', () => {
    expect(() => loadRule({ origin: 'bad-id', data: { ...base, id: 'Demo' } })).toThrow(/id: rule ids look like/);
    expect(() => loadRule({ origin: 'bad-sev', data: { ...base, severity: 11 } })).toThrow(/severity/);
    expect(() => loadRule({ origin: 'no-taint', data: { ...base, taint: undefined } })).toThrow(/mode "taint" needs a "taint" section/);
    expect(() => loadRule({ origin: 'bad-re', data: { ...base, mode: 'secrets', taint: undefined, secrets: { regex: '(' } } })).toThrow(/invalid regex/);
  });

  it('fails when zero rules load or ids repeat', () => {
    expect(() => loadRules([])).toThrow('no rules loaded');
    expect(() => loadRules([{ origin: 'a', data: base }, { origin: 'b', data: base }])).toThrow('b: duplicate rule id js.injection.demo (also in a)');
  });

  it('validates model rows: exactly one root per row', () => {
    expect(() => loadModelFile({ origin: 'm', data: { schemaVersion: 1, sinks: [{ path: 'Argument[0]', kind: 'x' }] } })).toThrow(/exactly one of `package` or `type`/);
    const ok = loadModelFile({ origin: 'm', data: { schemaVersion: 1, language: 'javascript', sinks: [{ package: 'child_process', path: 'Member[exec].Argument[0]', kind: 'command-injection' }] } });
    expect(ok.sinks?.[0]?.package).toBe('child_process');
  });
});
