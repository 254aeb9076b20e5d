import { createHash, randomUUID } from 'node:crypto';
import type { AnalysisResult } from '../analyze';
import { sbomComponents } from './sbom-components';

export interface SpdxOptions {
  projectName?: string;
  toolVersion?: string;
  /** Fixed timestamp/namespace for reproducible output (tests). */
  created?: string;
  namespace?: string;
}

const spdxId = (prefix: string, key: string): string => `SPDXRef-${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;

/**
 * SPDX 2.3 JSON (packages and relationships; SPDX 2.3 has no vulnerability section, as in osv-scanner). Dev-only
 * packages are linked with DEV_DEPENDENCY_OF, the rest with DEPENDS_ON from the root or their dependant.
 */
export function toSpdx(result: AnalysisResult, options: SpdxOptions = {}): string {
  const name = options.projectName ?? (result.root.split(/[\\/]/).filter(Boolean).at(-1) ?? 'project');
  const created = options.created ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const { components, direct } = sbomComponents(result.packages);
  const ids = new Map(components.map((c) => [c.ref, spdxId('Package', c.ref)]));
  const rootId = 'SPDXRef-RootPackage';
  const packages: Array<Record<string, unknown>> = [
    { SPDXID: rootId, name, downloadLocation: 'NOASSERTION', filesAnalyzed: false, primaryPackagePurpose: 'APPLICATION' },
  ];
  for (const c of components) {
    const p: Record<string, unknown> = {
      SPDXID: ids.get(c.ref),
      name: c.pkg.name,
      downloadLocation: c.pkg.source === 'registry' ? 'NOASSERTION' : c.pkg.resolved && /^(git\+|https?:)/.test(c.pkg.resolved) ? c.pkg.resolved : 'NOASSERTION',
      filesAnalyzed: false,
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'NOASSERTION',
      copyrightText: 'NOASSERTION',
      primaryPackagePurpose: 'LIBRARY',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.pkg.purl }],
    };
    if (c.pkg.version) p['versionInfo'] = c.pkg.version;
    packages.push(p);
  }
  const relationships: Array<Record<string, string>> = [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId }];
  for (const ref of direct) {
    const c = components.find((x) => x.ref === ref)!;
    relationships.push(
      c.pkg.scope === 'dev'
        ? { spdxElementId: ids.get(ref)!, relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: rootId }
        : { spdxElementId: rootId, relationshipType: 'DEPENDS_ON', relatedSpdxElement: ids.get(ref)! },
    );
  }
  for (const c of components) for (const d of c.dependsOn) {
    const to = ids.get(d);
    if (to) relationships.push({ spdxElementId: ids.get(c.ref)!, relationshipType: 'DEPENDS_ON', relatedSpdxElement: to });
  }
  const doc = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${name} dependencies`,
    documentNamespace: options.namespace ?? `https://nullpath.dev/spdx/${encodeURIComponent(name)}-${randomUUID()}`,
    creationInfo: { created, creators: [`Tool: nullpath-sca-${options.toolVersion ?? '0.1.0'}`], comment: `Advisory data as of ${result.advisoryMeta.newestModified ?? 'unknown'}` },
    packages,
    relationships,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
