import { type FindingInput, scoreLevel, staticValidation } from '@nullpath/core';
import { type ComponentRow, type Db, componentsRepo, issuesRepo, repositoriesRepo, scansRepo, withTx, triageRepo } from '@nullpath/db';
import type { Logger } from '../shared/deps';
import type { GitCredentials } from '../shared/ports';
import type { SecretBox } from '../shared/secret-box';
import { EMPTY_COUNTS, type ScanCounts } from './scan-view';

/** Everything a worker needs to run one scan; credentials are decrypted only here. */
export interface ScanJob {
  scanId: string;
  orgId: string;
  repositoryId: string;
  type: 'FullScan' | 'PrScan';
  branch: string;
  baseRef: string | null;
  headRef: string | null;
  prKey: string | null;
  url: string;
  credentials: GitCredentials | null;
  /** '' for the whole repository, else the monorepo partition to scan. */
  partitionPath: string;
}

export type ComponentInput = Omit<ComponentRow, 'scan_id' | 'repository_id'>;

/** The worker's side of a scan: claim, report progress, finish. Runs as the system, not as a user. */
/** Queues stages that follow a completed scan, inside its completing transaction (LLM validation). */
export type AfterScanHook = (tx: Db, orgId: string, scanId: string) => Promise<unknown>;

export function createScanExecutionService(deps: { db: Db; secrets: SecretBox; logger: Logger; afterScan?: AfterScanHook }) {
  const { db, secrets, logger } = deps;

  return {
    /**
     * Claims a scan for execution. A QUEUED scan becomes RUNNING; a RUNNING one is a retry after a
     * crashed worker and restarts from scratch (ingest is idempotent); anything else is skipped.
     */
    async begin(scanId: string): Promise<ScanJob | null> {
      const scan = await scansRepo.findScanById(db, scanId);
      if (!scan || (scan.status !== 'QUEUED' && scan.status !== 'RUNNING')) return null;
      if (scan.cancel_requested === 1) {
        await this.markCancelled(scanId);
        return null;
      }
      const repo = await repositoriesRepo.findRepositoryById(db, scan.repository_id);
      if (!repo) return null;
      const parent = repo.parent_id ? await repositoriesRepo.findRepositoryById(db, repo.parent_id) : repo;
      const sealed = parent?.credentials_enc ?? null;
      await scansRepo.updateScan(db, scanId, { status: 'RUNNING', phase: 'cloning', started_at: new Date().toISOString(), error_message: null });
      await scansRepo.appendScanEvent(db, scanId, 'phase', { phase: 'cloning', status: 'RUNNING', retry: scan.status === 'RUNNING' });
      return {
        scanId,
        orgId: scan.org_id,
        repositoryId: repo.id,
        type: scan.type,
        branch: scan.branch,
        baseRef: scan.base_ref,
        headRef: scan.head_ref,
        prKey: scan.pr_key,
        url: parent?.url ?? repo.url,
        credentials: sealed ? (JSON.parse(secrets.open(sealed)) as GitCredentials) : null,
        partitionPath: repo.partition_path,
      };
    },

    async progress(scanId: string, phase: string, done: number, total: number): Promise<void> {
      await scansRepo.updateScan(db, scanId, { phase, progress_done: done, progress_total: total });
      await scansRepo.appendScanEvent(db, scanId, 'progress', { phase, done, total });
    },

    async isCancelRequested(scanId: string): Promise<boolean> {
      const s = await scansRepo.findScanById(db, scanId);
      return !s || s.cancel_requested === 1 || s.status === 'CANCELLED';
    },

    /** Ingests the results and completes the scan in one transaction. */
    async complete(scanId: string, result: { commitSha: string | null; findings: FindingInput[]; components: ComponentInput[] }): Promise<ScanCounts> {
      const scan = await scansRepo.findScanById(db, scanId);
      if (!scan) throw new Error(`scan ${scanId} vanished`);
      // Validation stage: every finding gets a verdict from the analyser's own evidence before it is stored.
      const unique = [...new Map(result.findings.map((f) => [f.fingerprint, f])).values()].map((f) => ({ ...f, validation: f.validation ?? staticValidation(f) }));
      const target = {
        orgId: scan.org_id,
        repositoryId: scan.repository_id,
        scope: scan.type === 'PrScan' ? `pr:${scan.pr_key}` : scan.branch,
        scanId,
        codeScanType: scan.type,
      };
      const counts: ScanCounts = { ...EMPTY_COUNTS };
      for (const f of unique) counts[scoreLevel(f.score).toLowerCase() as 'critical' | 'high' | 'medium' | 'low' | 'info']++;
      counts.total = unique.length;
      const maxScore = unique.reduce((m, f) => Math.max(m, Math.round(f.score)), -1);
      await withTx(db, async (tx) => {
        // A resolved issue that this scan reports again is REOPENED, on record (NOTE(triage-survives-rescan)).
        const back = await triageRepo.resolvedFingerprints(tx, target.repositoryId, target.scope, unique.map((f) => f.fingerprint));
        await issuesRepo.upsertFindings(tx, target, unique);
        await triageRepo.insertHistory(tx, back.map((b) => ({
          org_id: b.org_id, repository_id: target.repositoryId, issue_id: b.id, disposition: 'REOPENED' as const, rationale: `Reported again by scan ${scanId}`,
          from_value: 'RESOLVED', to_value: null, actor_type: 'system' as const, actor_id: null, actor_user_id: null, actor_email: null,
        })));
        counts.resolved = await issuesRepo.resolveMissing(tx, target);
        await issuesRepo.refreshStatuses(tx, target.repositoryId, target.scope);
        await issuesRepo.refreshCounts(tx, target.repositoryId);
        await componentsRepo.insertComponents(tx, result.components.map((c) => ({ ...c, scan_id: scanId, repository_id: scan.repository_id })));
        await scansRepo.updateScan(tx, scanId, {
          status: 'COMPLETED', phase: 'completed', commit_sha: result.commitSha, counts: JSON.stringify(counts), max_score: maxScore,
          progress_done: unique.length, progress_total: unique.length,
          finished_at: new Date().toISOString(),
        });
        await repositoriesRepo.updateRepository(tx, scan.repository_id, { last_scanned_at: new Date().toISOString() });
        await scansRepo.appendScanEvent(tx, scanId, 'finished', { status: 'COMPLETED', counts });
        if (deps.afterScan) await deps.afterScan(tx, scan.org_id, scanId);
      });
      logger.info({ scanId, findings: unique.length, resolved: counts.resolved }, 'scan completed');
      return counts;
    },

    async fail(scanId: string, message: string): Promise<void> {
      await withTx(db, async (tx) => {
        if (await scansRepo.finishScanIfActive(tx, scanId, { status: 'FAILED', phase: 'failed', error_message: message.slice(0, 2000) })) {
          await scansRepo.appendScanEvent(tx, scanId, 'finished', { status: 'FAILED', error: message.slice(0, 2000) });
        }
      });
    },

    async markCancelled(scanId: string): Promise<void> {
      await withTx(db, async (tx) => {
        if (await scansRepo.finishScanIfActive(tx, scanId, { status: 'CANCELLED', phase: 'cancelled' })) {
          await scansRepo.appendScanEvent(tx, scanId, 'finished', { status: 'CANCELLED' });
        }
      });
    },
  };
}

export type ScanExecutionService = ReturnType<typeof createScanExecutionService>;
