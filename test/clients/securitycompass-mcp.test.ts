import { clientSuite } from './world';

// ZeroPathAI/securitycompass-mcp: only tRPC v1.securityCompass.* procedures (raw JSON inputs, no superjson),
// User-Agent securitycompass-mcp, organizationId always from ZEROPATH_ORG_ID. Nothing of it is served yet.
const TRPC = 'tRPC /trpc/* endpoint and the SD Elements integration';
clientSuite({
  client: 'Security Compass MCP',
  methods: {},
  todo: Object.fromEntries(
    ['getIntegration', 'upsertIntegration', 'testConnection', 'addProjectMapping', 'removeProjectMapping', 'syncRules', 'getMappingAudit', 'getSyncHistory']
      .map((p) => [`/trpc/v1.securityCompass.${p}`, TRPC]),
  ),
});
