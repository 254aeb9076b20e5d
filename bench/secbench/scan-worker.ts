import { loadModelFile, loadRules, scan, type ThreatModel } from '@nullpath/engine';
import { collectFiles } from '@nullpath/engine/files';
import { loadBuiltinPacks } from '@nullpath/rules';
import { analysedJsFiles } from '../lib/bench-env';
import { grepBaseline } from './grep-baseline';

/** Child process: scans one package directory per message with the engine and the grep baseline. */
const packs = loadBuiltinPacks(['js']);
const rules = loadRules(packs.rules);
const models = packs.models.map((m) => ({ origin: m.origin, set: loadModelFile(m) }));
const threatModels: ThreatModel[] = ['remote', 'library'];

interface Job {
  id: number;
  dir: string;
  timeBudgetMs: number;
}

process.on('message', (job: Job) => {
  void (async () => {
    const started = performance.now();
    try {
      const walked = await collectFiles(job.dir);
      const result = await scan({ files: walked.files, rules, models, threatModels, timeBudgetMs: job.timeBudgetMs });
      const lines = walked.files.filter((f) => /\.(m|c)?(j|t)sx?$/.test(f.path)).reduce((n, f) => n + f.content.split('\n').length, 0);
      process.send!({
        id: job.id,
        ok: true,
        findings: result.findings.map((f) => ({ ruleId: f.ruleId, cwe: f.cwe, file: f.file, line: f.line })),
        baseline: grepBaseline(walked.files),
        analysed: analysedJsFiles(walked.files, result.skipped),
        skipped: [...walked.skipped, ...result.skipped],
        lines,
        ms: performance.now() - started,
        rss: process.memoryUsage().rss,
      });
    } catch (err) {
      process.send!({ id: job.id, ok: false, error: err instanceof Error ? err.stack : String(err), ms: performance.now() - started });
    }
  })();
});
process.send!({ ready: true });
