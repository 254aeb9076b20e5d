import { AppError, type ScoreLevel } from '@nullpath/core';
import {
  CreateScheduleBodySchema,
  DeleteScheduleResponseSchema,
  ListSchedulesBodySchema,
  ListSchedulesResponseSchema,
  ScanIdBodySchema,
  ScanResponseSchema,
  ScansListBodySchema,
  ScansListResponseSchema,
  ScansListV1BodySchema,
  ScansListV1ResponseSchema,
  ScansStartV1BodySchema,
  ScansStartV1ResponseSchema,
  ScheduleIdBodySchema,
  ScheduleResponseSchema,
  StartScanBodySchema,
  UpdateScheduleBodySchema,
} from '@nullpath/contracts';
import type { FastifyInstance } from 'fastify';
import { toScanItemV1 } from '../mappers/scans.mapper';
import { opt, orgOf } from './org-input';
import { type RouteDeps, authedPost } from './route';

export function registerScanRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { scans, schedules } = deps.services;
  const tags = ['scans'];

  authedPost(app, deps, {
    url: '/api/v1/scans/list', permission: 'REPOS_VIEW', body: ScansListV1BodySchema, response: ScansListV1ResponseSchema, tags, summary: 'Scan history (ZeroPath V1 shape)',
  }, async (actor, body) => {
    const pageSize = body.returnAll ? 500 : (body.pageSize ?? 10);
    const r = await scans.list(actor, {
      ...orgOf(body), ...opt('repositoryIds', body.repositoryIds), ...opt('scanId', body.scanId), ...opt('searchQuery', body.searchQuery),
      ...(body.scanType === 'FullScan' || body.scanType === 'PrScan' ? { types: [body.scanType] } : {}),
      ...opt('sortBy', body.sortBy), ...opt('sortOrder', body.sortOrder),
      offset: ((body.page ?? 1) - 1) * pageSize, limit: pageSize,
    });
    return { codeScans: r.scans.map((s) => toScanItemV1(s, deps.services.publicUrl())), totalCount: r.totalCount };
  });

  authedPost(app, deps, {
    url: '/api/v1/scans/start', permission: 'SCANS_RUN', body: ScansStartV1BodySchema, response: ScansStartV1ResponseSchema, tags,
    summary: 'Start full scans of repositories (409 while one is queued or running for the same branch)',
  }, async (actor, body) => {
    const ids: string[] = [];
    for (const repositoryId of body.repositoryIds) {
      ids.push((await scans.start(actor, { ...orgOf(body), repositoryId, ...opt('branch', body.branch), trigger: 'api' })).id);
    }
    return { scanId: ids[0]!, id: ids[0]!, scanIds: ids };
  });

  authedPost(app, deps, {
    url: '/api/v2/scans/start', permission: 'SCANS_RUN', body: StartScanBodySchema, response: ScanResponseSchema, tags,
    summary: 'Start a full scan of a branch or a PR scan of base…head (409 while a full scan of that branch is active)',
  }, async (actor, body) => ({
    scan:
      body.type === 'PrScan'
        ? await scans.startPr(actor, { ...orgOf(body), repositoryId: body.repositoryId, baseRef: body.baseRef!, headRef: body.headRef!, ...opt('prNumber', body.prNumber) })
        : await scans.start(actor, { ...orgOf(body), repositoryId: body.repositoryId, ...opt('branch', body.branch), trigger: 'api' }),
  }));

  authedPost(app, deps, {
    url: '/api/v2/scans/list', permission: 'REPOS_VIEW', body: ScansListBodySchema, response: ScansListResponseSchema, tags,
    summary: 'List scans by repository, type, status, severity level found, or pull request',
  }, (actor, body) =>
    scans.list(actor, {
      ...orgOf(body), ...opt('repositoryIds', body.repositoryIds), ...opt('types', body.types), ...opt('statuses', body.statuses),
      ...(body.severityLevel ? { severityLevel: body.severityLevel.toUpperCase() as Exclude<ScoreLevel, 'INFO'> } : {}),
      ...opt('prKey', body.prKey), ...opt('latestPerPr', body.latestPerPr), ...opt('searchQuery', body.searchQuery),
      ...opt('sortBy', body.sortBy), ...opt('sortOrder', body.sortOrder), offset: body.offset ?? 0, limit: body.limit ?? 25,
    }));

  authedPost(app, deps, { url: '/api/v2/scans/get', permission: 'REPOS_VIEW', body: ScanIdBodySchema, response: ScanResponseSchema, tags, summary: 'One scan with phase, progress and counts' },
    async (actor, body) => ({ scan: await scans.get(actor, { ...orgOf(body), scanId: body.scanId }) }));

  authedPost(app, deps, {
    url: '/api/v2/scans/cancel', permission: 'SCANS_RUN', body: ScanIdBodySchema, response: ScanResponseSchema, tags,
    summary: 'Cancel a queued or running scan (a running worker stops within seconds)',
  }, async (actor, body) => ({ scan: await scans.cancel(actor, { ...orgOf(body), scanId: body.scanId }) }));

  authedPost(app, deps, {
    url: '/api/v2/scans/schedules/create', permission: 'SCANS_RUN', body: CreateScheduleBodySchema, response: ScheduleResponseSchema, tags, summary: 'Schedule full scans with a cron expression and time zone',
  }, async (actor, body) => ({
    schedule: await schedules.create(actor, {
      ...orgOf(body), repositoryId: body.repositoryId, cron: body.cron, ...opt('timezone', body.timezone), ...opt('branch', body.branch), ...opt('enabled', body.enabled),
    }),
  }));

  authedPost(app, deps, { url: '/api/v2/scans/schedules/list', permission: 'REPOS_VIEW', body: ListSchedulesBodySchema, response: ListSchedulesResponseSchema, tags, summary: 'Scan schedules with their next run times' },
    async (actor, body) => {
      const list = await schedules.list(actor, { ...orgOf(body), ...opt('repositoryId', body.repositoryId) });
      return { schedules: list, totalCount: list.length };
    });

  authedPost(app, deps, { url: '/api/v2/scans/schedules/update', permission: 'SCANS_RUN', body: UpdateScheduleBodySchema, response: ScheduleResponseSchema, tags, summary: 'Change, enable or disable a schedule' },
    async (actor, body) => {
      if (body.cron === undefined && body.timezone === undefined && body.branch === undefined && body.enabled === undefined) {
        throw new AppError('VALIDATION_FAILED', 'body: nothing to update (cron, timezone, branch or enabled)', { details: { field: 'body' } });
      }
      return {
        schedule: await schedules.update(actor, {
          ...orgOf(body), scheduleId: body.scheduleId, ...opt('cron', body.cron), ...opt('timezone', body.timezone), ...opt('branch', body.branch), ...opt('enabled', body.enabled),
        }),
      };
    });

  authedPost(app, deps, { url: '/api/v2/scans/schedules/delete', permission: 'SCANS_RUN', body: ScheduleIdBodySchema, response: DeleteScheduleResponseSchema, tags, summary: 'Delete a schedule' },
    async (actor, body) => {
      await schedules.delete(actor, { ...orgOf(body), scheduleId: body.scheduleId });
      return { deleted: true as const, scheduleId: body.scheduleId };
    });
}
