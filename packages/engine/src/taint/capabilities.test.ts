import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelFile, loadRule } from '../rule-schema/load';
import type { ThreatModel } from '../scan/rule-set';
import { scan } from '../scan/scan';
import { checkAnnotations } from '../testing/annotations';

/**
 * Engine capability checklist (sast.md §3.3): each fixture file pairs vulnerable and safe variants
 * of one language feature, annotated `ruleid: test.taint.flow` / `ok: test.taint.flow`.
 * Directories are scanned as one project (cross-file capabilities).
 */
const rule = loadRule({
  origin: 'capability-rule',
  data: {
    schemaVersion: 1,
    id: 'test.taint.flow',
    title: 'Taint reaches a test sink',
    languages: ['javascript', 'typescript', 'python', 'java'],
    cwe: 'CWE-20',
    severity: 5,
    confidence: 'high',
    description: 'Capability fixture rule.',
    remediation: 'Not applicable: test rule.',
    mode: 'taint',
    taint: { sinks: ['test-sink'] },
  },
});
const models = [
  { origin: 'capability.models.yaml', set: loadModelFile({ origin: 'capability.models.yaml', data: readFileSync(join(import.meta.dirname, '__fixtures__', 'capability.models.yaml'), 'utf8') }) },
];

function filesUnder(dir: string): { path: string; content: string }[] {
  const out: { path: string; content: string }[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: relative(dir, p), content: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

function threatModels(files: { content: string }[]): ThreatModel[] {
  const m = files.map((f) => /threat-models:\s*([a-z, ]+)/.exec(f.content.split('\n').slice(0, 3).join('\n'))).find(Boolean);
  return m ? (m[1]!.split(',').map((s) => s.trim()) as ThreatModel[]) : ['remote'];
}

for (const lang of ['javascript', 'python', 'java']) {
  const root = join(import.meta.dirname, '..', 'parse', lang, '__fixtures__');
  describe(`${lang} capabilities`, () => {
    for (const entry of readdirSync(root).sort()) {
      const full = join(root, entry);
      const files = statSync(full).isDirectory() ? filesUnder(full) : [{ path: entry, content: readFileSync(full, 'utf8') }];
      it(entry, async () => {
        const result = await scan({ files, rules: [rule], models, threatModels: threatModels(files) });
        expect(result.skipped).toEqual([]);
        for (const f of files) {
          const report = checkAnnotations(f.content, result.findings.filter((x) => x.file === f.path));
          expect({ file: f.path, missing: report.missing.map((a) => a.line), unexpected: report.unexpected.map((u) => u.line) }).toEqual({ file: f.path, missing: [], unexpected: [] });
        }
        expect(result.findings.length).toBeGreaterThan(0);
      });
    }
  });
}
