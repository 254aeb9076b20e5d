import {
  IssueGetBodySchema,
  IssuesSearchBodySchema,
  RepositoriesListBodySchema,
  RepositoryIdBodySchema,
  ScanIdBodySchema,
  ScansListBodySchema,
  StartScanBodySchema,
  AddByUrlBodySchema,
  ListSchedulesBodySchema,
} from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registeredRoutes } from './route';

/** Keywords the official MCP client validates (api-compat.md §2.18); anything else is dropped. */
const SUPPORTED = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'minItems', 'maxItems',
  'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'anyOf', 'oneOf', 'allOf', '$ref', 'description',
]);

export function clientSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(clientSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (!SUPPORTED.has(k)) continue;
    if (k === 'properties') {
      out[k] = Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([p]) => p !== 'organizationId').map(([p, s]) => [p, clientSchema(s)]));
    } else if (k === 'required') {
      out[k] = (v as string[]).filter((p) => p !== 'organizationId');
    } else out[k] = clientSchema(v);
  }
  return out;
}

interface ToolDef {
  name: string;
  path: string;
  description: string;
  schema: z.ZodType;
  orgIdBehavior: 'inject-if-missing' | 'required' | 'none';
}

/** Every V2 action implemented so far, as the official ZeroPath MCP client expects them (version 2). */
export const MCP_TOOLS: ToolDef[] = [
  { name: 'issues.list', path: '/api/v2/issues/search', description: 'Search security issues (SAST, secrets, SCA) with filters, score levels and paging (limit ≤ 100).', schema: IssuesSearchBodySchema, orgIdBehavior: 'inject-if-missing' },
  { name: 'issues.get', path: '/api/v2/issues/get', description: 'Get one issue with its code location, data-flow trace and remediation.', schema: IssueGetBodySchema, orgIdBehavior: 'inject-if-missing' },
  { name: 'repositories.list', path: '/api/v2/repositories/list', description: 'List repositories in the organization.', schema: RepositoriesListBodySchema, orgIdBehavior: 'inject-if-missing' },
  { name: 'repositories.get', path: '/api/v2/repositories/get', description: 'Get one repository with its partitions and issue counts.', schema: RepositoryIdBodySchema, orgIdBehavior: 'inject-if-missing' },
  { name: 'repositories.addByUrl', path: '/api/v2/repositories/addByUrl', description: 'Add a git repository by URL.', schema: AddByUrlBodySchema, orgIdBehavior: 'inject-if-missing' },
  { name: 'scans.list', path: '/api/v2/scans/list', description: 'List scans by repository, type, status or pull request.', schema: ScansListBodySchema, orgIdBehavior: 'inject-if-missing' },
  { name: 'scans.get', path: '/api/v2/scans/get', description: 'Get a scan with its status, phase, progress and finding counts.', schema: ScanIdBodySchema, orgIdBehavior: 'inject-if-missing' },
  { name: 'scans.start', path: '/api/v2/scans/start', description: 'Start a full scan of a branch, or a PR scan between two refs.', schema: StartScanBodySchema, orgIdBehavior: 'inject-if-missing' },
  { name: 'scans.cancel', path: '/api/v2/scans/cancel', description: 'Cancel a queued or running scan.', schema: ScanIdBodySchema, orgIdBehavior: 'inject-if-missing' },
  { name: 'scans.schedules.list', path: '/api/v2/scans/schedules/list', description: 'List scan schedules and their next run times.', schema: ListSchedulesBodySchema, orgIdBehavior: 'inject-if-missing' },
];

/** The hand-listed tools plus every route declared with an `mcp` name (one declaration per route). */
export function mcpTools(app?: FastifyInstance): ToolDef[] {
  const declared = app
    ? registeredRoutes(app)
        .filter((r) => r.mcp !== undefined && !MCP_TOOLS.some((t) => t.path === r.url))
        .map((r): ToolDef => ({ name: r.mcp!, path: r.url, description: r.summary, schema: r.body, orgIdBehavior: 'inject-if-missing' }))
    : [];
  return [...MCP_TOOLS, ...declared];
}

export function buildManifest(now: Date, app?: FastifyInstance) {
  return {
    version: 2 as const,
    generatedAt: now.toISOString(),
    tools: mcpTools(app).map((t) => ({
      name: t.name,
      httpMethod: 'POST',
      httpPath: t.path,
      description: t.description,
      inputSchema: clientSchema(z.toJSONSchema(t.schema, { io: 'input', unrepresentable: 'any' })),
      orgIdBehavior: t.orgIdBehavior,
    })),
  };
}

export function registerMcpManifestRoute(app: FastifyInstance): void {
  const manifest = buildManifest(new Date(), app);
  app.get('/mcp-manifest.json', { schema: { summary: 'Tool manifest for ZeroPath\'s MCP client (version 2)', tags: ['mcp'] } }, async () => manifest);
}
