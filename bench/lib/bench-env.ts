/**
 * Helpers shared by the SAST benchmarks (bench/secbench, bench/sast): where the repository and the
 * git-ignored output folder are, CLI flags, and the rule-pack hash every report must state
 * (sast.md §3).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packsDir } from '@nullpath/rules';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(REPO, 'bench', '.out');

/** `--name value` from argv; undefined when absent. */
export function opt(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** All files under `root`, relative to it with `/` separators. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p).split('\\').join('/'));
    }
  };
  walk(root);
  return out;
}

/** Hash of the built-in rule-pack YAML, so a result can be tied to the rules that produced it. */
export function rulePackHash(): string {
  const h = createHash('sha256');
  for (const f of listFiles(packsDir).sort()) if (/\.(yaml|yml)$/.test(f)) h.update(f).update(readFileSync(join(packsDir, f)));
  return h.digest('hex').slice(0, 12);
}

export const JS_TS = /\.(m|c)?(j|t)sx?$/;

/**
 * The JS/TS files the engine actually analysed: walked sources minus those it skipped before
 * analysis (minified, oversized, unparsable). Files whose analysis ran out of time were parsed and
 * counted, so they stay: peers get the same input the engine's line count describes.
 */
export function analysedJsFiles(walked: readonly { path: string }[], skipped: readonly { path: string; reason: string }[]): string[] {
  const dropped = new Set(skipped.filter((s) => !s.reason.startsWith('analysis time budget')).map((s) => s.path));
  return walked.map((f) => f.path).filter((p) => JS_TS.test(p) && !dropped.has(p));
}

/** "analysis time budget exceeded (21034 ms > 20000 ms)" → "analysis time budget exceeded". */
export function reasonKind(reason: string): string {
  return reason.replace(/\s*\(.*\)\s*$/, '').replace(/\d+/g, 'N');
}
