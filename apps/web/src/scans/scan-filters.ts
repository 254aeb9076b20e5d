import type { ListScansBody, ScanStatus, ScanType, SeverityLevelFilter } from '@nullpath/api-client';
import { SCAN_STATUSES, SCAN_TYPES, SEVERITY_LEVEL_FILTERS } from './scan.labels';

export const SCANS_PAGE_SIZE = 25;

/** The Scans page's filters, kept in the URL so a filtered list can be linked and survives reload. */
export interface ScanFilters {
  repositoryId: string | null;
  type: ScanType | null;
  statuses: ScanStatus[];
  severity: SeverityLevelFilter | null;
  latestPerPr: boolean;
  page: number;
}

const oneOf = <T extends string>(allowed: readonly T[], v: string | null): T | null =>
  v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : null;

const pageOf = (v: string | null): number => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 ? n : 1;
};

// Unknown values (an old link, a hand-edited URL) are dropped instead of being sent to a server that rejects them.
export function parseScanFilters(search: string): ScanFilters {
  const p = new URLSearchParams(search);
  return {
    repositoryId: p.get('repositoryId') || null,
    type: oneOf(SCAN_TYPES, p.get('type')),
    statuses: (p.get('status') ?? '').split(',').flatMap((s) => oneOf(SCAN_STATUSES, s) ?? []),
    severity: oneOf(SEVERITY_LEVEL_FILTERS, p.get('severity')),
    latestPerPr: p.get('latestPerPr') === '1',
    page: pageOf(p.get('page')),
  };
}

export function scanFiltersToSearch(f: ScanFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.repositoryId !== null) p.set('repositoryId', f.repositoryId);
  if (f.type !== null) p.set('type', f.type);
  if (f.statuses.length > 0) p.set('status', f.statuses.join(','));
  if (f.severity !== null) p.set('severity', f.severity);
  if (f.latestPerPr) p.set('latestPerPr', '1');
  if (f.page > 1) p.set('page', String(f.page));
  return p;
}

export function scanFiltersToBody(f: ScanFilters): Omit<ListScansBody, 'organizationId'> {
  return {
    ...(f.repositoryId !== null ? { repositoryIds: [f.repositoryId] } : {}),
    ...(f.type !== null ? { types: [f.type] } : {}),
    ...(f.statuses.length > 0 ? { statuses: f.statuses } : {}),
    ...(f.severity !== null ? { severityLevel: f.severity } : {}),
    ...(f.latestPerPr ? { latestPerPr: true } : {}),
    offset: (f.page - 1) * SCANS_PAGE_SIZE,
    limit: SCANS_PAGE_SIZE,
  };
}
