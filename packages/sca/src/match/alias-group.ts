import type { OsvRecord } from '../osv/osv.types';

/**
 * Union-find over record ids and their `aliases` (never `related`): GHSA, CVE, PYSEC, GO and RUSTSEC ids that name
 * one vulnerability end up in one group, whatever the direction or cycles of the alias links.
 */
export function groupByAliases(records: readonly OsvRecord[]): OsvRecord[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let cur = x;
    while (cur !== root) {
      const next = parent.get(cur)!;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const r of records) {
    if (!parent.has(r.id)) parent.set(r.id, r.id);
    for (const a of r.aliases ?? []) {
      if (!parent.has(a)) parent.set(a, a);
      union(r.id, a);
    }
  }
  const groups = new Map<string, OsvRecord[]>();
  for (const r of records) {
    const root = find(r.id);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  }
  return [...groups.values()];
}

const PREFERENCE = ['GHSA-', 'GO-', 'RUSTSEC-', 'PYSEC-', 'MAL-', 'OSV-', 'CVE-'];

function rank(id: string): number {
  const i = PREFERENCE.findIndex((p) => id.startsWith(p));
  if (i >= 0) return i;
  return id.startsWith('x_') ? PREFERENCE.length + 1 : PREFERENCE.length;
}

/** The id shown for a group: a reviewed database id before CVE, local `x_` ids last; ties by text. */
export function representativeId(group: readonly OsvRecord[]): string {
  return [...group].map((r) => r.id).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))[0]!;
}

/** Every id of the group except the representative: other record ids and all their aliases. */
export function groupAliases(group: readonly OsvRecord[], representative: string): string[] {
  const all = new Set<string>();
  for (const r of group) {
    all.add(r.id);
    for (const a of r.aliases ?? []) all.add(a);
  }
  all.delete(representative);
  return [...all].sort();
}
