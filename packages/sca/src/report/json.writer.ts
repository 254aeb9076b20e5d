import type { AnalysisResult } from '../analyze';

/** Stable JSON report (schema `nullpath-sca/1`): everything analyzeDirectory returns, plus summary counts. */
export function toJsonReport(result: AnalysisResult, toolVersion = '0.1.0'): string {
  const bySeverity: Record<string, number> = {};
  const byReachability: Record<string, number> = {};
  for (const f of result.findings) {
    bySeverity[f.severity.level] = (bySeverity[f.severity.level] ?? 0) + 1;
    byReachability[f.reachability.state] = (byReachability[f.reachability.state] ?? 0) + 1;
  }
  return `${JSON.stringify(
    {
      schema: 'nullpath-sca/1',
      tool: { name: 'nullpath-sca', version: toolVersion },
      root: result.root,
      advisoryData: result.advisoryMeta,
      summary: { manifests: result.manifests.length, unscanned: result.unscanned.length, packages: result.packages.length, findings: result.findings.length, bySeverity, byReachability },
      manifests: result.manifests,
      unscanned: result.unscanned,
      findings: result.findings,
      packages: result.packages,
    },
    null,
    2,
  )}\n`;
}
