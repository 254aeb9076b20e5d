/**
 * The "ESLint security stack" peer of sast.md §5: ESLint 9 with eslint-plugin-security,
 * no-unsanitized, @microsoft/sdl, sonarjs and the TypeScript parser. These are sink-pattern rules
 * without taint, the reference point Nullpath must beat on precision and fix pairs (sast.md R17).
 * Installed outside the product's package.json, under the git-ignored bench/.out/peers/eslint.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUT } from './bench-env';

export const PEERS_ESLINT = join(OUT, 'peers', 'eslint');
export const ESLINT_CONFIG = join(PEERS_ESLINT, 'eslint.config.mjs');
/** Same stack, .js/.jsx parsed as CommonJS scripts: the retry for files that fail as modules. */
const ESLINT_CONFIG_CJS = join(PEERS_ESLINT, 'eslint.commonjs.config.mjs');
const ESLINT_BIN = join(PEERS_ESLINT, 'node_modules', '.bin', 'eslint');
/** Exactly the install of sast.md §5, so figures stay comparable with the ones recorded there. */
const PACKAGES = ['eslint@9', 'eslint-plugin-security', 'eslint-plugin-no-unsanitized', '@microsoft/eslint-plugin-sdl', 'eslint-plugin-sonarjs', '@typescript-eslint/parser'];

const CONFIG = `// Written by bench/lib/eslint-stack.ts: the ESLint security stack of docs sast.md §5.
import security from 'eslint-plugin-security';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import sdl from '@microsoft/eslint-plugin-sdl';
import sonarjs from 'eslint-plugin-sonarjs';
import tsParser from '@typescript-eslint/parser';

export default [
  security.configs.recommended,
  nounsanitized.configs.recommended,
  {
    plugins: { '@microsoft/sdl': sdl, sonarjs },
    rules: {
      '@microsoft/sdl/no-inner-html': 'error',
      '@microsoft/sdl/no-insecure-url': 'error',
      '@microsoft/sdl/no-document-write': 'error',
      '@microsoft/sdl/no-cookies': 'error',
      'sonarjs/os-command': 'error',
      'sonarjs/code-eval': 'error',
      'sonarjs/sql-queries': 'error',
      'sonarjs/hashing': 'error',
      'sonarjs/pseudo-random': 'error',
    },
  },
  // JSX in .jsx files: without this espree rejects them and they would count as parse errors.
  { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser } },
];
`;

const CONFIG_CJS = `// Written by bench/lib/eslint-stack.ts: retry config for CommonJS files (sloppy-mode syntax).
import base from './eslint.config.mjs';
export default [...base, { files: ['**/*.js', '**/*.jsx'], languageOptions: { sourceType: 'commonjs' } }];
`;

/** Rule id → CWE, declared once so the scoring of a peer is reviewable. Unlisted rules: 'none'. */
export const ESLINT_RULE_CWE: Record<string, string> = {
  'security/detect-child-process': 'CWE-78',
  'sonarjs/os-command': 'CWE-78',
  'security/detect-non-literal-fs-filename': 'CWE-22',
  'security/detect-eval-with-expression': 'CWE-94',
  'sonarjs/code-eval': 'CWE-94',
  'security/detect-non-literal-require': 'CWE-94',
  'security/detect-object-injection': 'CWE-1321',
  'security/detect-unsafe-regex': 'CWE-1333',
  'security/detect-non-literal-regexp': 'CWE-1333',
  'no-unsanitized/method': 'CWE-79',
  'no-unsanitized/property': 'CWE-79',
  '@microsoft/sdl/no-inner-html': 'CWE-79',
  '@microsoft/sdl/no-document-write': 'CWE-79',
  'sonarjs/sql-queries': 'CWE-89',
  'sonarjs/hashing': 'CWE-328',
  'sonarjs/pseudo-random': 'CWE-330',
  '@microsoft/sdl/no-insecure-url': 'CWE-319',
  '@microsoft/sdl/no-cookies': 'CWE-539',
  'security/detect-buffer-noassert': 'CWE-125',
  'security/detect-disable-mustache-escape': 'CWE-79',
  'security/detect-no-csrf-before-method-override': 'CWE-352',
  'security/detect-possible-timing-attacks': 'CWE-208',
  'security/detect-pseudoRandomBytes': 'CWE-338',
  'security/detect-new-buffer': 'CWE-665',
  'security/detect-bidi-characters': 'CWE-451',
};

export function eslintCwe(ruleId: string): string {
  return ESLINT_RULE_CWE[ruleId] ?? 'none';
}

export interface EslintFinding {
  /** Relative to the `cwd` given to runEslint, `/` separators. */
  file: string;
  line: number;
  column: number;
  ruleId: string;
  cwe: string;
}

export interface EslintRun {
  findings: EslintFinding[];
  /** Files ESLint could not parse (fatal messages) even as CommonJS; they have no findings. */
  parseErrors: { file: string; message: string }[];
  /** Files that failed as ES modules and were linted as CommonJS scripts instead. */
  commonjsRetries: number;
  /** Files whose batch crashed ESLint (a rule threw) even when linted alone. */
  crashed: { file: string; message: string }[];
  files: number;
  wallMs: number;
  /** Peak RSS of the largest ESLint process (bytes), from /usr/bin/time -v; absent if not measurable. */
  peakRssBytes?: number;
  versions: Record<string, string>;
}

/** Installs the stack (once) and writes the flat config next to its node_modules. */
export function ensureEslintStack(): void {
  mkdirSync(PEERS_ESLINT, { recursive: true });
  if (!existsSync(ESLINT_BIN)) {
    process.stderr.write(`installing the ESLint security stack into ${PEERS_ESLINT}\n`);
    if (!existsSync(join(PEERS_ESLINT, 'package.json'))) execFileSync('npm', ['init', '-y'], { cwd: PEERS_ESLINT, stdio: 'ignore' });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', ...PACKAGES], { cwd: PEERS_ESLINT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  // The config's imports resolve from its own folder (NODE_PATH is ignored), so it lives here.
  writeFileSync(ESLINT_CONFIG, CONFIG);
  writeFileSync(ESLINT_CONFIG_CJS, CONFIG_CJS);
}

export function eslintStackVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of PACKAGES) {
    const name = p.replace(/@\d+$/, '');
    try {
      out[name] = (JSON.parse(readFileSync(join(PEERS_ESLINT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      out[name] = 'missing';
    }
  }
  return out;
}

const HAS_TIME = existsSync('/usr/bin/time');

interface BatchResult {
  code: number;
  stderr: string;
  results: { filePath: string; messages: { ruleId: string | null; line?: number; column?: number; fatal?: boolean; message: string }[] }[] | undefined;
  rss?: number;
}

function runBatch(cwd: string, files: readonly string[], tmp: string, concurrency: string, config: string): Promise<BatchResult> {
  const outFile = join(tmp, `out-${process.hrtime.bigint()}.json`);
  // --no-inline-config: packages' own `eslint-disable` comments were written for their lint
  // setups; honouring them would hide sinks and report "rule not found" for unknown rule names.
  const eslintArgs = ['--no-ignore', '--no-inline-config', '--no-warn-ignored', '-c', config, '-f', 'json', '-o', outFile, '--concurrency', concurrency, '--', ...files];
  const [cmd, argv] = HAS_TIME ? ['/usr/bin/time', ['-v', ESLINT_BIN, ...eslintArgs]] : [ESLINT_BIN, eslintArgs];
  return new Promise((resolve) => {
    execFile(cmd, argv as string[], { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, _stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 2) : 0;
      const rssKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      let results: BatchResult['results'];
      try {
        results = JSON.parse(readFileSync(outFile, 'utf8')) as BatchResult['results'];
      } catch {
        results = undefined;
      }
      rmSync(outFile, { force: true });
      resolve({ code, stderr, results, ...(rssKb ? { rss: Number(rssKb) * 1024 } : {}) });
    });
  });
}

/**
 * Lints `files` (relative to `cwd`) with the stack. Exit code 1 means "problems found", not an
 * error. A batch that crashes ESLint (exit 2, usually a rule throwing on odd code) is split and
 * retried so one file cannot hide the findings of the rest; files that still crash alone are listed.
 */
export async function runEslint(cwd: string, files: readonly string[], opts: { batch?: number; concurrency?: string } = {}): Promise<EslintRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'np-eslint-'));
  const run: EslintRun = { findings: [], parseErrors: [], commonjsRetries: 0, crashed: [], files: files.length, wallMs: 0, versions: eslintStackVersions() };
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  const rel = (p: string): string => (p.startsWith(prefix) ? p.slice(prefix.length) : p);
  const started = performance.now();
  // ESLint 9 parses .js as ES modules (strict mode), so CommonJS code with octal literals,
  // duplicate declarations or `arguments` bindings fails to parse; those files get a second pass
  // as CommonJS scripts, as a user linting such a package would configure.
  let config = ESLINT_CONFIG;
  const moduleFailures: string[] = [];
  const lint = async (batch: readonly string[]): Promise<void> => {
    const r = await runBatch(cwd, batch, tmp, opts.concurrency ?? 'off', config);
    if (r.rss !== undefined) run.peakRssBytes = Math.max(run.peakRssBytes ?? 0, r.rss);
    if ((r.code === 0 || r.code === 1) && r.results) {
      for (const res of r.results) {
        const file = rel(res.filePath);
        if (config === ESLINT_CONFIG && /\.jsx?$/.test(file) && res.messages.some((m) => m.fatal)) {
          moduleFailures.push(file);
          continue;
        }
        for (const m of res.messages) {
          if (m.fatal || m.ruleId === null) run.parseErrors.push({ file, message: m.message });
          else run.findings.push({ file, line: m.line ?? 0, column: m.column ?? 0, ruleId: m.ruleId, cwe: eslintCwe(m.ruleId) });
        }
      }
      return;
    }
    if (batch.length === 1) {
      // A broken install or config crashes every file: stop instead of bisecting the whole list.
      if (run.crashed.length >= 20) throw new Error(`ESLint keeps crashing (exit ${r.code}): ${r.stderr.slice(0, 2000)}`);
      run.crashed.push({ file: batch[0]!, message: r.stderr.split('\n').find((l) => l.trim() && !l.startsWith('\t')) ?? `exit ${r.code}` });
      return;
    }
    const half = Math.ceil(batch.length / 2);
    await lint(batch.slice(0, half));
    await lint(batch.slice(half));
  };
  const size = opts.batch ?? 400;
  try {
    for (let i = 0; i < files.length; i += size) await lint(files.slice(i, i + size));
    config = ESLINT_CONFIG_CJS;
    run.commonjsRetries = moduleFailures.length;
    for (let i = 0; i < moduleFailures.length; i += size) await lint(moduleFailures.slice(i, i + size));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  run.wallMs = performance.now() - started;
  return run;
}
