/** Ecosystems Nullpath inventories and matches, spelled as OSV spells them. */
export const ECOSYSTEMS = ['npm', 'PyPI', 'Go', 'Maven', 'crates.io', 'RubyGems', 'Packagist', 'NuGet'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

const BY_LOWER = new Map<string, Ecosystem>(ECOSYSTEMS.map((e) => [e.toLowerCase(), e]));

/**
 * OSV ecosystems may carry a `:suffix` (`Debian:12`, `Ubuntu:22.04:LTS`); only the part before the first colon names
 * the ordering and the registry. Unknown ecosystems return undefined so they are never matched by accident.
 */
export function canonicalEcosystem(raw: string): Ecosystem | undefined {
  const base = (raw.split(':', 1)[0] ?? raw).trim();
  return BY_LOWER.get(base.toLowerCase());
}

/**
 * Names are compared after this normalisation only (never fuzzy, never CPE). npm, Go, Maven, crates.io and RubyGems
 * are case-sensitive registries; PyPI follows PEP 503; Packagist and NuGet ids are case-insensitive.
 */
export function normaliseName(ecosystem: Ecosystem, name: string): string {
  const n = name.trim();
  switch (ecosystem) {
    case 'PyPI':
      return n.toLowerCase().replace(/[-_.]+/g, '-');
    case 'Packagist':
    case 'NuGet':
      return n.toLowerCase();
    default:
      return n;
  }
}

/** purl `type` per ecosystem (package-url spec). */
export const PURL_TYPE: Record<Ecosystem, string> = {
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'golang',
  Maven: 'maven',
  'crates.io': 'cargo',
  RubyGems: 'gem',
  Packagist: 'composer',
  NuGet: 'nuget',
};
