import { describe, expect, it } from 'vitest';
import { inventoryOf, summary } from '../../test/inventory-helpers';

describe('collectInventory on a monorepo', () => {
  it('scans every manifest, skips node_modules and vendor on purpose, and reports unparsable files instead of dropping them', async () => {
    const inv = await inventoryOf('trees/monorepo');
    expect(inv.manifests.map((m) => `${m.path}:${m.parser}:${m.packageCount}`)).toEqual(['api/requirements.txt:requirements:1', 'web/package-lock.json:npm-lock:5']);
    expect(inv.unscanned.map((u) => [u.path, u.parser])).toEqual([
      ['api/composer.lock', 'composer-lock'],
      ['scripts/package.json', 'npm-lock'],
      ['services/rust/Cargo.lock', 'cargo-lock'],
    ]);
    expect(inv.unscanned[0]!.reason).toMatch(/^invalid JSON/);
    expect(inv.unscanned[1]!.reason).toMatch(/without a lockfile/);
    expect(inv.unscanned[2]!.reason).toMatch(/^invalid TOML/);
    expect(inv.files.some((f) => f.includes('node_modules') || f.startsWith('vendor/'))).toBe(false);
    expect(summary(inv, 'api/requirements.txt')).toEqual(['flask@1.0:prod*']);
    expect(inv.packages.every((p) => p.manifest === 'api/requirements.txt' || p.manifest === 'web/package-lock.json')).toBe(true);
  });
});
