import { createApiClient } from '@nullpath/api-client';

/** Same-origin client for calls that need no session: login, the session probe, invitations. */
export const publicClient = createApiClient({ baseUrl: '', auth: { kind: 'none' } });
