import type { AnalysisResult } from '../analyze';
import type { ScaFinding } from '../match/finding.types';

const ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO', 'UNKNOWN'];

export function advisoryAsOf(result: AnalysisResult): string {
  const m = result.advisoryMeta;
  const last = m.imports.at(-1);
  return `advisory data as of ${m.newestModified ?? 'unknown'} (${m.totalRecords} records${last ? `, last import ${last.finishedAt} from ${last.source}` : ''})`;
}

function line(f: ScaFinding): string {
  const sev = f.severity.cvssScore !== undefined ? `${f.severity.level} ${f.severity.cvssScore.toFixed(1)}` : f.severity.level;
  const via = f.package.direct ? 'direct' : `via ${f.viaDirect.join(', ') || '?'}`;
  const reach = `${f.reachability.state}${f.reachability.level !== 'none' ? ` [${f.reachability.level}]` : ''}`;
  const ev = f.reachability.evidence[0];
  const evidence = ev ? ` at ${ev.file}:${ev.line}` : '';
  return [
    `${sev.padEnd(13)} ${f.id}${f.aliases.length ? ` (${f.aliases.slice(0, 3).join(', ')}${f.aliases.length > 3 ? ', …' : ''})` : ''}${f.state === 'unknown' ? '  [affected: unknown]' : ''}`,
    `              ${f.package.ecosystem} ${f.package.name}@${f.installedVersion} — ${f.package.scope}, ${via} — ${f.package.manifest}`,
    `              ${f.summary}`,
    `              fix: ${f.fixText}`,
    `              reachability: ${reach} — ${f.reachability.reason}${evidence}`,
  ].join('\n');
}

/** Human-readable report for the terminal. */
export function toText(result: AnalysisResult): string {
  const out: string[] = [];
  out.push(`nullpath sca: ${result.root}`);
  out.push(`${result.manifests.length} manifest(s), ${result.packages.length} package(s), ${result.findings.length} finding(s); ${advisoryAsOf(result)}`);
  for (const m of result.manifests) out.push(`  scanned   ${m.path} (${m.ecosystem}, ${m.packageCount} packages${m.transitiveKnown ? '' : ', transitive dependencies unknown'})`);
  for (const u of result.unscanned) out.push(`  UNSCANNED ${u.path}: ${u.reason}`);
  const sorted = [...result.findings].sort((a, b) => ORDER.indexOf(a.severity.level) - ORDER.indexOf(b.severity.level) || (b.severity.cvssScore ?? 0) - (a.severity.cvssScore ?? 0) || a.package.name.localeCompare(b.package.name));
  if (sorted.length > 0) out.push('');
  for (const f of sorted) out.push(line(f));
  if (sorted.length > 0) {
    const count = (key: (f: ScaFinding) => string): string => {
      const m = new Map<string, number>();
      for (const f of sorted) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
      return [...m].map(([k, n]) => `${n} ${k}`).join(', ');
    };
    out.push('', `summary: ${count((f) => f.severity.level.toLowerCase())}; reachability: ${count((f) => f.reachability.state)}`);
  }
  return `${out.join('\n')}\n`;
}
