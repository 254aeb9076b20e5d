import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { osv } from '../../test/builders';
import { FIXTURES } from '../../test/inventory-helpers';
import { analyzeDirectory, type AnalysisResult } from '../analyze';
import { MemoryAdvisoryStore } from '../store/memory-advisory.store';
import { toJsonReport } from './json.writer';
import { toSarif } from './sarif.writer';
import { toText } from './text.writer';

let result: AnalysisResult;
beforeAll(async () => {
  const store = new MemoryAdvisoryStore();
  await store.upsert([osv('GHSA-w9mr-4mfr-499f', 'npm', 'ms', [{ introduced: '0' }, { fixed: '2.1.2' }], { aliases: ['CVE-2017-20162'], database_specific: { severity: 'MODERATE' } })]);
  result = await analyzeDirectory(path.join(FIXTURES, 'trees/monorepo'), { store });
});

describe('reports', () => {
  it('SARIF 2.1.0 validates against the OASIS schema (draft-04) with one rule per vulnerability and results at manifests', () => {
    const schema = JSON.parse(readFileSync(path.join(FIXTURES, 'schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(toSarif(result));
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['GHSA-w9mr-4mfr-499f']);
    expect(sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; properties: { installedVersion: string } }) => `${r.locations[0]!.physicalLocation.artifactLocation.uri} ${r.properties.installedVersion}`)).toEqual([
      'web/package-lock.json 2.0.0',
      'web/package-lock.json 2.1.1',
    ]);
    expect(sarif.runs[0].results[0].level).toBe('warning');
  });

  it('text report names the advisory data date, unscanned manifests, fix and reachability', () => {
    const text = toText(result);
    expect(text).toContain('advisory data as of 2024-01-01T00:00:00Z (1 records)');
    expect(text).toContain('  UNSCANNED api/composer.lock: invalid JSON');
    expect(text).toContain('fix: upgrade ms 2.0.0 → 2.1.2');
    expect(text).toContain('npm ms@2.0.0 — prod, via debug — web/package-lock.json');
    expect(text).toContain('reachability: unknown — no import extractor configured');
    expect(text.trimEnd().split('\n').at(-1)).toBe('summary: 2 medium; reachability: 2 unknown');
  });

  it('JSON report carries summary counts, manifests, unscanned files and findings', () => {
    const json = JSON.parse(toJsonReport(result));
    expect(json.schema).toBe('nullpath-sca/1');
    expect(json.summary).toEqual({ manifests: 2, unscanned: 3, packages: 6, findings: 2, bySeverity: { MEDIUM: 2 }, byReachability: { unknown: 2 } });
    expect(json.findings[0]).toMatchObject({ id: 'GHSA-w9mr-4mfr-499f', aliases: ['CVE-2017-20162'], installedVersion: '2.0.0', fix: { kind: 'upgrade', version: '2.1.2' } });
  });
});
