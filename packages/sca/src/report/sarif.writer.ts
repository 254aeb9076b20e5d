import type { AnalysisResult } from '../analyze';
import type { ScaFinding } from '../match/finding.types';

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = { CRITICAL: 'error', HIGH: 'error', MEDIUM: 'warning', LOW: 'note', INFO: 'note', UNKNOWN: 'warning' };

function message(f: ScaFinding): string {
  const where = f.package.direct ? 'direct dependency' : `transitive dependency via ${f.viaDirect.join(', ') || 'an unknown direct dependency'}`;
  const state = f.state === 'unknown' ? ' (version could not be ordered; affected status unknown)' : '';
  return `${f.package.name}@${f.installedVersion} (${f.package.scope}, ${where}) is affected by ${f.id}: ${f.summary}${state}. ${f.fixText}. Reachability: ${f.reachability.state} (${f.reachability.reason}).`;
}

/** SARIF 2.1.0: one rule per vulnerability group, one result per (package copy, vulnerability) at its manifest. */
export function toSarif(result: AnalysisResult, toolVersion = '0.1.0'): string {
  const rules = new Map<string, Record<string, unknown>>();
  for (const f of result.findings) {
    if (rules.has(f.id)) continue;
    const properties: Record<string, unknown> = { tags: ['security', 'sca', ...f.cwes] };
    if (f.severity.cvssScore !== undefined) properties['security-severity'] = f.severity.cvssScore.toFixed(1);
    rules.set(f.id, {
      id: f.id,
      name: f.id.replace(/[^A-Za-z0-9]/g, ''),
      shortDescription: { text: f.summary || f.id },
      fullDescription: { text: `${f.summary || f.id}${f.aliases.length ? ` (aliases: ${f.aliases.join(', ')})` : ''}` },
      helpUri: `https://osv.dev/vulnerability/${f.id}`,
      help: { text: f.fixText },
      defaultConfiguration: { level: LEVEL[f.severity.level] ?? 'warning' },
      properties,
    });
  }
  const ruleIds = [...rules.keys()];
  const results = result.findings.map((f) => ({
    ruleId: f.id,
    ruleIndex: ruleIds.indexOf(f.id),
    level: LEVEL[f.severity.level] ?? 'warning',
    message: { text: message(f) },
    locations: [{ physicalLocation: { artifactLocation: { uri: f.package.manifest, uriBaseId: 'SRCROOT' }, region: { startLine: 1 } } }],
    partialFingerprints: { 'nullpath/sca/v1': `${f.package.manifest}|${f.package.purl}|${f.id}` },
    properties: {
      package: f.package.name,
      ecosystem: f.package.ecosystem,
      installedVersion: f.installedVersion,
      purl: f.package.purl,
      scope: f.package.scope,
      direct: f.package.direct,
      fixedVersion: f.fix.version ?? null,
      reachability: f.reachability.state,
      reachabilityLevel: f.reachability.level,
      affectedState: f.state,
    },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'nullpath-sca', version: toolVersion, informationUri: 'https://nullpath.dev', rules: [...rules.values()] } },
        originalUriBaseIds: { SRCROOT: { uri: `file://${result.root.replace(/\\/g, '/').replace(/\/?$/, '/')}` } },
        results,
        properties: { advisoryDataAsOf: result.advisoryMeta.newestModified ?? null, unscannedManifests: result.unscanned },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
