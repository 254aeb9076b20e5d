import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkAnnotations, loadModelFile, loadRule, parseAnnotations, scan, type Rule, type ThreatModel } from '@nullpath/engine';
import { describe, expect, it } from 'vitest';
import { loadBuiltinPacks, packsDir, ruleDirectories } from './index';

const models = loadBuiltinPacks().models.map((m) => ({ origin: m.origin, set: loadModelFile(m) }));
const dirs = ruleDirectories();

const LANG_PREFIX: Record<string, string[]> = { js: ['javascript', 'typescript'], py: ['python'], java: ['java'], generic: ['generic'] };
const CASE_EXT: Record<string, RegExp> = { js: /\.(js|jsx|ts|tsx|mjs|cjs)$/, py: /\.py$/, java: /\.java$/, generic: /./ };

/** CWEs the issue requires per language (prototype pollution and DOM XSS are JavaScript-only). */
const REQUIRED_CWES: Record<string, string[]> = {
  js: ['89', '943', '78', '94', '22', '79', '918', '601', '1321', '611', '502', '90', '643', '1333', '117', '113', '1336', '328', '327', '330', '798', '614', '1004', '295', '347', '942'],
  py: ['89', '943', '78', '94', '22', '79', '918', '601', '611', '502', '90', '643', '1333', '117', '113', '1336', '328', '327', '330', '798', '614', '1004', '295', '347', '942'],
  java: ['89', '78', '22', '79', '601', '918', '90', '643', '501', '502', '611', '328', '327', '330', '614', '1004', '117'],
  generic: ['798'],
};

function caseFiles(dir: string): string[] {
  const casesDir = join(dir, 'cases');
  if (!existsSync(casesDir)) return [];
  return readdirSync(casesDir, { recursive: true })
    .map(String)
    .filter((f) => !f.endsWith('/'))
    .map((f) => join(casesDir, f))
    .filter((f) => !readdirSync(casesDir).includes(f) && existsSync(f));
}

/** A case file may ask for other threat models in its first lines: `// threat-models: library`. */
function threatModelsOf(content: string): ThreatModel[] {
  const m = /threat-models:\s*([a-z, ]+)/.exec(content.split('\n').slice(0, 3).join('\n'));
  return m ? (m[1]!.split(',').map((s) => s.trim()).filter(Boolean) as ThreatModel[]) : ['remote', 'local'];
}

describe('rule registry', () => {
  const rules: Rule[] = dirs.map((d) => loadRule({ origin: d, data: readFileSync(join(d, 'rule.yaml'), 'utf8') }));

  it('covers every required weakness class per language', () => {
    for (const [lang, cwes] of Object.entries(REQUIRED_CWES)) {
      // CWE-95 (eval injection) is the more specific child of CWE-94 (code injection).
      const have = new Set(rules.filter((r) => r.id.startsWith(`${lang}.`)).map((r) => (r.cwe === 'CWE-95' ? '94' : r.cwe.replace('CWE-', ''))));
      expect(cwes.filter((c) => !have.has(c)), `missing CWEs for ${lang}`).toEqual([]);
    }
  });

  it('has unique rule ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const dir of dirs) {
    const [lang, category, folder] = relative(packsDir, dir).split(sep);
    describe(`${lang}/${category}/${folder}`, () => {
      it('has metadata matching its folder, a README and annotated cases', () => {
        const rule = loadRule({ origin: dir, data: readFileSync(join(dir, 'rule.yaml'), 'utf8') });
        expect(rule.id).toBe(folder);
        expect(rule.id.startsWith(`${lang}.${category}.`)).toBe(true);
        expect(rule.languages.every((l) => LANG_PREFIX[lang!]?.includes(l))).toBe(true);
        const readme = readFileSync(join(dir, 'README.md'), 'utf8');
        expect(readme).toContain(rule.id);
        expect(readme).toContain(rule.cwe);
        expect(readme).toMatch(/## Remediation\n\n\S/);
        const files = caseFiles(dir);
        expect(files.length).toBeGreaterThan(0);
        for (const f of files) expect(f).toMatch(CASE_EXT[lang!]!);
        const annotations = files.flatMap((f) => parseAnnotations(readFileSync(f, 'utf8')).filter((a) => a.ruleId === rule.id));
        expect(annotations.some((a) => a.kind === 'ruleid')).toBe(true);
        expect(annotations.some((a) => a.kind === 'ok')).toBe(true);
        for (const f of files) {
          for (const a of parseAnnotations(readFileSync(f, 'utf8'))) expect(a.ruleId, `${f}:${a.commentLine}`).toBe(rule.id);
        }
      });

      it('reports exactly the annotated lines of its cases', async () => {
        const rule = loadRule({ origin: dir, data: readFileSync(join(dir, 'rule.yaml'), 'utf8') });
        const groups = new Map<string, { path: string; content: string }[]>();
        for (const f of caseFiles(dir)) {
          const content = readFileSync(f, 'utf8');
          const key = threatModelsOf(content).join(',');
          groups.set(key, [...(groups.get(key) ?? []), { path: relative(dir, f).split(sep).join('/'), content }]);
        }
        for (const [tm, files] of groups) {
          const result = await scan({ files, rules: [rule], models, threatModels: tm.split(',') as ThreatModel[] });
          expect(result.skipped).toEqual([]);
          for (const file of files) {
            const report = checkAnnotations(file.content, result.findings.filter((x) => x.file === file.path));
            expect({ file: file.path, missing: report.missing.map((m) => m.line), unexpected: report.unexpected }).toEqual({ file: file.path, missing: [], unexpected: [] });
          }
        }
      });
    });
  }
});
