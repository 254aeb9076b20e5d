import { describe, expect, it } from 'vitest';
import { commandInjectionRule as rule, sourceExecModels as models } from '../testing/command-injection-rule';
import { loadRule } from '../rule-schema/load';
import { importComponents } from './partition';
import { scanInProcess } from './scan';
import { scanInThreads } from './scan-threads';

const secret = loadRule({
  origin: 'test',
  data: {
    schemaVersion: 1,
    id: 'generic.secrets.test-key',
    title: 'Test key',
    languages: ['generic'],
    cwe: 'CWE-798',
    severity: 7,
    confidence: 'high',
    description: 'A committed test key.',
    remediation: 'Rotate the key and remove it.',
    mode: 'secrets',
    secrets: { regex: 'ACMEKEY_[A-Z0-9]{16}' },
  },
});

/** Packages whose only flows cross files: a split that cut an import edge would lose findings. */
function corpus(packages: number): { path: string; content: string }[] {
  const files: { path: string; content: string }[] = [];
  for (let i = 0; i < packages; i++) {
    files.push({ path: `p${i}/index.js`, content: `const h = require('./lib/helper');\nh.run(source());\nh.safe(source());\n` });
    files.push({ path: `p${i}/lib/helper.js`, content: `exports.run = (x) => exec('ls ' + x);\nexports.safe = (x) => exec('ls');\n` });
  }
  files.push({ path: 'ts/tsconfig.json', content: '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["src/lib/*"] } } }' });
  files.push({ path: 'ts/src/main.ts', content: `import { run } from '@lib/run';\nrun(source());\n` });
  files.push({ path: 'ts/src/lib/run.ts', content: `export function run(x: string) { exec(x); }\n` });
  files.push({ path: 'py/app/views.py', content: `from .util import run\nrun(source())\n` });
  files.push({ path: 'py/app/util.py', content: `def run(x):\n    exec(x)\n` });
  files.push({ path: 'config/.env', content: 'KEY=ACMEKEY_Q7ZP4KX9M2WD8RTL\n' });
  return files;
}

const key = (f: { file: string; line: number; ruleId: string; fingerprint: string }): string => `${f.file}:${f.line} ${f.ruleId} ${f.fingerprint}`;

describe('import components', () => {
  it('groups files joined by ES, CommonJS, tsconfig-alias and Python imports and keeps unrelated ones apart', () => {
    const groups = importComponents(corpus(2)).map((g) => [...g].sort());
    expect(groups).toHaveLength(4);
    expect(groups).toContainEqual(['p0/index.js', 'p0/lib/helper.js']);
    expect(groups).toContainEqual(['p1/index.js', 'p1/lib/helper.js']);
    expect(groups).toContainEqual(['ts/src/lib/run.ts', 'ts/src/main.ts']);
    expect(groups).toContainEqual(['py/app/util.py', 'py/app/views.py']);
  });

  it('joins a Python module to its package __init__ (submodules are reachable through the package)', () => {
    const groups = importComponents([
      { path: 'pkg/__init__.py', content: '' },
      { path: 'pkg/a.py', content: 'x = 1\n' },
      { path: 'pkg/sub/__init__.py', content: '' },
      { path: 'other.py', content: 'y = 2\n' },
    ]);
    expect(groups.map((g) => [...g].sort())).toEqual(expect.arrayContaining([['pkg/__init__.py', 'pkg/a.py', 'pkg/sub/__init__.py'], ['other.py']]));
  });
  it('keeps all Java files in one component (classes resolve by package, not by import path)', () => {
    const groups = importComponents([
      { path: 'src/com/acme/web/Api.java', content: 'package com.acme.web;\nclass Api {}\n' },
      { path: 'src/com/acme/data/Repo.java', content: 'package com.acme.data;\nclass Repo {}\n' },
      { path: 'tool.py', content: 'y = 2\n' },
    ]);
    expect(groups.map((g) => [...g].sort())).toEqual(expect.arrayContaining([['src/com/acme/data/Repo.java', 'src/com/acme/web/Api.java'], ['tool.py']]));
  });
});

describe('whole-scan analysis budget', () => {
  it('stops the analysis when the budget is spent, keeps the scan alive and says so', async () => {
    const files = corpus(3);
    const opts = { files, rules: [rule], models, threatModels: ['remote' as const] };
    const full = await scanInProcess(opts);
    expect(full.stats.analysisBudgetExhausted).toBe(false);
    const cut = await scanInProcess({ ...opts, analysisBudgetMs: 0 });
    expect(cut.stats.analysisBudgetExhausted).toBe(true);
    expect(cut.findings.length).toBeLessThan(full.findings.length);
    expect(cut.stats.analyzedFiles).toBe(full.stats.analyzedFiles);
  });
});

describe('scan on worker threads', () => {
  it('finds exactly what the in-process scan finds, with the same fingerprints, secrets reported once', async () => {
    const files = corpus(12);
    const opts = { files, rules: [rule, secret], models, threatModels: ['remote' as const] };
    const single = await scanInProcess(opts);
    const progress: number[] = [];
    const threaded = await scanInThreads({ ...opts, onProgress: (p) => progress.push(p.done) }, 2, 0);
    expect(threaded).toBeDefined();
    // 12 packages + ts + py, one secret.
    expect(single.findings.filter((f) => f.ruleId === rule.id)).toHaveLength(14);
    expect(single.findings.filter((f) => f.ruleId === secret.id)).toHaveLength(1);
    expect(threaded!.findings.map(key)).toEqual(single.findings.map(key));
    expect(threaded!.stats.analyzedFiles).toBe(single.stats.analyzedFiles);
    expect(threaded!.stats.files).toBe(files.length);
    expect(progress.at(-1)).toBe(files.filter((f) => /\.(js|ts|py)$/.test(f.path)).length);
  });

  it('stays in process when the code cannot be split', async () => {
    const files = corpus(1).filter((f) => f.path.startsWith('p0/'));
    expect(await scanInThreads({ files, rules: [rule], models }, 2, 0)).toBeUndefined();
  });

  it('rejects with the abort reason and stops its threads when aborted', async () => {
    const ac = new AbortController();
    const run = scanInThreads({ files: corpus(6), rules: [rule], models, signal: ac.signal }, 2, 0);
    ac.abort(new Error('cancelled by user'));
    await expect(run).rejects.toThrow('cancelled by user');
  });
});
