import { describe, expect, it } from 'vitest';
import { buildInventory } from './build-inventory';
import type { ParseInput } from './parser.types';
import { PARSERS } from './parsers';

const HOSTILE = ['', 'null', '[]', '42', '{"packages": 5, "dependencies": "x"}', '{"packages": {"node_modules/a": null}}', '\u0000\u0001\u0002binary', '[[package]]\nname = 1\nversion = [1]\n', 'lockfileVersion: 9\npackages: [1, 2]\n', 'a:\n  b: c\n'];

const input = (content: string): ParseInput => ({ path: 'x', content, readSibling: () => undefined, readRelative: () => undefined, listDir: () => [] });

describe('parsers never crash the scan', () => {
  it.each(PARSERS.map((p) => [p.name, p] as const))('%s either returns a graph or throws an Error for hostile input', (_name, parser) => {
    for (const content of HOSTILE) {
      let outcome: string;
      try {
        buildInventory(parser.parse(input(content)), 'x');
        outcome = 'ok';
      } catch (err) {
        outcome = err instanceof Error ? 'error' : 'non-error throw';
      }
      expect(outcome, JSON.stringify(content)).not.toBe('non-error throw');
    }
  });
});
