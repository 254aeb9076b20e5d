import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isIgnored, parseIgnore } from './ignore-rules';
import { collectFiles } from './walk-files';

const root = mkdtempSync(join(tmpdir(), 'nullpath-walk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(rel: string, content: string | Buffer): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), content);
}

describe('collectFiles', () => {
  it('keeps sources and config files, skips dependencies, ignored, binary, minified and large files', async () => {
    put('src/app.js', 'console.log(1);\n');
    put('src/types.d.ts', 'export type A = 1;\n');
    put('src/generated/api.js', 'x();\n');
    put('src/generated/keep.js', 'y();\n');
    put('lib/tool.py', 'print(1)\n');
    put('node_modules/dep/index.js', 'x();\n');
    put('vendor/lib.js', 'x();\n');
    put('.env', 'TOKEN=x\n');
    put('README.md', '# docs\n');
    put('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    put('data.json', Buffer.from([0x7b, 0x00, 0x7d]));
    put('public/app.min.js', 'x();');
    put('big.js', `// ${'y'.repeat(500)}\n`);
    put('.nullpathignore', '# generated code\nsrc/generated/*\n!src/generated/keep.js\n');
    const r = await collectFiles(root, { maxFileBytes: 400 });
    expect(r.files.map((f) => f.path)).toEqual(['.env', 'lib/tool.py', 'src/app.js', 'src/generated/keep.js']);
    expect(r.skipped).toEqual([
      { path: 'big.js', reason: 'file too large (504 bytes > 400)' },
      { path: 'public/app.min.js', reason: 'minified or generated code' },
    ]);
  });
});

describe('ignore rules', () => {
  it('follows gitignore semantics for anchoring, globs, directories and negation', () => {
    const rules = parseIgnore('*.log\n/build\ndocs/**/*.md\ntmp/\n!important.log\n');
    expect(isIgnored(rules, 'a/b/debug.log', false)).toBe(true);
    expect(isIgnored(rules, 'important.log', false)).toBe(false);
    expect(isIgnored(rules, 'build/x.js', false)).toBe(true);
    expect(isIgnored(rules, 'src/build/x.js', false)).toBe(false);
    expect(isIgnored(rules, 'docs/a/b/c.md', false)).toBe(true);
    expect(isIgnored(rules, 'tmp', true)).toBe(true);
  });
});
