import { posix } from 'node:path';
import { grammarFor } from '../parse/parser-pool';
import { ModuleResolver, norm, RESOLVER_CONFIG_FILES } from '../taint/module-resolve';

export interface SourceFile {
  path: string;
  content: string;
}

const JS_IMPORT = /\b(?:require|import)\s*\(\s*['"]([^'"\n]+)['"]|\bfrom\s+['"]([^'"\n]+)['"]|^\s*import\s+['"]([^'"\n]+)['"]|\bexport\s+\*\s+from\s+['"]([^'"\n]+)['"]/gm;
const PY_FROM = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+\(?([^#\n)]*)/gm;
const PY_IMPORT = /^[ \t]*import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*)/gm;

/**
 * Splits a scan into groups of files that import nothing from each other, so each group can be
 * analysed on its own thread with the same result as one whole-program analysis. Import edges are
 * found textually and resolved like the analysis resolves them; a spurious edge only merges two
 * groups (less parallelism), while a missed edge would lose a cross-file flow, so the patterns
 * over-approximate (comments and strings that look like imports count).
 * NOTE(python-packages): a Python file is also joined to its package's `__init__.py`, because
 * `import pkg` followed by `pkg.sub.f()` reaches submodules without naming them.
 */
export function importComponents(files: readonly SourceFile[]): string[][] {
  const code = files.filter((f) => grammarFor(f.path));
  const resolver = new ModuleResolver(
    code.map((f) => f.path),
    files.filter((f) => RESOLVER_CONFIG_FILES.test(f.path)),
  );
  const parent = new Map<string, string>(code.map((f) => [norm(f.path), norm(f.path)]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let c = x; c !== r; ) {
      const next = parent.get(c)!;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  const union = (a: string, b: string | undefined): void => {
    if (!b || !parent.has(b)) return;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  // NOTE(java-one-component): Java classes resolve by package, not by import path; all Java files share one component.
  let firstJava: string | undefined;
  for (const f of code) {
    const from = norm(f.path);
    if (grammarFor(f.path)!.language === 'java') {
      firstJava ??= from;
      union(from, firstJava);
    } else if (grammarFor(f.path)!.language === 'python') {
      for (const m of f.content.matchAll(PY_FROM)) {
        const level = m[1]!.length;
        const mod = m[2]!;
        union(from, resolver.resolvePython(from, mod, level));
        for (const name of m[3]!.split(',')) {
          const n = name.trim().split(/\s+/)[0];
          if (n && /^\w+$/.test(n)) union(from, resolver.resolvePython(from, mod ? `${mod}.${n}` : n, level));
        }
      }
      for (const m of f.content.matchAll(PY_IMPORT)) for (const mod of m[1]!.split(',')) union(from, resolver.resolvePython(from, mod.trim(), 0));
      union(from, pythonPackageInit(resolver, from));
    } else {
      for (const m of f.content.matchAll(JS_IMPORT)) union(from, resolver.resolveJs(from, (m[1] ?? m[2] ?? m[3] ?? m[4])!));
    }
  }
  const groups = new Map<string, string[]>();
  for (const f of code) {
    const r = find(norm(f.path));
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(f.path);
  }
  return [...groups.values()];
}

function pythonPackageInit(resolver: ModuleResolver, file: string): string | undefined {
  const dir = posix.dirname(file);
  const init = posix.join(dir, '__init__.py');
  if (init !== file && resolver.has(init)) return init;
  // An `__init__.py` belongs with its parent package's `__init__.py`.
  if (init === file && dir !== '.' && dir !== '') {
    const up = posix.join(posix.dirname(dir), '__init__.py');
    if (resolver.has(up)) return up;
  }
  return undefined;
}

/**
 * Packs components into at most `chunks` chunks of similar size (largest first, each into the
 * lightest chunk). Files that are not code (secrets, configs) ride with the lightest chunks.
 * tsconfig/jsconfig files are scanned in one chunk but every chunk needs them to resolve path
 * aliases: they are returned as `context` for all.
 */
export function packChunks(files: readonly SourceFile[], components: string[][], chunks: number): { chunks: SourceFile[][]; context: SourceFile[] } {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const bins = Array.from({ length: Math.max(1, Math.min(chunks, components.length)) }, () => ({ bytes: 0, files: [] as SourceFile[] }));
  const weighed = components.map((c) => ({ c, bytes: c.reduce((n, p) => n + byPath.get(p)!.content.length, 0) })).sort((a, b) => b.bytes - a.bytes);
  const lightest = (): (typeof bins)[number] => bins.reduce((a, b) => (b.bytes < a.bytes ? b : a));
  for (const { c, bytes } of weighed) {
    const bin = lightest();
    bin.bytes += bytes;
    for (const p of c) bin.files.push(byPath.get(p)!);
  }
  const inComponents = new Set(components.flat());
  for (const f of files) {
    if (inComponents.has(f.path)) continue;
    const bin = lightest();
    // Secrets scanning is cheap per byte compared with analysis; weigh these lightly.
    bin.bytes += f.content.length / 20;
    bin.files.push(f);
  }
  return { chunks: bins.map((b) => b.files).filter((fs) => fs.length > 0), context: files.filter((f) => RESOLVER_CONFIG_FILES.test(f.path)) };
}
