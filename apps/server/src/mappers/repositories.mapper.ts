import type { RepositoryV1Schema } from '@nullpath/contracts';
import type { RepositoryView, ScheduleView } from '@nullpath/services';
import type { z } from 'zod';
import { dashboardUrl } from './issues.mapper';

export function toRepositoryV1(r: RepositoryView, schedule: ScheduleView | undefined, base: string): z.input<typeof RepositoryV1Schema> {
  const c = r.issueCounts;
  return {
    id: r.id,
    repositoryName: r.name,
    name: r.name,
    projectId: null,
    url: r.url,
    repositoryUrl: r.url,
    createdAt: r.createdAt,
    lastScannedAt: r.lastScannedAt,
    tags: r.tags,
    issueCounts: {
      open: c.open ?? 0,
      newOpen: c.open ?? 0,
      processing: c.processing ?? 0,
      patched: c.patched ?? 0,
      archived: c.archived ?? 0,
      falsePositive: c.falsePositive ?? 0,
      patchable: 0,
      closed: c.closed ?? 0,
    },
    defaultScanTargetBranch: r.defaultBranch,
    isPrScanningEnabled: true,
    genericGit: { repositoryUrl: r.url, linkActive: true },
    scanSchedule: schedule
      ? {
          id: schedule.id,
          executionCriteriaCrontab: schedule.cron,
          isEnabled: schedule.enabled,
          scannerSettingId: null,
          scanBranch: schedule.branch,
          createdAt: schedule.createdAt,
          updatedAt: schedule.updatedAt,
        }
      : null,
    parentRepositoryId: r.parentId,
    partitionPath: r.partitionPath,
    dashboardUrl: dashboardUrl(base, 'repositories', r.id),
  };
}
