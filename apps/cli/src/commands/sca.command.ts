import { readFile, stat, writeFile } from 'node:fs/promises';
import {
  analyzeDirectory, FileAdvisoryStore, importLoadsPackage, npmPackageOf, openSeedStore, toCycloneDx, toJsonReport, toSarif, toSpdx, toText,
  type AdvisoryStore, type CallExtractor, type CallSite, type CallTarget, type ImportExtractor, type ImportSite, type SourceFile,
} from '@nullpath/sca';
import { type Command, InvalidArgumentError } from 'commander';
import { advisoryStoreDir } from './advisories.command';

const FORMATS = ['text', 'json', 'sarif', 'cyclonedx', 'spdx'] as const;
type Format = (typeof FORMATS)[number];
const LEVELS = ['critical', 'high', 'medium', 'low', 'info', 'none'] as const;
type FailOn = (typeof LEVELS)[number];
const RANK: Record<string, number> = { CRITICAL: 5, HIGH: 4, MEDIUM: 3, LOW: 2, INFO: 1 };
// A finding whose record carries no severity still gates a build at medium and below.
const UNKNOWN_SEVERITY_RANK = 3;

/*
 * NOTE(sca-fallback-extractor): JS/TS and Python go through @nullpath/engine (tree-sitter: extractImports /
 * extractCallSites). Go, Rust and Ruby, which the engine does not parse yet, use the line-based extractor below
 * (no AST): Go import blocks, Rust `use`/`extern crate`, Ruby require; calls are `binding.symbol(`. If the engine
 * throws, the same fallback covers JS/TS/Python too and a warning says so. sca only sees the
 * ImportExtractor/CallExtractor shapes.
 */
const PATTERNS: Record<string, RegExp[]> = {
  js: [/\bfrom\s*['"]([^'"]+)['"]/g, /^\s*import\s*['"]([^'"]+)['"]/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g],
  python: [/^\s*import\s+([\w.]+(?:\s*,\s*[\w.]+)*)/g, /^\s*from\s+([\w.]+)\s+import\b/g],
  go: [/^\s*import\s+(?:[\w.]+\s+)?"([^"]+)"/g, /^\s*(?:[\w.]+\s+)?"([^"]+)"\s*$/g],
  rust: [/^\s*(?:pub\s+)?use\s+(?:::)?([\w]+(?:::[\w{}*, ]+)*)/g, /^\s*extern\s+crate\s+(\w+)/g],
  ruby: [/^\s*require\s*\(?\s*['"]([^'"]+)['"]/g], // require_relative loads first-party files
};
const FAMILY: Record<string, string> = { javascript: 'js', typescript: 'js', python: 'python', go: 'go', rust: 'rust', ruby: 'ruby' };

async function linesOf(file: SourceFile): Promise<string[]> {
  try {
    return (await readFile(file.path, 'utf8')).split(/\r?\n/);
  } catch {
    return [];
  }
}

function importsIn(family: string, lines: string[]): Array<{ line: number; module: string }> {
  const out: Array<{ line: number; module: string }> = [];
  let goBlock = false;
  lines.forEach((text, i) => {
    if (family === 'go') {
      if (/^\s*import\s*\($/.test(text)) goBlock = true;
      else if (goBlock && /^\s*\)/.test(text)) goBlock = false;
    }
    PATTERNS[family]!.forEach((re, k) => {
      if (family === 'go' && k === 1 && !goBlock) return;
      for (const m of text.matchAll(re)) {
        const mods = family === 'python' && k === 0 ? m[1]!.split(',').map((s) => s.trim()) : [m[1]!.trim()];
        for (const module of mods) out.push({ line: i + 1, module });
      }
    });
  });
  return out;
}

export const fallbackImportExtractor: ImportExtractor = {
  languages: ['javascript', 'typescript', 'python', 'go', 'rust', 'ruby'],
  async extract(files) {
    const sites: ImportSite[] = [];
    for (const f of files) {
      const family = FAMILY[f.language];
      if (!family) continue;
      for (const s of importsIn(family, await linesOf(f))) sites.push({ file: f.relPath, line: s.line, module: s.module });
    }
    return sites;
  },
};

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Local names a file binds to `module` (default/namespace/require bindings and named imports with their original names). */
function bindings(family: string, lines: string[], module: string): { objects: Set<string>; named: Map<string, string> } {
  const objects = new Set<string>();
  const named = new Map<string, string>();
  const text = lines.join('\n');
  const m = esc(module);
  if (family === 'js') {
    for (const x of text.matchAll(new RegExp(`import\\s+(?:(\\w+)\\s*,?\\s*)?(?:\\*\\s+as\\s+(\\w+))?\\s*(?:\\{([^}]*)\\})?\\s*from\\s*['"]${m}(/[^'"]*)?['"]`, 'g'))) {
      if (x[1]) (x[4] ? named.set(x[1], x[4].slice(1)) : objects.add(x[1]));
      if (x[2]) objects.add(x[2]);
      for (const part of (x[3] ?? '').split(',')) {
        const [orig, local] = part.split(/\s+as\s+/).map((s) => s.trim());
        if (orig) named.set(local ?? orig, orig);
      }
    }
    for (const x of text.matchAll(new RegExp(`(?:const|let|var)\\s+(?:(\\w+)|\\{([^}]*)\\})\\s*=\\s*require\\(\\s*['"]${m}(/[^'"]*)?['"]\\s*\\)`, 'g'))) {
      if (x[1]) (x[3] ? named.set(x[1], x[3].slice(1)) : objects.add(x[1]));
      for (const part of (x[2] ?? '').split(',')) {
        const [orig, local] = part.split(':').map((s) => s.trim());
        if (orig) named.set(local ?? orig, orig);
      }
    }
  } else if (family === 'python') {
    for (const x of text.matchAll(new RegExp(`^\\s*import\\s+${m}(?:\\s+as\\s+(\\w+))?`, 'gm'))) objects.add(x[1] ?? module);
    for (const x of text.matchAll(new RegExp(`^\\s*from\\s+${m}(?:\\.[\\w.]+)?\\s+import\\s+([^\\n]+)`, 'gm'))) {
      for (const part of x[1]!.replace(/[()]/g, '').split(',')) {
        const [orig, local] = part.split(/\s+as\s+/).map((s) => s.trim());
        if (orig) named.set(local ?? orig, orig);
      }
    }
  } else if (family === 'go') {
    for (const x of text.matchAll(new RegExp(`(?:^|\\s)(\\w+\\s+)?"${m}"`, 'gm'))) {
      const alias = x[1]?.trim();
      objects.add(alias && alias !== 'import' ? alias : module.split('/').at(-1)!.replace(/^go-|\.v\d+$/g, ''));
    }
  } else if (family === 'rust') {
    objects.add(module.replace(/-/g, '_'));
  }
  return { objects, named };
}

export const fallbackCallExtractor: CallExtractor = {
  languages: ['javascript', 'typescript', 'python', 'go', 'rust'],
  async extract(files, targets) {
    const calls: CallSite[] = [];
    for (const f of files) {
      const family = FAMILY[f.language];
      if (!family) continue;
      const lines = await linesOf(f);
      const imported = importsIn(family, lines).map((s) => s.module);
      for (const t of targets) {
        const loads = imported.some((mod) => (family === 'js' ? npmPackageOf(mod) === t.module : family === 'rust' ? mod.split('::')[0] === t.module.replace(/-/g, '_') : mod === t.module || mod.startsWith(`${t.module}.`)));
        if (!loads) continue;
        const { objects, named } = bindings(family, lines, t.module);
        for (const symbol of t.symbols) {
          const last = symbol.split(/\.|::/).at(-1)!;
          const patterns: RegExp[] = [];
          for (const o of objects) patterns.push(new RegExp(`\\b${esc(o)}(?:\\.|::)${esc(symbol.replace(/::/g, '.')).replace(/\\\./g, '(?:\\.|::)')}\\s*\\(`));
          for (const [local, orig] of named) if (orig === symbol || orig === last) patterns.push(new RegExp(`(?<![\\w.])${esc(local)}\\s*\\(`));
          if (symbol !== last) patterns.push(new RegExp(`(?:\\.|::)${esc(last)}\\s*\\(`));
          lines.forEach((text, i) => {
            if (patterns.some((p) => p.test(text))) calls.push({ file: f.relPath, line: i + 1, module: t.module, symbol });
          });
        }
      }
    }
    return calls;
  },
};

const ENGINE_LANGUAGES = new Set(['javascript', 'typescript', 'python']);

async function withContent(files: readonly SourceFile[]): Promise<Array<{ path: string; content: string }>> {
  const out: Array<{ path: string; content: string }> = [];
  // generated or vendored blobs (> 1 MB) are not worth a parse and rarely first-party
  for (const f of files) {
    const content = await readFile(f.path, 'utf8').catch(() => '');
    out.push({ path: f.relPath, content: content.length > 1_000_000 ? '' : content });
  }
  return out;
}

function warnFallback(what: string, err: unknown): void {
  process.stderr.write(`warning: engine ${what} failed (${err instanceof Error ? err.message : String(err)}); using the line-based fallback\n`);
}

/** Does an engine call record (module + member path) hit one of the target's symbols? */
function callHits(rec: { module: string; path: string[] }, target: CallTarget, symbol: string): boolean {
  const sameModule = npmPackageOf(rec.module) === target.module || importLoadsPackage('PyPI', rec.module, target.module) || rec.module === target.module;
  if (!sameModule || rec.path.length === 0) return false;
  const dotted = rec.path.join('.');
  return dotted === symbol || `${rec.module}.${dotted}` === symbol || (symbol.includes('.') && rec.path.at(-1) === symbol.split('.').at(-1));
}

export const scaImportExtractor: ImportExtractor = {
  languages: fallbackImportExtractor.languages,
  async extract(files) {
    const viaEngine = files.filter((f) => ENGINE_LANGUAGES.has(f.language));
    const rest = files.filter((f) => !ENGINE_LANGUAGES.has(f.language));
    try {
      // loaded lazily so a broken or missing engine degrades to the fallback instead of breaking `nullpath sca`
      const { extractImports } = await import('@nullpath/engine');
      const sites = (await extractImports(await withContent(viaEngine))).map((r) => ({ file: r.file, line: r.line, module: r.module, ...(r.symbols ? { symbols: r.symbols } : {}) }));
      return [...sites, ...(await fallbackImportExtractor.extract(rest))];
    } catch (err) {
      warnFallback('import extraction', err);
      return fallbackImportExtractor.extract(files);
    }
  },
};

export const scaCallExtractor: CallExtractor = {
  languages: fallbackCallExtractor.languages,
  async extract(files, targets) {
    const viaEngine = files.filter((f) => ENGINE_LANGUAGES.has(f.language));
    const rest = files.filter((f) => !ENGINE_LANGUAGES.has(f.language));
    try {
      const { extractCallSites } = await import('@nullpath/engine');
      const calls: CallSite[] = [];
      for (const rec of await extractCallSites(await withContent(viaEngine))) {
        for (const t of targets) for (const symbol of t.symbols) if (callHits(rec, t, symbol)) calls.push({ file: rec.file, line: rec.line, module: t.module, symbol });
      }
      return [...calls, ...(await fallbackCallExtractor.extract(rest, targets))];
    } catch (err) {
      warnFallback('call extraction', err);
      return fallbackCallExtractor.extract(files, targets);
    }
  },
};

async function openStore(option: string | undefined): Promise<{ store: AdvisoryStore; label: string }> {
  const dir = advisoryStoreDir(option);
  if (await FileAdvisoryStore.exists(dir)) return { store: await FileAdvisoryStore.open(dir, { create: false }), label: dir };
  if (option) throw new Error(`no advisory store at ${dir} (run \`nullpath advisories import\` first)`);
  return { store: await openSeedStore(), label: 'bundled seed set' };
}

function parseChoice<T extends string>(choices: readonly T[], what: string): (v: string) => T {
  return (v) => {
    if (!(choices as readonly string[]).includes(v)) throw new InvalidArgumentError(`${what} must be one of ${choices.join(', ')}`);
    return v as T;
  };
}

interface ScaOptions {
  format: Format;
  output?: string;
  failOn: FailOn;
  prodOnly?: boolean;
  advisories?: string;
  reachability: boolean;
}

export function registerScaCommand(program: Command): void {
  program
    .command('sca')
    .description('Software composition analysis: inventory, known vulnerabilities, fixes and reachability (offline)')
    .argument('<path>', 'directory to analyse')
    .option('--format <format>', `output format: ${FORMATS.join('|')}`, parseChoice(FORMATS, '--format'), 'text')
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--fail-on <level>', `exit 1 when a finding is at or above: ${LEVELS.join('|')}`, parseChoice(LEVELS, '--fail-on'), 'high')
    .option('--prod-only', 'ignore development-only dependencies')
    .option('--advisories <dir>', 'advisory store directory (default $NULLPATH_DATA_DIR/advisories, ./.nullpath/advisories, else the bundled seed set)')
    .option('--no-reachability', 'skip import/function reachability analysis')
    .action(async (target: string, opts: ScaOptions) => {
      const info = await stat(target).catch(() => undefined);
      if (!info?.isDirectory()) throw new Error(`${target} is not a directory`);
      const { store } = await openStore(opts.advisories);
      const result = await analyzeDirectory(target, {
        store,
        ...(opts.reachability ? { importExtractor: scaImportExtractor, callExtractor: scaCallExtractor } : {}),
        ...(opts.prodOnly ? { prodOnly: true } : {}),
      });
      const body =
        opts.format === 'json' ? toJsonReport(result) : opts.format === 'sarif' ? toSarif(result) : opts.format === 'cyclonedx' ? toCycloneDx(result) : opts.format === 'spdx' ? toSpdx(result) : toText(result);
      if (opts.output) await writeFile(opts.output, body);
      else process.stdout.write(body);
      for (const u of result.unscanned) if (opts.format !== 'text') process.stderr.write(`unscanned manifest ${u.path}: ${u.reason}\n`);
      if (store instanceof FileAdvisoryStore) await store.close();
      const threshold = opts.failOn === 'none' ? Infinity : RANK[opts.failOn.toUpperCase()]!;
      const failing = result.findings.some((f) => f.state === 'affected' && (RANK[f.severity.level] ?? UNKNOWN_SEVERITY_RANK) >= threshold);
      process.exitCode = failing ? 1 : 0;
    });
}
