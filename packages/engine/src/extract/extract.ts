import { walkStmts } from '../ir/ir-walk';
import type { Expr, IrModule } from '../ir/ir.types';
import { parseFile } from '../parse/parse-file';
import { grammarFor, ParserPool } from '../parse/parser-pool';

/** A module imported by a file (for SCA: which dependencies are used, and which of their names). */
export interface ImportRecord {
  file: string;
  line: number;
  module: string;
  symbols?: string[];
}

/** A call into an imported module (for SCA function-level reachability). */
export interface CallSiteRecord {
  file: string;
  line: number;
  column: number;
  module: string;
  /** Member path inside the module: `['template']` for `_.template(x)` or an imported `template(x)`. */
  path: string[];
}

async function modulesOf(files: readonly { path: string; content: string }[]): Promise<IrModule[]> {
  const pool = new ParserPool();
  const ids = { nextFn: 0, nextClass: 0 };
  const out: IrModule[] = [];
  try {
    for (const f of files) {
      if (!grammarFor(f.path)) continue;
      const r = await parseFile(pool, f, ids, Date.now() + 10_000);
      if (r.ok) out.push(r.module);
    }
  } finally {
    pool.dispose();
  }
  return out;
}

function importsOf(m: IrModule): ImportRecord[] {
  const byKey = new Map<string, ImportRecord>();
  for (const b of m.imports) {
    const module = m.language === 'python' && b.level > 0 ? `${'.'.repeat(b.level)}${b.module}` : b.module;
    const key = `${b.line}\u0000${module}`;
    const rec = byKey.get(key) ?? { file: m.file, line: b.line, module };
    if (b.imported !== '*' && b.imported !== '*all*') (rec.symbols ??= []).push(b.imported);
    byKey.set(key, rec);
  }
  return [...byKey.values()];
}

export async function extractImports(files: readonly { path: string; content: string }[]): Promise<ImportRecord[]> {
  return (await modulesOf(files)).flatMap(importsOf);
}

/**
 * Calls whose callee is rooted in an import binding (`_.template()`, `template()`, `require('x').y()`),
 * resolved flow-insensitively through the file's import table.
 */
export async function extractCallSites(files: readonly { path: string; content: string }[]): Promise<CallSiteRecord[]> {
  const out: CallSiteRecord[] = [];
  for (const m of await modulesOf(files)) {
    const binding = new Map<string, { module: string; path: string[] }>();
    for (const b of m.imports) {
      if (!b.local) continue;
      const module = m.language === 'python' && b.level > 0 ? `${'.'.repeat(b.level)}${b.module}` : b.module;
      binding.set(b.local, { module, path: b.imported === '*' || b.imported === 'default' ? [] : [b.imported] });
    }
    const resolve = (e: Expr): { module: string; path: string[] } | undefined => {
      if (e.k === 'name') return binding.get(e.name);
      if (e.k === 'member') {
        const inner = resolve(e.obj);
        return inner ? { module: inner.module, path: [...inner.path, e.prop] } : undefined;
      }
      if (e.k === 'call' && e.callee.k === 'name' && e.callee.name === 'require' && e.args[0]?.k === 'lit' && typeof e.args[0].v === 'string') {
        return { module: e.args[0].v, path: [] };
      }
      return undefined;
    };
    for (const fn of m.functions.values()) {
      walkStmts(fn.body, (e) => {
        if (e.k !== 'call') return;
        const r = resolve(e.callee);
        if (!r) return;
        out.push({ file: m.file, line: e.loc.line, column: e.loc.col, module: r.module, path: r.path });
      });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
