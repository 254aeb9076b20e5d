import type { InventoryPackage } from '../model/package.types';

export interface SbomComponent {
  ref: string;
  pkg: InventoryPackage;
  dependsOn: string[];
}

/**
 * One component per purl across all manifests (a package used by two lockfiles is one component); packages whose
 * purls collide but differ in source get a suffixed reference. The dependency graph is the union of the manifests'.
 */
export function sbomComponents(packages: readonly InventoryPackage[]): { components: SbomComponent[]; direct: string[] } {
  const byRef = new Map<string, SbomComponent>();
  const refOfPurl = new Map<string, string>();
  for (const pkg of packages) {
    let ref = pkg.purl;
    const existing = byRef.get(ref);
    if (existing && existing.pkg.source !== pkg.source) ref = `${pkg.purl}#${pkg.source}`;
    const c = byRef.get(ref);
    if (c) {
      for (const d of pkg.dependencies) if (!c.dependsOn.includes(d)) c.dependsOn.push(d);
      if (pkg.direct) c.pkg = { ...c.pkg, direct: true };
    } else byRef.set(ref, { ref, pkg, dependsOn: [...pkg.dependencies] });
    if (!refOfPurl.has(pkg.purl)) refOfPurl.set(pkg.purl, ref);
  }
  const components = [...byRef.values()].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  for (const c of components) c.dependsOn = c.dependsOn.map((p) => refOfPurl.get(p)).filter((x): x is string => x !== undefined && x !== c.ref).sort();
  return { components, direct: components.filter((c) => c.pkg.direct).map((c) => c.ref) };
}
