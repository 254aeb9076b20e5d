import type { ScanItemV1Schema } from '@nullpath/contracts';
import type { ScanView } from '@nullpath/services';
import type { z } from 'zod';
import { dashboardUrl } from './issues.mapper';

export function toScanItemV1(s: ScanView, base: string): z.input<typeof ScanItemV1Schema> {
  const finished = s.status === 'COMPLETED' || s.status === 'FAILED' || s.status === 'CANCELLED';
  return {
    scanId: s.id,
    repositoryId: s.repositoryId,
    name: s.repositoryName ?? '',
    status: s.status.toLowerCase(),
    projectId: null,
    applicationId: null,
    prTargetBranch: s.baseRef,
    scanTargetBranch: s.branch,
    codeScanType: s.type,
    prTriggeredURL: null,
    isStaged: false,
    // VS Code treats a scan as done on finished || codeScanFinished || status 'completed' (api-compat.md §3.5).
    codeScanFinished: finished,
    finished,
    issueCounts: { open: s.counts.total, patched: 0, falsePositive: 0, archived: 0, processing: 0 },
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    errorMessage: s.errorMessage,
    trigger: s.trigger,
    sastScan: { id: s.id, error: s.errorMessage },
    dashboardUrl: dashboardUrl(base, 'scans', s.id),
  };
}
