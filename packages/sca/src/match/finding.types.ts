import type { InventoryPackage } from '../model/package.types';
import type { SeverityInfo } from '../osv/severity';
import type { Reachability } from '../reachability/reachability.types';
import type { FixAdvice } from './fix-version';

/** Function/symbol data an advisory names, per alias group (Go imports[].symbols, RustSec functions, GHSA functions). */
export interface AffectedSymbols {
  /** Import path / module the symbols live in (Go package path, crate, npm package). */
  module: string;
  symbols: string[];
}

/** One (package copy in one manifest, vulnerability group) pair. */
export interface ScaFinding {
  /** Representative id of the alias group. */
  id: string;
  aliases: string[];
  /** Ids of the stored records that matched (all share the group). */
  recordIds: string[];
  summary: string;
  severity: SeverityInfo;
  cwes: string[];
  /** `unknown` when the installed version (or a range bound) cannot be ordered: reported, never dropped. */
  state: 'affected' | 'unknown';
  package: InventoryPackage;
  installedVersion: string;
  fix: FixAdvice;
  fixText: string;
  /** For a transitive package: the direct dependencies to change, where the graph tells. */
  viaDirect: string[];
  symbols: AffectedSymbols[];
  references: string[];
  reachability: Reachability;
}
