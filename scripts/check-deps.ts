/**
 * Enforces architecture.md §3: which workspace may import which, that every bare import is declared
 * in the importing workspace's package.json (hoisting hides undeclared deps), no deep imports past a
 * package's `exports`, and that routes never touch db/queue. Exit 1 with one line per violation.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';

/** workspace → workspaces it may import from non-test code. */
export const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  contracts: ['core'],
  db: ['core'],
  queue: ['core', 'db'],
  services: ['core', 'db', 'queue'],
  engine: [],
  outbound: [],
  rules: [],
  sca: ['core'],
  'api-client': ['contracts'],
  testing: ['core', 'db'],
  server: ['core', 'contracts', 'services', 'db', 'queue', 'outbound'],
  worker: ['core', 'services', 'queue', 'db', 'engine', 'rules', 'sca', 'outbound'],
  cli: ['server', 'worker', 'engine', 'rules', 'sca', 'api-client'],
  mcp: ['api-client'],
  web: ['api-client'],
};

/** Test files may additionally import these workspaces. */
const TEST_EXTRA: Record<string, readonly string[]> = {
  rules: ['engine'],
  web: ['server', 'worker'],
  cli: ['testing', 'server', 'core', 'db'],
};

/** Only composition roots of these apps may import db/queue (architecture.md §3). */
const COMPOSITION_ONLY = new Set(['db', 'queue']);
const COMPOSITION_ROOTS = /(^|\/)(compose|main|admin|config)\.ts$|\.compose\.ts$/;

export interface Violation {
  file: string;
  message: string;
}

const IMPORT_RE = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

const isTestFile = (rel: string) => /\.(test|spec)\.tsx?$/.test(rel) || /(^|\/)test\//.test(rel);

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    // Rule and engine fixtures are code samples to scan, not code of ours.
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.') || name === '__fixtures__' || name === 'cases' || name === 'fixtures') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts')) yield p;
  }
}

export function importsOf(source: string): string[] {
  const out: string[] = [];
  const stripped = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of stripped.matchAll(IMPORT_RE)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

export function checkDependencies(root: string): Violation[] {
  const violations: Violation[] = [];
  const workspaces = ['packages', 'apps'].flatMap((d) =>
    existsSync(join(root, d)) ? readdirSync(join(root, d)).map((n) => join(root, d, n)) : [],
  );
  const manifests = new Map<string, { dir: string; pkg: Record<string, any> }>();
  for (const dir of workspaces) {
    if (!existsSync(join(dir, 'package.json'))) continue;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    manifests.set(pkg.name, { dir, pkg });
  }
  for (const [name, { dir, pkg }] of manifests) {
    const short = name.replace('@nullpath/', '');
    const allowed = ALLOWED[short];
    if (!allowed) {
      violations.push({ file: relative(root, join(dir, 'package.json')), message: `workspace ${name} is not in the architecture table` });
      continue;
    }
    // The dashboard is bundled at build time, so its devDependencies are what it ships.
    const bundled = short === 'web' ? Object.keys(pkg.devDependencies ?? {}) : [];
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), ...bundled]);
    for (const sub of ['src', 'test']) {
      for (const file of walk(join(dir, sub))) {
        const rel = relative(root, file).split(sep).join('/');
        const inDir = relative(dir, file).split(sep).join('/');
        const test = isTestFile(inDir);
        for (const spec of importsOf(readFileSync(file, 'utf8'))) {
          if (spec.startsWith('.') || spec.startsWith('/') || BUILTINS.has(spec)) continue;
          const target = packageOf(spec);
          if (target.startsWith('@nullpath/')) {
            const t = target.replace('@nullpath/', '');
            if (t === short) {
              violations.push({ file: rel, message: `imports its own package '${spec}'; use a relative import` });
              continue;
            }
            const ok = allowed.includes(t) || (test && (t === 'testing' || (TEST_EXTRA[short] ?? []).includes(t)));
            if (!ok) violations.push({ file: rel, message: `${name} may not import ${target} (architecture.md §3)` });
            // The worker consumes the queue (architecture.md §3: queue ← app:worker); db stays in roots only.
            const rootOnly = short === 'server' ? COMPOSITION_ONLY.has(t) : short === 'worker' && t === 'db';
            if (!test && rootOnly && !COMPOSITION_ROOTS.test(inDir)) {
              violations.push({ file: rel, message: `only composition roots may import ${target}` });
            }
            if (!test && /\.routes\.ts$/.test(inDir) && COMPOSITION_ONLY.has(t)) {
              violations.push({ file: rel, message: `routes may not import ${target}` });
            }
            const sub = spec.slice(target.length);
            const exportsMap = manifests.get(target)?.pkg.exports ?? {};
            if (sub && !(`.${sub}` in exportsMap)) violations.push({ file: rel, message: `deep import '${spec}' is not in ${target}'s exports` });
          }
          // Tests write sample code into strings (`require('lodash')` in a fixture), so only src is held to its package.json.
          const isDeclared = test || declared.has(target);
          if (!isDeclared) {
            violations.push({ file: rel, message: `imports '${target}' which ${name}'s package.json does not declare` });
          }
        }
      }
    }
  }
  return violations;
}

if (process.argv[1] && /check-deps\.ts$/.test(process.argv[1])) {
  const v = checkDependencies(process.cwd());
  for (const x of v) process.stderr.write(`${x.file}: ${x.message}\n`);
  process.stdout.write(v.length === 0 ? 'dependency check: ok\n' : `dependency check: ${v.length} violation(s)\n`);
  process.exit(v.length === 0 ? 0 : 1);
}
