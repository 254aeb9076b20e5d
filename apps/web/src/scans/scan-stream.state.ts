import type { Scan, ScanCounts, ScanStatus } from '@nullpath/api-client';

/** What the scan stream has told so far; null fields were not reported yet. */
export interface LiveScan {
  status: ScanStatus | null;
  phase: string | null;
  progress: { done: number; total: number } | null;
  counts: ScanCounts | null;
  error: string | null;
  cancelRequested: boolean;
  finished: boolean;
}

export const EMPTY_LIVE_SCAN: LiveScan = {
  status: null,
  phase: null,
  progress: null,
  counts: null,
  error: null,
  cancelRequested: false,
  finished: false,
};

const STATUSES = new Set<string>(['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED']);
const TERMINAL = new Set<string>(['COMPLETED', 'FAILED', 'CANCELLED']);
const ACTIVE = new Set<string>(['QUEUED', 'RUNNING']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const statusOf = (v: unknown): ScanStatus | null => (typeof v === 'string' && STATUSES.has(v) ? (v as ScanStatus) : null);

/**
 * Folds one Server-Sent Event (`phase`, `progress`, `finished`) into the live state. The stream replays
 * the whole event log on connect, so folding from EMPTY always ends at the scan's latest state;
 * malformed data is ignored rather than trusted.
 */
export function applyScanEvent(state: LiveScan, type: string, data: unknown): LiveScan {
  if (!isRecord(data) || state.finished) return state;
  if (type === 'phase') {
    const phase = typeof data.phase === 'string' ? data.phase : state.phase;
    return {
      ...state,
      phase,
      status: statusOf(data.status) ?? state.status,
      cancelRequested: state.cancelRequested || data.cancelRequested === true,
    };
  }
  if (type === 'progress') {
    const done = int(data.done);
    const total = int(data.total);
    return {
      ...state,
      status: state.status === null || state.status === 'QUEUED' ? 'RUNNING' : state.status,
      phase: typeof data.phase === 'string' ? data.phase : state.phase,
      progress: done !== null && total !== null ? { done, total } : state.progress,
    };
  }
  if (type === 'finished') {
    const status = statusOf(data.status);
    if (status === null || !TERMINAL.has(status)) return state;
    return {
      ...state,
      status,
      finished: true,
      counts: isRecord(data.counts) ? (data.counts as unknown as ScanCounts) : state.counts,
      error: typeof data.error === 'string' ? data.error : state.error,
    };
  }
  return state;
}

/**
 * The scan as the server last answered, overlaid with what the stream reported since. Once the server
 * itself answers with a finished scan it is authoritative (its final phase and counts come after the
 * stream's last event), so the overlay only applies while the fetched scan is still queued or running.
 */
export function mergeLiveScan(scan: Scan, live: LiveScan | null): Scan {
  if (!live || !ACTIVE.has(scan.status)) return scan;
  return {
    ...scan,
    status: live.status ?? scan.status,
    phase: live.phase ?? scan.phase,
    progress: live.progress ?? scan.progress,
    counts: live.counts ?? scan.counts,
    errorMessage: live.error ?? scan.errorMessage,
    cancelRequested: scan.cancelRequested || live.cancelRequested,
  };
}

/** 0–100 for a progress bar; null while the total is unknown (show an indeterminate bar). */
export function progressPercent(progress: { done: number; total: number }): number | null {
  if (progress.total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((progress.done / progress.total) * 100)));
}
