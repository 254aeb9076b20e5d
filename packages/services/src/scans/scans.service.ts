import { type Actor, AppError, type OrgAccess, type Permission, type ScoreLevel, notFound, scopeIncludes, scoreWindow } from '@nullpath/core';
import { type Db, type RepositoryRow, type ScanRow, repositoriesRepo, scansRepo, withTx } from '@nullpath/db';
import { type AccessResolver, requireOnRepository } from '../access/access';
import type { EnqueueJob } from '../shared/ports';
import { type ScanView, toScanView } from './scan-view';

export const SCAN_JOB = 'scan';

export interface StartScanInput {
  organizationId?: string;
  repositoryId: string;
  branch?: string;
  trigger?: string;
}

export interface StartPrScanInput {
  organizationId?: string;
  repositoryId: string;
  baseRef: string;
  headRef: string;
  prNumber?: number;
}

export interface ListScansInput {
  organizationId?: string;
  repositoryIds?: string[];
  scanId?: string;
  types?: Array<'FullScan' | 'PrScan'>;
  statuses?: ScanView['status'][];
  severityLevel?: Exclude<ScoreLevel, 'INFO'>;
  prKey?: string;
  latestPerPr?: boolean;
  searchQuery?: string;
  offset: number;
  limit: number;
  sortBy?: 'createdAt' | 'updatedAt';
  sortOrder?: 'asc' | 'desc';
}

const REF_RE = /^(?!-)[A-Za-z0-9._\/@+-]{1,200}$/;

export function assertRef(field: string, ref: string): string {
  const r = ref.trim();
  if (!REF_RE.test(r) || r.includes('..')) {
    throw new AppError('VALIDATION_FAILED', `${field}: '${ref}' is not a valid git ref`, { details: { field } });
  }
  return r;
}

const isUniqueViolation = (err: unknown) => /unique|duplicate key/i.test(err instanceof Error ? err.message : String(err));

export function createScansService(deps: { db: Db; access: AccessResolver; enqueue: EnqueueJob }) {
  const { db, access, enqueue } = deps;

  /** A scan of a repository the caller cannot see is NOT_FOUND; `permission` is then checked on its repository. */
  async function scanOrThrow(acc: OrgAccess, id: string, permission?: Permission): Promise<ScanRow> {
    const s = await scansRepo.findScan(db, acc.orgId, id);
    if (!s || !scopeIncludes(acc.visible, s.repository_id)) throw notFound('Scan', id);
    if (permission) requireOnRepository(acc, permission, s.repository_id);
    return s;
  }

  const conflict = (s: ScanRow) =>
    new AppError('CONFLICT', `A full scan of branch '${s.branch}' is already ${s.status.toLowerCase()} for this repository (scan ${s.id})`, {
      details: { scanId: s.id },
    });

  /** Creates the scan row, its first event and its job in one transaction (NOTE(tx-after-commit) is the queue's job). */
  async function createScan(input: Parameters<typeof scansRepo.insertScan>[1]): Promise<ScanRow> {
    try {
      return await withTx(db, async (tx) => {
        const scan = await scansRepo.insertScan(tx, input);
        await scansRepo.appendScanEvent(tx, scan.id, 'phase', { phase: 'queued', status: 'QUEUED' });
        await enqueue(tx, SCAN_JOB, { scanId: scan.id }, { maxAttempts: 3, jobKey: `scan:${scan.id}` });
        return scan;
      });
    } catch (err) {
      if (input.type === 'FullScan' && isUniqueViolation(err)) {
        const active = await scansRepo.findActiveFullScan(db, input.repository_id, input.branch);
        if (active) throw conflict(active);
      }
      throw err;
    }
  }

  return {
    /** System entry point (schedules, demo set-up): no actor, the caller has checked the organization. */
    async startForRepository(repo: RepositoryRow, opts: { branch?: string; trigger: string; scheduleId?: string }): Promise<ScanView> {
      const branch = assertRef('branch', opts.branch ?? repo.default_branch ?? 'main');
      const active = await scansRepo.findActiveFullScan(db, repo.id, branch);
      if (active) throw conflict(active);
      const scan = await createScan({
        org_id: repo.org_id, repository_id: repo.id, type: 'FullScan', branch, trigger: opts.trigger,
        ...(opts.scheduleId ? { schedule_id: opts.scheduleId } : {}),
      });
      return toScanView({ ...scan, repository_name: repo.name });
    },

    async start(actor: Actor, input: StartScanInput): Promise<ScanView> {
      const { repository: repo } = await access.requireRepository(actor, 'SCANS_RUN', input.organizationId, input.repositoryId);
      return this.startForRepository(repo, { ...(input.branch ? { branch: input.branch } : {}), trigger: input.trigger ?? 'api' });
    },

    async startPr(actor: Actor, input: StartPrScanInput): Promise<ScanView> {
      const { access: acc, repository: repo } = await access.requireRepository(actor, 'SCANS_RUN', input.organizationId, input.repositoryId);
      const baseRef = assertRef('baseRef', input.baseRef);
      const headRef = assertRef('headRef', input.headRef);
      const prKey = input.prNumber !== undefined ? `#${input.prNumber}` : headRef;
      const scan = await createScan({
        org_id: acc.orgId, repository_id: repo.id, type: 'PrScan', branch: headRef, trigger: 'pr', base_ref: baseRef, head_ref: headRef, pr_key: prKey,
      });
      return toScanView({ ...scan, repository_name: repo.name, pr_scan_count: 1 });
    },

    async list(actor: Actor, input: ListScansInput): Promise<{ scans: ScanView[]; totalCount: number }> {
      const acc = await access.require(actor, 'REPOS_VIEW', input.organizationId);
      const filter = {
        orgId: acc.orgId,
        scope: acc.repoScope('REPOS_VIEW'),
        ...(input.repositoryIds ? { repositoryIds: input.repositoryIds } : {}),
        ...(input.scanId ? { scanId: input.scanId } : {}),
        ...(input.types ? { types: input.types } : {}),
        ...(input.statuses ? { statuses: input.statuses } : {}),
        ...(input.severityLevel ? { scoreWindow: scoreWindow(input.severityLevel) } : {}),
        ...(input.prKey ? { prKey: input.prKey } : {}),
        ...(input.latestPerPr ? { latestPerPr: true } : {}),
        ...(input.searchQuery ? { search: input.searchQuery } : {}),
      };
      const [rows, totalCount] = await Promise.all([
        scansRepo.listScans(db, {
          ...filter, offset: input.offset, limit: input.limit,
          ...(input.sortBy ? { sortBy: input.sortBy } : {}), ...(input.sortOrder ? { sortOrder: input.sortOrder } : {}),
        }),
        scansRepo.countScans(db, filter),
      ]);
      return { scans: rows.map(toScanView), totalCount };
    },

    async get(actor: Actor, input: { organizationId?: string; scanId: string }): Promise<ScanView> {
      const acc = await access.require(actor, 'REPOS_VIEW', input.organizationId);
      const scan = await scanOrThrow(acc, input.scanId);
      const repo = await repositoriesRepo.findRepositoryById(db, scan.repository_id);
      return toScanView({ ...scan, repository_name: repo?.name ?? '' });
    },

    /** A queued scan is cancelled at once; a running one is flagged and its worker stops within seconds. */
    async cancel(actor: Actor, input: { organizationId?: string; scanId: string }): Promise<ScanView> {
      const acc = await access.require(actor, 'SCANS_RUN', input.organizationId);
      const scan = await scanOrThrow(acc, input.scanId, 'SCANS_RUN');
      if (scan.status === 'QUEUED') {
        await withTx(db, async (tx) => {
          if (await scansRepo.finishScanIfActive(tx, scan.id, { status: 'CANCELLED', phase: 'cancelled' })) {
            await scansRepo.appendScanEvent(tx, scan.id, 'finished', { status: 'CANCELLED' });
          }
        });
      } else if (scan.status === 'RUNNING') {
        await scansRepo.updateScan(db, scan.id, { cancel_requested: 1 });
        await scansRepo.appendScanEvent(db, scan.id, 'phase', { phase: scan.phase, status: 'RUNNING', cancelRequested: true });
      } else {
        throw new AppError('CONFLICT', `Scan ${scan.id} already finished with status ${scan.status}`);
      }
      return this.get(actor, { organizationId: acc.orgId, scanId: scan.id });
    },

    /** Events after `afterSeq` for the SSE stream (authorization checked on every poll). */
    async events(actor: Actor, input: { organizationId?: string; scanId: string; afterSeq: number }) {
      const acc = await access.require(actor, 'REPOS_VIEW', input.organizationId);
      const scan = await scanOrThrow(acc, input.scanId);
      const events = await scansRepo.listScanEvents(db, scan.id, input.afterSeq);
      return { status: scan.status, events: events.map((e) => ({ seq: e.seq, type: e.type, data: JSON.parse(e.data) as Record<string, unknown>, at: e.created_at })) };
    },
  };
}

export type ScansService = ReturnType<typeof createScansService>;
