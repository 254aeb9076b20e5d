/** Human-readable summary of bench/.out/secbench-results.json (kept apart so the runner stays short). */
import type { SideReport } from './score-side';

export function printReport(r: Record<string, unknown>, classes: readonly string[], sides: readonly string[]): void {
  const line = (s: string): void => void process.stdout.write(`${s}\n`);
  line(`SecBench.js DEV split — engine ${r.engineVersion}, rule packs ${r.rulePackHash}, ${r.entries} entries`);
  line(`wall time: fetch ${r.fetchSeconds}s, scan ${r.scanSeconds}s (${r.workers} workers); peak worker RSS ${r.peakWorkerRssMb} MB, main ${r.mainRssMb} MB`);
  const es = r.eslintRun as Record<string, unknown> | undefined;
  if (es) {
    line(`eslint-security: ${es.files} files linted in ${es.wallSeconds}s, peak RSS ${es.peakRssMb ?? '?'} MB, parse errors ${es.parseErrors} (after ${es.commonjsRetries} CommonJS retries), crashed files ${es.crashed}; ${JSON.stringify(es.versions)}`);
  }
  for (const name of sides) {
    const s = r[name] as SideReport | undefined;
    if (!s) continue;
    line('');
    line(`== ${name} ==`);
    line(`recall ${s.recall} (lenient CWE ${s.recallLenient}, exact line ${s.exactLineRecall}, file level ${s.fileLevelRecall}) over ${s.locatableEntries} locatable entries; unavailable ${s.unavailable}, unlocatable ${s.unlocatable}`);
    for (const c of classes) {
      const pc = s.perClass[c]!;
      line(`  ${c.padEnd(20)} ${String(pc.detected).padStart(3)}/${String(pc.n).padEnd(3)} recall ${String(pc.recall).padStart(6)}  lenient ${pc.recallLenient}`);
    }
    line(`findings per package: median ${s.findingsPerPackage.median}, mean ${s.findingsPerPackage.mean}, packages with >10: ${s.findingsPerPackage.over10}/${s.findingsPerPackage.packages}; findings/KLOC ${s.findingsPerKloc}`);
    line(`precision proxy: class-CWE findings hitting the labelled sink ${s.precisionProxyClassCwe}; TP share in weakness files ${s.precisionProxyWeaknessFiles}`);
    line(`fix pairs: ${s.fixPairs.scanned} scanned, ${s.fixPairs.detected} detected, pair-correct ${s.fixPairs.pairCorrect} (${s.fixPairs.pairCorrectRate})`);
  }
  const errs = r.scanErrors as unknown[];
  if (errs.length) line(`\nscan errors: ${JSON.stringify(errs)}`);
}
