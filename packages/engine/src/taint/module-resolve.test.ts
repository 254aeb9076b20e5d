import { describe, expect, it } from 'vitest';
import { ModuleResolver } from './module-resolve';

describe('ModuleResolver', () => {
  const r = new ModuleResolver(
    ['src/a.ts', 'src/lib/index.ts', 'src/util.js', 'src/deep/x.mts', 'app/pkg/__init__.py', 'app/pkg/mod.py', 'app/main.py', 'app/pkg/sub/helpers.py'],
    [{ path: 'tsconfig.json', content: '{ // comment\n "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["src/lib/*"], "#util": ["src/util.js"] } } }' }],
  );

  it('resolves relative JS/TS specifiers with extensions, index files and the .js → .ts convention', () => {
    expect(r.resolveJs('src/main.ts', './a')).toBe('src/a.ts');
    expect(r.resolveJs('src/main.ts', './a.js')).toBe('src/a.ts');
    expect(r.resolveJs('src/main.ts', './lib')).toBe('src/lib/index.ts');
    expect(r.resolveJs('src/deep/y.ts', './x.mjs')).toBe('src/deep/x.mts');
    expect(r.resolveJs('src/deep/y.ts', '../util')).toBe('src/util.js');
    expect(r.resolveJs('src/main.ts', 'express')).toBeUndefined();
  });

  it('resolves tsconfig paths aliases', () => {
    expect(r.resolveJs('src/main.ts', '@lib/index')).toBe('src/lib/index.ts');
    expect(r.resolveJs('src/main.ts', '#util')).toBe('src/util.js');
  });

  it('resolves Python absolute and relative imports', () => {
    expect(r.resolvePython('app/main.py', 'pkg.mod', 0)).toBe('app/pkg/mod.py');
    expect(r.resolvePython('app/main.py', 'pkg', 0)).toBe('app/pkg/__init__.py');
    expect(r.resolvePython('app/pkg/sub/helpers.py', 'mod', 2)).toBe('app/pkg/mod.py');
    expect(r.resolvePython('app/pkg/mod.py', 'sub.helpers', 1)).toBe('app/pkg/sub/helpers.py');
    expect(r.resolvePython('app/main.py', 'os', 0)).toBeUndefined();
  });
});
