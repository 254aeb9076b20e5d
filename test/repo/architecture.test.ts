import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDependencies, importsOf } from '../../scripts/check-deps';

const ROOT = join(import.meta.dirname, '..', '..');

function fixtureRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'np-deps-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('dependency directions (architecture.md §3)', () => {
  it('the repository has no violations', () => {
    expect(checkDependencies(ROOT)).toEqual([]);
  });

  it('extracts static, type-only, side-effect and dynamic imports but not commented ones', () => {
    const src = `import a from 'x';\nimport type { B } from "@nullpath/db";\nimport 'side';\nexport * from './rel';\nconst c = await import('dyn');\n// import z from 'commented';\n`;
    expect(importsOf(src)).toEqual(['x', '@nullpath/db', 'side', './rel', 'dyn']);
  });

  it('reports a forbidden edge, an undeclared dependency, a deep import and db in a route', () => {
    const pkg = (name: string, deps: Record<string, string> = {}, exports: object = { '.': './src/index.ts' }) =>
      JSON.stringify({ name, dependencies: deps, exports });
    const dir = fixtureRepo({
      'package.json': JSON.stringify({ name: 'root', devDependencies: { vitest: '4' } }),
      'packages/core/package.json': pkg('@nullpath/core'),
      'packages/core/src/index.ts': `import { x } from '@nullpath/services';\n`,
      'packages/services/package.json': pkg('@nullpath/services', { '@nullpath/core': '*' }),
      'packages/services/src/index.ts': `import { y } from '@nullpath/core/src/errors';\nimport fastify from 'fastify';\n`,
      'packages/db/package.json': pkg('@nullpath/db'),
      'apps/server/package.json': pkg('@nullpath/server', { '@nullpath/db': '*' }),
      'apps/server/src/routes/a.routes.ts': `import { usersRepo } from '@nullpath/db';\n`,
    });
    const messages = checkDependencies(dir).map((v) => `${v.file}: ${v.message}`);
    expect(messages).toEqual([
      'packages/core/src/index.ts: @nullpath/core may not import @nullpath/services (architecture.md §3)',
      "packages/core/src/index.ts: imports '@nullpath/services' which @nullpath/core's package.json does not declare",
      "packages/services/src/index.ts: deep import '@nullpath/core/src/errors' is not in @nullpath/core's exports",
      "packages/services/src/index.ts: imports 'fastify' which @nullpath/services's package.json does not declare",
      'apps/server/src/routes/a.routes.ts: only composition roots may import @nullpath/db',
      'apps/server/src/routes/a.routes.ts: routes may not import @nullpath/db',
    ]);
  });
});

describe('type checking', () => {
  it('tsc -b (project references) and the test files type-check', () => {
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    const run = (args: string[]) => {
      try {
        execFileSync(tsc, args, { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
        return '';
      } catch (err) {
        const e = err as { stdout?: string; stderr?: string };
        return `${e.stdout ?? ''}${e.stderr ?? ''}`;
      }
    };
    expect(run(['-b'])).toBe('');
    expect(run(['-p', 'tsconfig.tests.json'])).toBe('');
  }, 300_000);
});
