import { describe, expect, it } from 'vitest';
import { commandInjectionRule as rule, sourceExecModels as models } from '../testing/command-injection-rule';
import { scan } from './scan';

describe('scan', () => {
  it('refuses to run with zero rules', async () => {
    await expect(scan({ files: [], rules: [] })).rejects.toThrow('no rules loaded');
  });

  it('reports unparseable, minified and oversized files as skipped and still scans the rest', async () => {
    const progress: string[] = [];
    const result = await scan({
      files: [
        { path: 'ok.js', content: 'exec(source());\n' },
        { path: 'broken.js', content: ')))(((]]]'.repeat(50) },
        { path: 'bundle.min.js', content: 'exec(source());' },
        { path: 'huge.js', content: `// ${'x'.repeat(3000)}\nexec(source());\n` },
        { path: 'notes.txt', content: 'exec(source())' },
      ],
      rules: [rule],
      models,
      maxFileBytes: 2000,
      onProgress: (p) => progress.push(p.phase),
    });
    expect(result.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['ok.js:1']);
    expect(result.skipped).toEqual([
      { path: 'broken.js', reason: 'parse failed: 100% of the file is not valid javascript' },
      { path: 'bundle.min.js', reason: 'minified or generated code' },
      { path: 'huge.js', reason: 'file too large (3020 bytes > 2000)' },
    ]);
    expect(result.stats).toMatchObject({ files: 5, analyzedFiles: 1, skippedFiles: 3, rules: 1 });
    expect(progress[0]).toBe('parse');
    expect(progress.at(-1)).toBe('done');
  });

  it('reports a file that exceeds its analysis budget instead of hanging', async () => {
    // A long chain of self-feeding loops keeps the fixpoint busy; a 1 ms budget cannot cover it.
    const body = Array.from({ length: 400 }, (_, i) => `for (let i${i} = 0; i${i} < n; i${i}++) { v = v + exec(v) + source(); }`).join('\n');
    const result = await scan({ files: [{ path: 'slow.js', content: `let v = ''; const n = 3;\n${body}\n` }], rules: [rule], models, timeBudgetMs: 1 });
    expect(result.findings).toEqual([]);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]!.path).toBe('slow.js');
    expect(result.skipped[0]!.reason).toMatch(/^(analysis time budget exceeded|parse timed out)/);
  });

  it('stops when the abort signal fires', async () => {
    const ctl = new AbortController();
    ctl.abort(new Error('cancelled by user'));
    await expect(scan({ files: [{ path: 'a.js', content: 'exec(source());' }], rules: [rule], models, signal: ctl.signal })).rejects.toThrow('cancelled by user');
  });

  it('keeps fingerprints stable across line shifts and unrelated edits', async () => {
    const v1 = 'function run() {\n  exec(source());\n}\nrun();\n';
    const v2 = '// a new header comment\nconst unrelated = 1;\n\nfunction run() {\n    exec( source() );\n}\nrun();\n';
    const v3 = 'function run() {\n  exec(source() + "x");\n}\nrun();\n';
    const fp = async (content: string) => (await scan({ files: [{ path: 'app.js', content }], rules: [rule], models })).findings.map((f) => f.fingerprint);
    const [a, b, c] = [await fp(v1), await fp(v2), await fp(v3)];
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
    expect(c).toHaveLength(1);
    expect(c).not.toEqual(a);
  });

  it('keeps fingerprints of findings inside anonymous callbacks stable when code moves down', async () => {
    const handler = "app.get('/a', (req, res) => { exec(source()); });\napp.get('/b', function () { exec(source()); });\n";
    const fp = async (content: string) => (await scan({ files: [{ path: 'app.js', content }], rules: [rule], models })).findings.map((f) => f.fingerprint).sort();
    const before = await fp(handler);
    expect(before).toHaveLength(2);
    expect(new Set(before).size).toBe(2);
    expect(await fp(`${'// pad\n'.repeat(30)}${handler}`)).toEqual(before);
  });
});

describe('scan cancellation', () => {
  it('notices an abort fired while the analysis is running', async () => {
    const ctl = new AbortController();
    const many = Array.from({ length: 300 }, (_, i) => ({ path: `f${i}.js`, content: `function f${i}(a) { return exec(a + source()); }\nmodule.exports = f${i};\n` }));
    const pending = scan({ files: many, rules: [rule], models, signal: ctl.signal, onProgress: (p) => p.phase === 'analyze' && ctl.abort(new Error('stop now')) });
    await expect(pending).rejects.toThrow('stop now');
  });
});
