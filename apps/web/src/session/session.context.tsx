import { type ApiClient, type Org, type Session, createApiClient } from '@nullpath/api-client';
import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';
import { pickOrganization, readStoredOrgId, storeOrgId } from './org-selection';

export interface SessionContextValue {
  session: Session;
  /** Authenticated by the session cookie; echoes the session's CSRF token on every POST. */
  client: ApiClient;
  /** The selected organization; undefined only when the user belongs to none. */
  org: Org | undefined;
  selectOrg(id: string): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  const client = useMemo(
    () => createApiClient({ baseUrl: '', auth: { kind: 'session', csrfToken: session.csrfToken } }),
    [session.csrfToken],
  );
  const [storedId, setStoredId] = useState(() => readStoredOrgId());
  const org = pickOrganization(session.organizations, storedId);
  const selectOrg = useCallback((id: string) => {
    storeOrgId(id);
    setStoredId(id);
  }, []);
  const value = useMemo(() => ({ session, client, org, selectOrg }), [session, client, org, selectOrg]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** For pages that only make sense inside an organization. */
export function useOrg(): { client: ApiClient; org: Org | undefined } {
  const { client, org } = useSession();
  return { client, org };
}
