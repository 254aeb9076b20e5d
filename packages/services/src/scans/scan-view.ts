import type { ScanRow } from '@nullpath/db';

export interface ScanCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  info: number;
  total: number;
  resolved: number;
}

export interface ScanView {
  id: string;
  organizationId: string;
  repositoryId: string;
  repositoryName: string | null;
  type: 'FullScan' | 'PrScan';
  status: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';
  phase: string;
  progress: { done: number; total: number };
  branch: string;
  commitSha: string | null;
  baseRef: string | null;
  headRef: string | null;
  prKey: string | null;
  /** Scans of the same pull request (this one included), for the PR grouping. */
  prScanCount: number | null;
  trigger: string;
  scheduleId: string | null;
  errorMessage: string | null;
  cancelRequested: boolean;
  counts: ScanCounts;
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export const EMPTY_COUNTS: ScanCounts = { critical: 0, high: 0, medium: 0, low: 0, info: 0, total: 0, resolved: 0 };

export function toScanView(r: ScanRow & { repository_name?: string; pr_scan_count?: unknown }): ScanView {
  return {
    id: r.id,
    organizationId: r.org_id,
    repositoryId: r.repository_id,
    repositoryName: r.repository_name ?? null,
    type: r.type,
    status: r.status,
    phase: r.phase,
    progress: { done: r.progress_done, total: r.progress_total },
    branch: r.branch,
    commitSha: r.commit_sha,
    baseRef: r.base_ref,
    headRef: r.head_ref,
    prKey: r.pr_key,
    prScanCount: r.pr_key ? Number(r.pr_scan_count ?? 1) : null,
    trigger: r.trigger,
    scheduleId: r.schedule_id,
    errorMessage: r.error_message,
    cancelRequested: r.cancel_requested === 1,
    counts: { ...EMPTY_COUNTS, ...(JSON.parse(r.counts) as Partial<ScanCounts>) },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}
