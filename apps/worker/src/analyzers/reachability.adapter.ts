import { readFile } from 'node:fs/promises';
import { extractCallSites, extractImports } from '@nullpath/engine';
import type { CallExtractor, ImportExtractor, SourceFile } from '@nullpath/sca';

const LANGS = ['javascript', 'typescript', 'python'] as const;

async function load(files: readonly SourceFile[]) {
  const out: Array<{ path: string; content: string }> = [];
  for (const f of files) {
    if (!(LANGS as readonly string[]).includes(f.language)) continue;
    const content = await readFile(f.path, 'utf8').catch(() => null);
    if (content !== null) out.push({ path: f.relPath, content });
  }
  return out;
}

/** The SAST engine's import extraction behind sca's small interface (sca never imports the engine). */
export const engineImportExtractor: ImportExtractor = {
  languages: LANGS,
  async extract(files) {
    return (await extractImports(await load(files))).map((r) => ({ file: r.file, line: r.line, module: r.module, ...(r.symbols ? { symbols: r.symbols } : {}) }));
  },
};

/** Calls to the functions an advisory names: `module.path` resolved by the engine, matched here. */
export const engineCallExtractor: CallExtractor = {
  languages: LANGS,
  async extract(files, targets) {
    const sites = await extractCallSites(await load(files));
    const wanted = new Map(targets.map((t) => [t.module, new Set(t.symbols)]));
    return sites.flatMap((s) => {
      const symbols = wanted.get(s.module);
      const symbol = s.path.at(-1);
      return symbols && symbol && symbols.has(symbol) ? [{ file: s.file, line: s.line, module: s.module, symbol }] : [];
    });
  },
};
