import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { osv } from '../../test/builders';
import { FIXTURES } from '../../test/inventory-helpers';
import { analyzeDirectory, type AnalysisResult } from '../analyze';
import { MemoryAdvisoryStore } from '../store/memory-advisory.store';
import { toCycloneDx } from './cyclonedx.writer';
import { toSpdx } from './spdx.writer';

let result: AnalysisResult;
beforeAll(async () => {
  const store = new MemoryAdvisoryStore();
  await store.upsert([
    osv('GHSA-29mw-wpgm-hmr9', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.21' }], { aliases: ['CVE-2020-28500'], severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L' }], database_specific: { cwe_ids: ['CWE-400'] } }),
    osv('GHSA-w9mr-4mfr-499f', 'npm', 'ms', [{ introduced: '0' }, { fixed: '2.1.2' }]),
  ]);
  result = await analyzeDirectory(path.join(FIXTURES, 'lockfiles/npm/lock-v3'), { store });
});

describe('CycloneDX 1.6', () => {
  it('passes the library\'s strict JSON schema validator and carries components, graph and vulnerabilities', async () => {
    const json = toCycloneDx(result, { projectName: 'fixture-app' });
    const errors = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json);
    expect(errors).toBeNull();
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate('{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"nope","name":"x"}]}')).not.toBeNull();
    const bom = JSON.parse(json);
    expect(bom.specVersion).toBe('1.6');
    expect(bom.components.map((c: { purl: string; scope: string }) => `${c.purl} ${c.scope}`)).toEqual([
      'pkg:npm/debug@2.6.8 required',
      'pkg:npm/lodash@4.17.15 optional',
      'pkg:npm/minimist@0.0.8 excluded',
      'pkg:npm/ms@2.0.0 required',
      'pkg:npm/ms@2.1.1 required',
    ]);
    const deps = Object.fromEntries(bom.dependencies.map((d: { ref: string; dependsOn?: string[] }) => [d.ref, d.dependsOn ?? []]));
    expect(deps['nullpath:root']).toEqual(['pkg:npm/debug@2.6.8', 'pkg:npm/lodash@4.17.15', 'pkg:npm/minimist@0.0.8', 'pkg:npm/ms@2.1.1']);
    expect(deps['pkg:npm/debug@2.6.8']).toEqual(['pkg:npm/ms@2.0.0']);
    const vulns = bom.vulnerabilities.map((v: { id: string; affects: Array<{ ref: string }> }) => [v.id, v.affects.map((a) => a.ref)]);
    expect(vulns).toEqual([
      ['GHSA-29mw-wpgm-hmr9', ['pkg:npm/lodash@4.17.15']],
      ['GHSA-w9mr-4mfr-499f', ['pkg:npm/ms@2.0.0', 'pkg:npm/ms@2.1.1']],
    ]);
    expect(bom.vulnerabilities[0].ratings[0]).toMatchObject({ method: 'CVSSv31', score: 5.3, severity: 'medium' });
    expect(bom.vulnerabilities[0].cwes).toEqual([400]);
  });

  it('can leave vulnerabilities out', async () => {
    const bom = JSON.parse(toCycloneDx(result, { vulnerabilities: false }));
    expect(bom.vulnerabilities ?? []).toEqual([]);
  });
});

describe('SPDX 2.3', () => {
  it('validates against the official SPDX 2.3 JSON schema and encodes dev vs prod relationships', () => {
    const schema = JSON.parse(readFileSync(path.join(FIXTURES, 'schemas/spdx-schema-2.3.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const doc = JSON.parse(toSpdx(result, { projectName: 'fixture-app', created: '2026-01-01T00:00:00Z', namespace: 'https://nullpath.dev/spdx/test' }));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.packages).toHaveLength(6);
    const name = (id: string): string | undefined => doc.packages.find((p: { SPDXID: string }) => p.SPDXID === id)?.name;
    const rels = doc.relationships.map((r: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }) => `${name(r.spdxElementId) ?? r.spdxElementId} ${r.relationshipType} ${r.relatedSpdxElement === 'SPDXRef-RootPackage' ? 'ROOT' : name(r.relatedSpdxElement)}`);
    expect(rels).toContain('minimist DEV_DEPENDENCY_OF ROOT');
    expect(rels).toContain('fixture-app DEPENDS_ON debug');
    expect(rels).toContain('debug DEPENDS_ON ms');
    expect(doc.packages.find((p: { name: string }) => p.name === 'debug').externalRefs).toEqual([{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/debug@2.6.8' }]);
  });
});
