/**
 * Scores the engine on the labelled Java corpus (sast.md §3.1): a file is flagged when some
 * finding in it carries the CWE of its class. Prints per-class TPR, FPR and J = TPR − FPR, the
 * mean J over classes (headline) and pooled figures; `--json` also prints the raw numbers.
 *
 *   node --import tsx bench/java/generate.ts   # (re)writes bench/java/corpus
 *   node --import tsx bench/java/run.ts [--misses]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadModelFile, loadRules, scan } from '@nullpath/engine';
import { loadBuiltinPacks } from '@nullpath/rules';
import { CORPUS_DIR } from './generate';

interface Labelled {
  path: string;
  content: string;
  cls: string;
  cwe: string;
  vulnerable: boolean;
  variant: string;
}

/** CWE pairs counted as the same weakness in the "with equivalence" figures. */
const EQUIVALENT: Record<string, string> = { '328': '327', '327': '328' };

function readCorpus(): Labelled[] {
  const out: Labelled[] = [];
  for (const cls of readdirSync(CORPUS_DIR).sort()) {
    for (const f of readdirSync(join(CORPUS_DIR, cls)).sort()) {
      const path = join(CORPUS_DIR, cls, f);
      const content = readFileSync(path, 'utf8');
      const m = /^\/\/ nullpath-bench: class=(\S+) cwe=(\d+) vulnerable=(true|false) (.*)$/m.exec(content);
      if (!m) throw new Error(`${path}: no nullpath-bench label`);
      out.push({ path: relative(CORPUS_DIR, path), content, cls: m[1]!, cwe: m[2]!, vulnerable: m[3] === 'true', variant: m[4]! });
    }
  }
  return out;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

async function main(): Promise<void> {
  const corpus = readCorpus();
  const packs = loadBuiltinPacks(['java']);
  const rules = loadRules(packs.rules.map((r) => ({ origin: r.origin, data: r.data as object })));
  const models = packs.models.map((m) => ({ origin: m.origin, set: loadModelFile({ origin: m.origin, data: m.data as object }) }));
  const t0 = Date.now();
  const result = await scan({ files: corpus.map((c) => ({ path: c.path, content: c.content })), rules, models, threatModels: ['remote'] });
  const wallMs = Date.now() - t0;
  const cwesByFile = new Map<string, Set<string>>();
  for (const f of result.findings) {
    const set = cwesByFile.get(f.file) ?? new Set<string>();
    set.add(f.cwe.replace('CWE-', ''));
    cwesByFile.set(f.file, set);
  }
  const classes = [...new Set(corpus.map((c) => c.cls))].sort();
  const rows: { cls: string; cwe: string; tp: number; fn: number; fp: number; tn: number; tpEq: number; fpEq: number }[] = [];
  const misses: string[] = [];
  for (const cls of classes) {
    const cases = corpus.filter((c) => c.cls === cls);
    const row = { cls, cwe: cases[0]!.cwe, tp: 0, fn: 0, fp: 0, tn: 0, tpEq: 0, fpEq: 0 };
    for (const c of cases) {
      const got = cwesByFile.get(c.path) ?? new Set<string>();
      const flagged = got.has(c.cwe);
      const flaggedEq = flagged || (EQUIVALENT[c.cwe] !== undefined && got.has(EQUIVALENT[c.cwe]!));
      if (c.vulnerable) {
        if (flagged) row.tp++;
        else {
          row.fn++;
          misses.push(`FN ${c.path} (${c.variant})`);
        }
        if (flaggedEq) row.tpEq++;
      } else {
        if (flagged) {
          row.fp++;
          misses.push(`FP ${c.path} (${c.variant})`);
        } else row.tn++;
        if (flaggedEq) row.fpEq++;
      }
    }
    rows.push(row);
  }
  console.log(`Java corpus: ${corpus.length} files, ${classes.length} classes, ${result.findings.length} findings, ${result.skipped.length} skipped, scan ${wallMs} ms`);
  console.log('class            CWE    files  TP  FN  FP  TN   TPR     FPR     J');
  let sumJ = 0;
  let sumJEq = 0;
  const tot = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const r of rows) {
    const tpr = r.tp / Math.max(1, r.tp + r.fn);
    const fpr = r.fp / Math.max(1, r.fp + r.tn);
    sumJ += tpr - fpr;
    sumJEq += r.tpEq / Math.max(1, r.tp + r.fn) - r.fpEq / Math.max(1, r.fp + r.tn);
    tot.tp += r.tp;
    tot.fn += r.fn;
    tot.fp += r.fp;
    tot.tn += r.tn;
    const files = r.tp + r.fn + r.fp + r.tn;
    console.log(`${r.cls.padEnd(16)} ${r.cwe.padEnd(6)} ${String(files).padStart(5)} ${String(r.tp).padStart(3)} ${String(r.fn).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.tn).padStart(3)}  ${pct(tpr).padStart(6)}  ${pct(fpr).padStart(6)}  ${pct(tpr - fpr).padStart(6)}`);
  }
  const pooledTpr = tot.tp / Math.max(1, tot.tp + tot.fn);
  const pooledFpr = tot.fp / Math.max(1, tot.fp + tot.tn);
  console.log(`mean J over classes: ${pct(sumJ / rows.length)} (with CWE-327/328 equivalence: ${pct(sumJEq / rows.length)})`);
  console.log(`pooled: TPR ${pct(pooledTpr)}, FPR ${pct(pooledFpr)}`);
  if (result.skipped.length) for (const s of result.skipped) console.log(`skipped ${s.path}: ${s.reason}`);
  if (process.argv.includes('--misses')) for (const m of misses) console.log(m);
}

await main();
