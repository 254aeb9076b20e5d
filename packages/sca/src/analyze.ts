import path from 'node:path';
import { collectInventory } from './inventory/inventory';
import type { ScaFinding } from './match/finding.types';
import { matchPackages } from './match/matcher';
import type { InventoryPackage, ScannedManifest, UnscannedManifest } from './model/package.types';
import { assessReachability } from './reachability/reachability';
import type { CallExtractor, ImportExtractor } from './reachability/reachability.types';
import type { AdvisoryMeta, AdvisoryStore } from './store/advisory-store.types';

export interface AnalyzeOptions {
  store: AdvisoryStore;
  importExtractor?: ImportExtractor;
  callExtractor?: CallExtractor;
  /** Drop dev-only packages before matching (scope stays on every other package). */
  prodOnly?: boolean;
  onProgress?: (event: { phase: 'inventory' | 'match' | 'reachability' | 'done'; detail?: string }) => void;
}

export interface AnalysisResult {
  root: string;
  packages: InventoryPackage[];
  manifests: ScannedManifest[];
  unscanned: UnscannedManifest[];
  findings: ScaFinding[];
  advisoryMeta: AdvisoryMeta;
  durationMs: number;
}

/** Inventory → advisory matching → reachability for one directory tree. Offline; reads only the tree and the store. */
export async function analyzeDirectory(root: string, options: AnalyzeOptions): Promise<AnalysisResult> {
  const started = Date.now();
  const absRoot = path.resolve(root);
  options.onProgress?.({ phase: 'inventory' });
  const inv = await collectInventory(absRoot, (p) => options.onProgress?.({ phase: 'inventory', detail: p }));
  const packages = options.prodOnly ? inv.packages.filter((p) => p.scope !== 'dev') : inv.packages;
  options.onProgress?.({ phase: 'match', detail: `${packages.length} packages` });
  const matched = await matchPackages(packages, options.store);
  options.onProgress?.({ phase: 'reachability', detail: `${matched.length} findings` });
  const reachInput: Parameters<typeof assessReachability>[1] = {
    root: absRoot,
    files: inv.files,
    partialGraphManifests: new Set(inv.manifests.filter((m) => !m.transitiveKnown).map((m) => m.path)),
  };
  if (options.importExtractor) reachInput.importExtractor = options.importExtractor;
  if (options.callExtractor) reachInput.callExtractor = options.callExtractor;
  const findings = await assessReachability(matched, reachInput);
  options.onProgress?.({ phase: 'done' });
  return { root: absRoot, packages, manifests: inv.manifests, unscanned: inv.unscanned, findings, advisoryMeta: await options.store.meta(), durationMs: Date.now() - started };
}
