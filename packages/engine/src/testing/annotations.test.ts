import { describe, expect, it } from 'vitest';
import { checkAnnotations, parseAnnotations } from './annotations';

const SRC = [
  'const a = 1;',
  '// ruleid: r.a.b',
  'sink(a);',
  'sink(b); // ok: r.a.b',
  '# todoruleid: r.a.b, r.c.d',
  '',
  'sink(c);',
].join('\n');

describe('inline annotations', () => {
  it('applies comment-only annotations to the next code line and trailing ones to their own line', () => {
    expect(parseAnnotations(SRC).map((a) => [a.kind, a.ruleId, a.line])).toEqual([
      ['ruleid', 'r.a.b', 3],
      ['ok', 'r.a.b', 4],
      ['todoruleid', 'r.a.b', 7],
      ['todoruleid', 'r.c.d', 7],
    ]);
  });

  it('reports missing, unexpected and fixed-todo findings', () => {
    const report = checkAnnotations(SRC, [
      { ruleId: 'r.a.b', line: 4 },
      { ruleId: 'r.a.b', line: 7 },
      { ruleId: 'r.x.y', line: 1 },
    ]);
    expect(report.missing.map((m) => m.line)).toEqual([3]);
    expect(report.unexpected).toEqual([{ ruleId: 'r.a.b', line: 4, reason: 'ok-line' }]);
    expect(report.fixedTodos.map((t) => t.line)).toEqual([7]);
    expect(report.passed).toBe(false);
    expect(checkAnnotations(SRC, [{ ruleId: 'r.a.b', line: 3 }]).passed).toBe(true);
  });

  it('tolerates a finding on a todook line (a known false positive) but not on an ok line', () => {
    const src = ['// todook: r.a.b', 'known();', '// ok: r.a.b', 'fine();'].join('\n');
    expect(checkAnnotations(src, [{ ruleId: 'r.a.b', line: 2 }]).passed).toBe(true);
    expect(checkAnnotations(src, []).passed).toBe(true);
    expect(checkAnnotations(src, [{ ruleId: 'r.a.b', line: 4 }]).unexpected).toEqual([{ ruleId: 'r.a.b', line: 4, reason: 'ok-line' }]);
  });
});
