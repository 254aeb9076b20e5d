import { Enums, Models, Serialize, Spec, Types } from '@cyclonedx/cyclonedx-library';
import type { AnalysisResult } from '../analyze';
import { sbomComponents } from './sbom-components';

export interface CycloneDxOptions {
  /** Include the findings as `vulnerabilities` (with `affects` pointing at components). Default true. */
  vulnerabilities?: boolean;
  projectName?: string;
  toolVersion?: string;
}

const SEVERITY: Record<string, Enums.Vulnerability.Severity> = {
  CRITICAL: Enums.Vulnerability.Severity.Critical,
  HIGH: Enums.Vulnerability.Severity.High,
  MEDIUM: Enums.Vulnerability.Severity.Medium,
  LOW: Enums.Vulnerability.Severity.Low,
  INFO: Enums.Vulnerability.Severity.Info,
  UNKNOWN: Enums.Vulnerability.Severity.Unknown,
};

/** CycloneDX 1.6 JSON: metadata component for the scanned tree, libraries with purls and scope, dependency graph, vulnerabilities. */
export function toCycloneDx(result: AnalysisResult, options: CycloneDxOptions = {}): string {
  const bom = new Models.Bom();
  const name = options.projectName ?? (result.root.split(/[\\/]/).filter(Boolean).at(-1) ?? 'project');
  const rootComp = new Models.Component(Enums.ComponentType.Application, name, { bomRef: 'nullpath:root' });
  bom.metadata.component = rootComp;
  bom.metadata.properties.add(new Models.Property('nullpath:advisoryDataAsOf', result.advisoryMeta.newestModified ?? 'unknown'));
  bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, 'nullpath-sca', { version: options.toolVersion ?? '0.1.0' }));
  const { components, direct } = sbomComponents(result.packages);
  const byRef = new Map<string, Models.Component>();
  for (const c of components) {
    const props = new Models.PropertyRepository([
      new Models.Property('nullpath:ecosystem', c.pkg.ecosystem),
      new Models.Property('nullpath:source', c.pkg.source),
      new Models.Property('nullpath:manifest', c.pkg.manifest),
      ...c.pkg.scopes.map((s) => new Models.Property('nullpath:scope', s)),
    ]);
    const op: ConstructorParameters<typeof Models.Component>[2] = {
      bomRef: c.ref,
      scope: c.pkg.scope === 'dev' ? Enums.ComponentScope.Excluded : c.pkg.scope === 'prod' ? Enums.ComponentScope.Required : Enums.ComponentScope.Optional,
      properties: props,
    };
    if (c.pkg.version) op.version = c.pkg.version;
    op.purl = c.pkg.purl;
    const comp = new Models.Component(Enums.ComponentType.Library, c.pkg.name, op);
    bom.components.add(comp);
    byRef.set(c.ref, comp);
  }
  for (const c of components) for (const d of c.dependsOn) {
    const target = byRef.get(d);
    if (target) byRef.get(c.ref)!.dependencies.add(target.bomRef);
  }
  for (const d of direct) {
    const target = byRef.get(d);
    if (target) rootComp.dependencies.add(target.bomRef);
  }
  if (options.vulnerabilities !== false) {
    const seen = new Map<string, Models.Vulnerability.Vulnerability>();
    for (const f of result.findings) {
      const comp = byRef.get(f.package.purl) ?? [...byRef.values()].find((c) => c.purl === f.package.purl);
      if (!comp) continue;
      let v = seen.get(f.id);
      if (!v) {
        const ratings = new Models.Vulnerability.RatingRepository();
        const rating: ConstructorParameters<typeof Models.Vulnerability.Rating>[0] = { severity: SEVERITY[f.severity.level] ?? Enums.Vulnerability.Severity.Unknown };
        if (f.severity.cvssScore !== undefined) rating.score = f.severity.cvssScore;
        if (f.severity.cvssVector) {
          rating.vector = f.severity.cvssVector;
          rating.method = f.severity.cvssVector.startsWith('CVSS:4') ? Enums.Vulnerability.RatingMethod.CVSSv4 : f.severity.cvssVector.startsWith('CVSS:3.1') ? Enums.Vulnerability.RatingMethod.CVSSv31 : f.severity.cvssVector.startsWith('CVSS:3') ? Enums.Vulnerability.RatingMethod.CVSSv3 : Enums.Vulnerability.RatingMethod.CVSSv2;
        }
        ratings.add(new Models.Vulnerability.Rating(rating));
        const cwes = f.cwes.map((c) => Number(c.replace(/^CWE-/i, ''))).filter((n) => Number.isInteger(n) && n > 0);
        v = new Models.Vulnerability.Vulnerability({
          bomRef: `vuln:${f.id}`,
          id: f.id,
          source: new Models.Vulnerability.Source({ name: 'OSV', url: `https://osv.dev/vulnerability/${f.id}` }),
          ratings,
          cwes: new Types.CweRepository(cwes as Types.CWE[]),
          description: f.summary,
          recommendation: f.fixText,
          references: new Models.Vulnerability.ReferenceRepository(f.aliases.map((a) => new Models.Vulnerability.Reference(a, new Models.Vulnerability.Source({ name: 'OSV', url: `https://osv.dev/vulnerability/${a}` })))),
        });
        seen.set(f.id, v);
        bom.vulnerabilities.add(v);
      }
      if (![...v.affects].some((a) => a.ref === comp.bomRef)) v.affects.add(new Models.Vulnerability.Affect(comp.bomRef));
    }
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  return serializer.serialize(bom, { sortLists: true, space: 2 });
}
