import type { Dialect } from '@nullpath/db';
import { TEST_DIALECTS } from '@nullpath/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOCK, DEMO_PKG, GitFixture, VULNERABLE_APP } from '../e2e/git-fixture';
import { type Pipeline, createPipeline } from '../e2e/pipeline';

/**
 * One server per client file and dialect: a real database, queue and scan worker, a real git repository
 * (the vulnerable demo app with its lockfile: SAST and SCA issues) scanned once before the client's calls.
 */
export interface World {
  p: Pipeline;
  orgId: string;
  repo: GitFixture;
  repositoryId: string;
  scanId: string;
  /** Both token headers, as every client sends them. */
  headers: Record<string, string>;
  /** The public URL the harness gives the services (issue links start with it). */
  publicUrl: string;
  call(method: 'GET' | 'POST', url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
}

export interface Reply {
  status: number;
  body: any;
  contentType: string;
}

async function createWorld(dialect: Dialect): Promise<World> {
  const p = await createPipeline(dialect);
  const repo = new GitFixture().write({ 'src/app.js': VULNERABLE_APP, 'package.json': DEMO_PKG, 'package-lock.json': DEMO_LOCK });
  repo.commit('vulnerable app');
  const headers = {
    'X-ZeroPath-API-Token-Id': p.admin.tokenId,
    'X-ZeroPath-API-Token-Secret': p.admin.tokenSecret,
  };
  const call: World['call'] = async (method, url, body, extra = headers) => {
    const res = await p.app.inject({
      method,
      url,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...extra },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    const contentType = String(res.headers['content-type'] ?? '');
    return { status: res.statusCode, body: contentType.includes('json') ? res.json() : res.body, contentType };
  };
  const added = await call('POST', '/api/v2/repositories/addByUrl', { url: repo.url, name: 'acme/shop', tags: ['demo'] });
  if (added.status !== 200) throw new Error(`addByUrl: ${JSON.stringify(added.body)}`);
  const repositoryId = added.body.repository.id as string;
  const started = await call('POST', '/api/v2/scans/start', { repositoryId });
  const done = await p.waitForScan(started.body.scan.id);
  if (done?.status !== 'COMPLETED') throw new Error(`scan did not complete: ${JSON.stringify(done)}`);
  return { p, orgId: p.org.orgId, repo, repositoryId, scanId: done.id, headers, publicUrl: 'http://nullpath.test', call };
}

export type Check = (w: World) => Promise<void>;

export interface ClientSpec {
  /** Client name as in api-compat.md §4.1. */
  client: string;
  /** Methods the client calls that Nullpath serves: `<METHOD path>` → the replayed call with its assertions. */
  methods: Record<string, Check>;
  /** Methods whose Nullpath surface is not built yet: `<METHOD path>` → the missing surface. */
  todo?: Record<string, string>;
}

/** Separator the compat matrix script splits todo titles on. */
export const TODO_SEP = ' — needs ';

/** Declares a client's conformance tests: every method on every test dialect (one shared world each), todos once. */
export function clientSuite(spec: ClientSpec): void {
  describe(spec.client, () => {
    for (const [method, reason] of Object.entries(spec.todo ?? {})) it.todo(`${method}${TODO_SEP}${reason}`);
    if (Object.keys(spec.methods).length === 0) return;
    describe.each(TEST_DIALECTS)('%s', (dialect) => {
      let w: World;
      beforeAll(async () => {
        w = await createWorld(dialect);
      }, 120_000);
      afterAll(async () => {
        await w?.p.close();
        w?.repo.destroy();
      });
      for (const [method, check] of Object.entries(spec.methods)) it(method, () => check(w));
    });
  });
}

// ---- shared assertions (the field types clients read) ----

export const V1_BUCKETS = ['open', 'patched', 'falsePositive', 'notExploitable', 'archived', 'processing', 'silenced', 'closed'];

/** The exact 200 and JSON every client requires, and no top-level `error` key on success (RALPH). */
export function ok(r: Reply): any {
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.contentType).toContain('application/json');
  if (r.body && typeof r.body === 'object' && !Array.isArray(r.body)) expect(r.body).not.toHaveProperty('error');
  return r.body;
}

/** The error envelope every client can read: non-2xx, `{error: non-empty string, code, requestId}`. */
export function failed(r: Reply, status: number): void {
  expect(r.status).toBe(status);
  expect(typeof r.body.error).toBe('string');
  expect(r.body.error.length).toBeGreaterThan(0);
  expect(r.body.code).toMatch(/^[A-Z_]+$/);
  expect(typeof r.body.requestId).toBe('string');
}

/** `url` is the absolute dashboard address of the issue. */
export function expectIssueUrl(w: World, issue: { id: string; url: string }): void {
  expect(issue.url).toBe(`${w.publicUrl}/issues/${encodeURIComponent(issue.id)}`);
}

/** A V1 issue as VS Code, Backstage, Soundcheck, ZOE and RALPH read it (api-compat.md §3.2). */
export function expectIssueV1(w: World, i: any): void {
  expect(typeof i.id).toBe('string');
  expect(typeof i.repositoryId).toBe('string');
  expect(V1_BUCKETS).toContain(i.status);
  expect(typeof i.generatedTitle).toBe('string');
  expect(typeof i.generatedDescription).toBe('string');
  expect(typeof i.score).toBe('number');
  expect(i.score).toBeGreaterThanOrEqual(0);
  expect(i.score).toBeLessThanOrEqual(100);
  expect(typeof i.severity).toBe('number');
  expect(i.severity).toBeGreaterThanOrEqual(0);
  expect(i.severity).toBeLessThanOrEqual(10);
  expect(typeof i.confidence).toBe('number');
  expect(['CONFIRMED', 'DISCONFIRMED', 'UNKNOWN', null]).toContain(i.validated);
  expect(typeof i.createdAt).toBe('string');
  expect(Number.isNaN(Date.parse(i.createdAt))).toBe(false);
  expectIssueUrl(w, i);
}

/** Every category bucket is a number (Backstage and VS Code show them as tabs). */
export function expectCategoryCounts(c: any): void {
  for (const k of V1_BUCKETS) expect(typeof c[k], k).toBe('number');
}

/** Client-side score windows (Backstage severity.ts, Soundcheck SEVERITY_WINDOWS): critical 90–100 … low 10–39. */
export function scoreWindow(score: number): 'critical' | 'high' | 'medium' | 'low' | null {
  return score >= 90 ? 'critical' : score >= 70 ? 'high' : score >= 40 ? 'medium' : score >= 10 ? 'low' : null;
}
