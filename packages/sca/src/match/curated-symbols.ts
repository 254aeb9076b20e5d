/**
 * Nullpath's own curated data: advisories that name an internal function get the public entry points that reach
 * it, because first-party code can only call those. Key: `ecosystem:normalisedName:internalSymbol`.
 */
export const CURATED_SYMBOLS: Readonly<Record<string, readonly string[]>> = {
  // GHSA-p6mc-m468-83gw: baseSet is reached through these lodash exports (lodash 4.17.15 source).
  'npm:lodash:baseSet': ['zipObjectDeep', 'set', 'setWith', 'update', 'updateWith'],
  'npm:lodash-es:baseSet': ['zipObjectDeep', 'set', 'setWith', 'update', 'updateWith'],
};
