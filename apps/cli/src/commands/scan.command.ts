import { readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import {
  ENGINE_VERSION,
  LEVEL_ORDER,
  loadModelFile,
  loadRules,
  scan,
  toSarif,
  type Finding,
  type ModelSet,
  type Rule,
  type ScanResult,
  type ThreatModel,
} from '@nullpath/engine';
import { collectFiles } from '@nullpath/engine/files';
import { loadBuiltinPacks } from '@nullpath/rules';
import cliProgress from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const FAIL_ON = ['critical', 'high', 'medium', 'low'] as const;
type FailOn = (typeof FAIL_ON)[number];
const THREAT_MODELS: readonly ThreatModel[] = ['remote', 'local', 'library'];

interface ScanCliOptions {
  format: Format;
  output?: string;
  failOn: FailOn;
  threatModel: ThreatModel[];
  rules?: string[];
  sourcesSinks?: string;
  progress: boolean;
  threads?: number;
}

function parseChoice<T extends string>(choices: readonly T[], what: string): (v: string) => T {
  return (v) => {
    if (!(choices as readonly string[]).includes(v)) throw new InvalidArgumentError(`${what} must be one of ${choices.join(', ')}`);
    return v as T;
  };
}

function parseThreatModels(v: string): ThreatModel[] {
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const t of list) if (!(THREAT_MODELS as readonly string[]).includes(t)) throw new InvalidArgumentError(`--threat-model accepts ${THREAT_MODELS.join(', ')}`);
  if (list.length === 0) throw new InvalidArgumentError('--threat-model needs at least one model');
  return list as ThreatModel[];
}

function parseList(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Built-in packs (optionally narrowed by --rules) plus the user's --sources-sinks models. */
async function loadConfiguration(opts: ScanCliOptions): Promise<{ rules: Rule[]; models: { origin: string; set: ModelSet }[] }> {
  const packs = loadBuiltinPacks(opts.rules);
  if (packs.rules.length === 0) throw new Error(`no rules loaded: --rules ${opts.rules?.join(',')} matched no rule pack (available: ${loadBuiltinPacks().packs.join(', ')})`);
  const rules = loadRules(packs.rules);
  const models = packs.models.map((m) => ({ origin: m.origin, set: loadModelFile(m) }));
  if (opts.sourcesSinks) {
    const text = await readFile(opts.sourcesSinks, 'utf8');
    models.push({ origin: opts.sourcesSinks, set: loadModelFile({ origin: opts.sourcesSinks, data: text }) });
  }
  return { rules, models };
}

function progressReporter(enabled: boolean): { onProgress: (p: { phase: string; done: number; total: number }) => void; stop: () => void } {
  if (!enabled || !process.stderr.isTTY) return { onProgress: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: 'scanning [{bar}] {percentage}% | {phase} {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let phase = '';
  return {
    onProgress: (p) => {
      if (p.phase !== phase) {
        phase = p.phase;
        if (p.phase === 'done') return;
        bar.start(Math.max(1, p.total), p.done, { phase });
      } else bar.update(p.done, { phase });
    },
    stop: () => bar.stop(),
  };
}

function formatText(result: ScanResult, root: string): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    lines.push(`${f.file}:${f.line}:${f.column}  ${f.level.toUpperCase()}  ${f.ruleId}  (${f.cwe}, confidence ${f.confidence})`);
    lines.push(`    ${f.message}`);
    if (f.snippet) lines.push(`    > ${f.snippet}`);
    if (f.trace.length > 1) {
      for (const t of f.trace) lines.push(`      ${t.kind === 'source' ? 'source' : t.kind === 'sink' ? 'sink  ' : 'step  '} ${t.file}:${t.line}  ${t.note}`);
    }
    lines.push('');
  }
  const counts = new Map<string, number>();
  for (const f of result.findings) counts.set(f.level, (counts.get(f.level) ?? 0) + 1);
  const byLevel = ['critical', 'high', 'medium', 'low', 'info'].filter((l) => counts.get(l)).map((l) => `${counts.get(l)} ${l}`);
  const s = result.stats;
  lines.push(
    `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}${byLevel.length ? ` (${byLevel.join(', ')})` : ''} in ${s.analyzedFiles} analysed file${s.analyzedFiles === 1 ? '' : 's'} of ${root} with ${s.rules} rules, ${(s.durationMs / 1000).toFixed(1)}s`,
  );
  if (s.analysisBudgetExhausted) lines.push('warning: the analysis ran out of its time or memory budget; findings are those found until then (NOTE(scan-budget) in the engine README)');
  if (result.skipped.length) {
    lines.push(`${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'} not analysed:`);
    for (const sk of result.skipped) lines.push(`  ${sk.path}: ${sk.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

function render(format: Format, result: ScanResult, rules: Rule[], root: string): string {
  if (format === 'json') return `${JSON.stringify({ tool: 'nullpath', version: ENGINE_VERSION, findings: result.findings, skipped: result.skipped, stats: result.stats }, null, 2)}\n`;
  if (format === 'sarif') return `${JSON.stringify(toSarif(result, rules, { version: ENGINE_VERSION }), null, 2)}\n`;
  return formatText(result, root);
}

function fails(findings: readonly Finding[], failOn: FailOn): boolean {
  const threshold = LEVEL_ORDER[failOn];
  return findings.some((f) => LEVEL_ORDER[f.level] >= threshold);
}

export function registerScanCommand(program: Command): void {
  program
    .command('scan')
    .description('Static analysis (taint, patterns, secrets) of a directory or file, offline')
    .argument('<path>', 'directory or file to scan')
    .option('--format <format>', `output format: ${FORMATS.join('|')}`, parseChoice(FORMATS, '--format'), 'text')
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--fail-on <level>', `exit 1 when a finding is at or above: ${FAIL_ON.join('|')}`, parseChoice(FAIL_ON, '--fail-on'), 'high')
    .option('--threat-model <models>', `comma-separated source groups: ${THREAT_MODELS.join(',')} (library: exported functions' parameters are attacker-controlled)`, parseThreatModels, ['remote'])
    .option('--rules <packs>', 'comma-separated rule packs or rule ids (js, py, generic, js/injection, js.injection.sql-injection)', parseList)
    .option('--sources-sinks <file>', 'YAML/JSON models file declaring extra sources, sinks, sanitizers (schemaVersion 1)')
    .option('--threads <n>', 'worker threads for analysis (default: CPU cores)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('--threads must be an integer from 1 to 64');
      return n;
    })
    .option('--no-progress', 'never show a progress bar')
    .action(async (target: string, opts: ScanCliOptions) => {
      const root = resolve(target);
      const info = await stat(root).catch(() => undefined);
      if (!info) throw new Error(`${target} does not exist`);
      const { rules, models } = await loadConfiguration(opts);
      const walked = await collectFiles(root);
      const progress = progressReporter(opts.progress);
      let result: ScanResult;
      try {
        result = await scan({ files: walked.files, rules, models, threatModels: opts.threatModel, threads: opts.threads ?? availableParallelism(), onProgress: progress.onProgress });
      } finally {
        progress.stop();
      }
      result = { ...result, skipped: [...walked.skipped, ...result.skipped], stats: { ...result.stats, skippedFiles: walked.skipped.length + result.skipped.length } };
      const body = render(opts.format, result, rules, relative(process.cwd(), root) || '.');
      if (opts.output) {
        await writeFile(opts.output, body);
        if (opts.format !== 'text') process.stderr.write(`${result.findings.length} findings written to ${opts.output}\n`);
      } else process.stdout.write(body);
      process.exitCode = fails(result.findings, opts.failOn) ? 1 : 0;
    });
}
