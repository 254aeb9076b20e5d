import type { IrModule } from '../ir/ir.types';
import type { IdSource } from './lower-context';
import { JsLowerer } from './javascript/js-lower';
import { grammarFor, type ParserPool } from './parser-pool';
import { JavaLowerer } from './java/java-lower';
import { PyLowerer } from './python/py-lower';
import { errorRatio } from './syntax-node';

export type ParseOutcome = { ok: true; module: IrModule; parseErrors: boolean } | { ok: false; reason: string };

/** Above this share of unparseable text the file is reported as skipped instead of half-analysed. */
const MAX_ERROR_RATIO = 0.2;

export async function parseFile(
  pool: ParserPool,
  file: { path: string; content: string },
  ids: IdSource,
  deadline: number,
): Promise<ParseOutcome> {
  const g = grammarFor(file.path);
  if (!g) return { ok: false, reason: 'unsupported language' };
  const tree = await pool.parse(g.grammar, file.content, deadline);
  if (!tree) return { ok: false, reason: 'parse timed out' };
  try {
    const root = tree.rootNode;
    const ratio = errorRatio(root);
    if (ratio > MAX_ERROR_RATIO) return { ok: false, reason: `parse failed: ${Math.round(ratio * 100)}% of the file is not valid ${g.language}` };
    const module =
      g.language === 'python'
        ? new PyLowerer(file.path, ids).lowerModule(root, file.content)
        : g.language === 'java'
          ? new JavaLowerer(file.path, ids).lowerModule(root, file.content)
          : new JsLowerer(file.path, g.language, ids).lowerModule(root, file.content);
    return { ok: true, module, parseErrors: ratio > 0 };
  } catch (err) {
    return { ok: false, reason: `lowering failed: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    tree.delete();
  }
}
