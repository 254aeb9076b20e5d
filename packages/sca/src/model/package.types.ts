import type { Ecosystem } from './ecosystem';

export type Scope = 'prod' | 'dev' | 'optional' | 'peer';
export type SourceType = 'registry' | 'git' | 'file' | 'link';

/** One third-party package as found in one manifest. Several installed copies of name@version are merged. */
export interface InventoryPackage {
  ecosystem: Ecosystem;
  /** As written in the manifest. */
  name: string;
  /** Normalised per ecosystem; the only key used for advisory matching. */
  normalizedName: string;
  /** Exactly as locked; may be unparsable (then matching reports "unknown"). Empty when the manifest pins none. */
  version: string;
  purl: string;
  /** The most production-like scope among all copies: prod > optional > peer > dev. */
  scope: Scope;
  /** Every scope any copy has, sorted; a package both dev and prod lists both. */
  scopes: Scope[];
  direct: boolean;
  /** Paths from the root, each `name@version` from a direct dependency down to this package (bounded). */
  paths: string[][];
  /** purls of the packages this one depends on (union over its copies), for SBOM dependency graphs. */
  dependencies: string[];
  /** Direct dependencies (name) through which this package is pulled in, where the graph tells. */
  directDependencies: string[];
  /** Manifest path relative to the scanned root, with forward slashes. */
  manifest: string;
  source: SourceType;
  /** For git/file/link sources: where it comes from. */
  resolved?: string;
}

export interface ScannedManifest {
  path: string;
  ecosystem: Ecosystem;
  parser: string;
  packageCount: number;
  /**
   * false when the file cannot tell the transitive closure (pom.xml without network resolution, requirements.txt):
   * transitive dependencies are then unknown, not absent.
   */
  transitiveKnown: boolean;
  /** Non-fatal remarks (skipped entries, unresolved properties). */
  warnings: string[];
}

export interface UnscannedManifest {
  path: string;
  parser: string;
  reason: string;
}
