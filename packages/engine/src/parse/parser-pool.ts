import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Language as TsLanguage, Parser, type Tree } from 'web-tree-sitter';
import type { Language } from '../ir/ir.types';

export type Grammar = 'javascript' | 'typescript' | 'tsx' | 'python' | 'java';

const GRAMMAR_FILES: Record<Grammar, string> = {
  javascript: 'tree-sitter-javascript.wasm',
  typescript: 'tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-tsx.wasm',
  python: 'tree-sitter-python.wasm',
  java: 'tree-sitter-java.wasm',
};

let initPromise: Promise<void> | undefined;
const languages = new Map<Grammar, Promise<TsLanguage>>();

function wasmDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@vscode/tree-sitter-wasm'));
}

async function loadLanguage(grammar: Grammar): Promise<TsLanguage> {
  initPromise ??= Parser.init();
  await initPromise;
  let p = languages.get(grammar);
  if (!p) {
    p = TsLanguage.load(join(wasmDir(), GRAMMAR_FILES[grammar]));
    languages.set(grammar, p);
  }
  return p;
}

export function grammarFor(path: string): { grammar: Grammar; language: Language } | undefined {
  const lower = path.toLowerCase();
  if (/\.(m|c)?jsx?$/.test(lower)) return { grammar: 'javascript', language: 'javascript' };
  if (lower.endsWith('.tsx')) return { grammar: 'tsx', language: 'typescript' };
  if (/\.(m|c)?ts$/.test(lower) && !lower.endsWith('.d.ts')) return { grammar: 'typescript', language: 'typescript' };
  if (lower.endsWith('.py') || lower.endsWith('.pyw')) return { grammar: 'python', language: 'python' };
  if (lower.endsWith('.java')) return { grammar: 'java', language: 'java' };
  return undefined;
}

/**
 * One parser per grammar, reused across files. The wasm heap is not garbage-collected, so
 * callers must `delete()` every tree and call `dispose()` when the scan ends.
 */
export class ParserPool {
  private readonly parsers = new Map<Grammar, Parser>();

  async parser(grammar: Grammar): Promise<Parser> {
    let p = this.parsers.get(grammar);
    if (!p) {
      const lang = await loadLanguage(grammar);
      p = new Parser();
      p.setLanguage(lang);
      this.parsers.set(grammar, p);
    }
    return p;
  }

  /** Parses, giving up once `deadline` (epoch ms) passes; returns null on timeout. */
  async parse(grammar: Grammar, content: string, deadline: number): Promise<Tree | null> {
    const parser = await this.parser(grammar);
    parser.reset();
    return parser.parse(content, null, { progressCallback: () => Date.now() > deadline });
  }

  dispose(): void {
    for (const p of this.parsers.values()) p.delete();
    this.parsers.clear();
  }
}
