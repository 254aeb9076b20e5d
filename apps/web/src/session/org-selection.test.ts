import { describe, expect, it } from 'vitest';
import { ORG_STORAGE_KEY, pickOrganization, readStoredOrgId, storeOrgId } from './org-selection';

const ORGS = [
  { id: 'org_a', name: 'Alpha', role: 'ADMIN' as const },
  { id: 'org_b', name: 'Beta', role: 'MEMBER' as const },
];

describe('pickOrganization', () => {
  it('returns the remembered organization', () => {
    expect(pickOrganization(ORGS, 'org_b')?.name).toBe('Beta');
  });

  it('falls back to the first organization when the remembered one is not in the list', () => {
    expect(pickOrganization(ORGS, 'org_gone')?.name).toBe('Alpha');
  });

  it('falls back to the first organization when nothing is remembered', () => {
    expect(pickOrganization(ORGS, null)?.name).toBe('Alpha');
  });

  it('returns undefined for a user without organizations', () => {
    expect(pickOrganization([], 'org_a')).toBeUndefined();
  });
});

describe('stored organization id', () => {
  it('writes and reads the id under nullpath.organizationId', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };

    storeOrgId('org_b', storage);

    expect(map.get(ORG_STORAGE_KEY)).toBe('org_b');
    expect(readStoredOrgId(storage)).toBe('org_b');
  });

  it('reads null when storage throws', () => {
    const storage = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
    };
    expect(readStoredOrgId(storage)).toBeNull();
  });

  it('ignores a storage that throws on write', () => {
    const storage = {
      setItem: (): void => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => storeOrgId('org_a', storage)).not.toThrow();
  });
});
