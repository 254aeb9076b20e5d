import { posix } from 'node:path';

const JS_EXTS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];
const TS_FOR_JS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

interface PathAlias {
  prefix: string;
  suffix: string;
  wildcard: boolean;
  targets: string[];
  base: string;
}

/**
 * Resolves import specifiers to files of the scan: relative ES/CommonJS imports (with TS's `.js` → `.ts`
 * convention and `index` files), tsconfig/jsconfig `paths` aliases, and Python absolute/relative imports.
 */
export class ModuleResolver {
  private readonly files: Set<string>;
  private readonly aliases: PathAlias[] = [];

  constructor(paths: Iterable<string>, configs: { path: string; content: string }[] = []) {
    this.files = new Set([...paths].map(norm));
    for (const c of configs) this.readTsconfig(c.path, c.content);
  }

  private readTsconfig(path: string, content: string): void {
    let json: { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } };
    try {
      json = JSON.parse(content.replace(/\/\*[\s\S]*?\*\/|(^|[^:"])\/\/.*$/gm, '$1').replace(/,(\s*[}\]])/g, '$1'));
    } catch {
      return;
    }
    const opts = json.compilerOptions ?? {};
    const dir = posix.dirname(norm(path));
    const base = posix.join(dir, opts.baseUrl ?? '.');
    for (const [pattern, targets] of Object.entries(opts.paths ?? {})) {
      const star = pattern.indexOf('*');
      this.aliases.push({
        prefix: star < 0 ? pattern : pattern.slice(0, star),
        suffix: star < 0 ? '' : pattern.slice(star + 1),
        wildcard: star >= 0,
        targets,
        base,
      });
    }
    if (opts.baseUrl) this.aliases.push({ prefix: '', suffix: '', wildcard: true, targets: ['*'], base });
  }

  has(path: string): boolean {
    return this.files.has(norm(path));
  }

  resolveJs(from: string, spec: string): string | undefined {
    if (spec.startsWith('.') || spec.startsWith('/')) {
      return this.tryJs(posix.join(posix.dirname(norm(from)), spec));
    }
    for (const a of this.aliases) {
      if (!spec.startsWith(a.prefix) || !spec.endsWith(a.suffix)) continue;
      if (!a.wildcard && spec !== a.prefix) continue;
      const middle = spec.slice(a.prefix.length, spec.length - a.suffix.length);
      for (const t of a.targets) {
        const hit = this.tryJs(posix.join(a.base, t.replace('*', middle)));
        if (hit) return hit;
      }
    }
    return undefined;
  }

  private tryJs(base: string): string | undefined {
    const b = norm(base);
    if (this.files.has(b)) return b;
    const ext = posix.extname(b);
    for (const alt of TS_FOR_JS[ext] ?? []) {
      const c = b.slice(0, -ext.length) + alt;
      if (this.files.has(c)) return c;
    }
    for (const e of JS_EXTS) if (this.files.has(b + e)) return b + e;
    for (const e of JS_EXTS) if (this.files.has(`${b}/index${e}`)) return `${b}/index${e}`;
    return undefined;
  }

  resolvePython(from: string, module: string, level: number): string | undefined {
    const parts = module ? module.split('.') : [];
    const fromDir = posix.dirname(norm(from));
    if (level > 0) {
      let dir = fromDir;
      for (let i = 1; i < level; i++) dir = posix.dirname(dir);
      return this.tryPy(posix.join(dir, ...parts));
    }
    // Absolute imports: try every ancestor of the importing file as a sys.path entry.
    let dir = fromDir;
    for (;;) {
      const hit = this.tryPy(posix.join(dir, ...parts));
      if (hit) return hit;
      if (dir === '.' || dir === '/' || dir === '') break;
      dir = posix.dirname(dir);
    }
    return undefined;
  }

  private tryPy(base: string): string | undefined {
    const b = norm(base);
    if (this.files.has(`${b}.py`)) return `${b}.py`;
    if (this.files.has(`${b}/__init__.py`)) return `${b}/__init__.py`;
    return undefined;
  }

  /** Python submodules of a package `__init__.py` (for `import pkg` followed by `pkg.sub.f()`). */
  pythonSubmodules(initFile: string): { name: string; file: string }[] {
    const dir = posix.dirname(norm(initFile));
    const out: { name: string; file: string }[] = [];
    for (const f of this.files) {
      if (!f.endsWith('.py') || f === norm(initFile)) continue;
      const rel = posix.relative(dir, f);
      if (rel.startsWith('..')) continue;
      const segs = rel.split('/');
      if (segs.length === 1) out.push({ name: segs[0]!.slice(0, -3), file: f });
      else if (segs.length === 2 && segs[1] === '__init__.py') out.push({ name: segs[0]!, file: f });
    }
    return out;
  }
}

/** tsconfig/jsconfig files: their `paths` aliases take part in resolution. */
export const RESOLVER_CONFIG_FILES = /(^|\/)(tsconfig|jsconfig)(\.[\w-]+)?\.json$/;

/** Scan-relative posix form of a path, as the resolver keys files. */
export function norm(p: string): string {
  const n = posix.normalize(p.replace(/\\/g, '/'));
  return n.startsWith('./') ? n.slice(2) : n;
}
