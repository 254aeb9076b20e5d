import { describe, expect, it } from 'vitest';
import type { FindingInput } from './finding';
import { isNonProductPath, staticValidation } from './validation';

const base: FindingInput = {
  fingerprint: 'f', category: 'SAST', ruleId: 'js.injection.command', vulnClass: 'Command Injection', cwes: ['CWE-78'], language: 'javascript',
  title: 't', description: 'd', remediation: null, score: 90, confidence: 80, file: 'src/app.js', startLine: 7, endLine: 7, startColumn: 1, endColumn: 9,
  snippet: null, trace: [{ file: 'src/app.js', line: 6, label: 'source: req.query.host' }, { file: 'src/app.js', line: 7, label: 'sink: exec' }], sca: null,
};

describe('static validation', () => {
  it('confirms a complete source-to-sink path in product code and says where', () => {
    const v = staticValidation(base);
    expect(v.verdict).toBe('CONFIRMED');
    expect(v.assessment).toBe('Untrusted input (req.query.host) at src/app.js:6 reaches exec at src/app.js:7 through 0 intermediate steps, with no sanitiser recognised on the path.');
  });

  it('disconfirms a path that only runs through test, example or vendored code', () => {
    const trace = base.trace!.map((s) => ({ ...s, file: 'test/app.test.js' }));
    expect(staticValidation({ ...base, file: 'test/app.test.js', trace }).verdict).toBe('DISCONFIRMED');
    // One product step keeps it confirmed.
    expect(staticValidation({ ...base, file: 'test/app.test.js', trace: [trace[0]!, { ...trace[1]!, file: 'src/run.js' }] }).verdict).toBe('CONFIRMED');
  });

  it('leaves a pattern match without a data flow UNKNOWN', () => {
    expect(staticValidation({ ...base, ruleId: 'js.crypto.weak-hash', trace: null }).verdict).toBe('UNKNOWN');
    expect(staticValidation({ ...base, trace: [{ file: 'src/app.js', line: 7, label: 'sink: exec' }] }).verdict).toBe('UNKNOWN');
  });

  it('follows SCA reachability', () => {
    const sca = { packageName: 'lodash', version: '4.17.15', ecosystem: 'npm', purl: null, vulnId: 'GHSA-x', aliases: [], summary: '', severityScore: 7, fixedVersion: null, fixText: null, upgradeVia: null, transitivity: 'direct' as const, scope: 'prod', paths: [], manifestPath: 'package-lock.json', evidence: [{ file: 'a.js', line: 3, kind: 'import' }], references: [] };
    expect(staticValidation({ ...base, category: 'SCA', trace: null, sca: { ...sca, reachability: 'reachable' } })).toMatchObject({ verdict: 'CONFIRMED' });
    expect(staticValidation({ ...base, category: 'SCA', trace: null, sca: { ...sca, reachability: 'not-reachable' } })).toMatchObject({ verdict: 'DISCONFIRMED' });
    expect(staticValidation({ ...base, category: 'SCA', trace: null, sca: { ...sca, reachability: 'unknown' } })).toMatchObject({ verdict: 'UNKNOWN' });
  });

  it('classifies non-product paths', () => {
    for (const f of ['test/a.js', 'src/__tests__/a.ts', 'a.spec.ts', 'examples/x.py', 'vendor/lib.js', 'pkg/test_views.py', 'views_test.py', 'node_modules/x/i.js']) expect(isNonProductPath(f), f).toBe(true);
    for (const f of ['src/app.js', 'contest.py', 'latest/app.js', 'testing.md']) expect(isNonProductPath(f), f).toBe(false);
  });
});
