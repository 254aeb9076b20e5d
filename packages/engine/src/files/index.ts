/**
 * @nullpath/engine/files: reading a directory tree for a scan (the only engine entry that touches
 * the file system). Used by the CLI and the scan worker; the analysis itself stays pure.
 */
export { collectFiles, type WalkOptions, type WalkResult } from './walk-files';
export { parseIgnore, isIgnored, type IgnoreRule } from './ignore-rules';
export { looksMinified } from '../scan/minified';
