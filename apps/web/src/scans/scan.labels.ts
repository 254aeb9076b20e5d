import type { ScanStatus, ScanType, SeverityLevelFilter } from '@nullpath/api-client';

export const SCAN_STATUS_COLOR: Record<ScanStatus, string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  COMPLETED: 'green',
  FAILED: 'red',
  CANCELLED: 'orange',
};
export const SCAN_STATUSES = Object.keys(SCAN_STATUS_COLOR) as ScanStatus[];

export const SCAN_TYPE_LABEL: Record<ScanType, string> = { FullScan: 'Full scan', PrScan: 'PR scan' };
export const SCAN_TYPES = Object.keys(SCAN_TYPE_LABEL) as ScanType[];

const SEVERITY_FILTER: Record<SeverityLevelFilter, true> = { Critical: true, High: true, Medium: true, Low: true };
export const SEVERITY_LEVEL_FILTERS = Object.keys(SEVERITY_FILTER) as SeverityLevelFilter[];

/** A scan the worker may still change: only these get a live stream and a cancel button. */
export const isActiveScan = (status: ScanStatus): boolean => status === 'QUEUED' || status === 'RUNNING';
