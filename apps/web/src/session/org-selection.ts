import type { Org } from '@nullpath/api-client';

export const ORG_STORAGE_KEY = 'nullpath.organizationId';

/** The remembered organization when the user still belongs to it, else their first one. */
export function pickOrganization(orgs: readonly Org[], storedId: string | null): Org | undefined {
  return orgs.find((o) => o.id === storedId) ?? orgs[0];
}

// Storage can be unavailable (privacy modes, quota); the choice then lasts for the page only.
export function readStoredOrgId(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string | null {
  try {
    return storage?.getItem(ORG_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeOrgId(id: string, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(ORG_STORAGE_KEY, id);
  } catch {
    // See the note above readStoredOrgId.
  }
}
