export { startScanWorker, type ScanWorker, type ScanWorkerOptions } from './scan-worker';
export { createDbAdvisoryStore, ensureSeedAdvisories } from './advisories/db-advisory.store';
export type { RuleSource } from './analyzers/sast.analyzer';
export { changedLines } from './git/checkout';
export { builtinRuleSource } from './rule-source';
