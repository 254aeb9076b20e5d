import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectInventory, type Inventory } from '../src/inventory/inventory';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** `name@version[:scopes][*direct][:source]` per package, sorted: compact and exact for assertions. */
export function summary(inv: Inventory, manifest?: string): string[] {
  return inv.packages
    .filter((p) => manifest === undefined || p.manifest === manifest)
    .map((p) => `${p.name}@${p.version}:${p.scopes.join('+')}${p.direct ? '*' : ''}${p.source === 'registry' ? '' : `:${p.source}`}`)
    .sort();
}

export function inventoryOf(rel: string): Promise<Inventory> {
  return collectInventory(path.join(FIXTURES, rel));
}
