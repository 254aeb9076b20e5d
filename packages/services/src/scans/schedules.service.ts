import { type Actor, AppError, type OrgAccess, notFound, scopeIncludes } from '@nullpath/core';
import { type Db, type ScheduleRow, repositoriesRepo, schedulesRepo } from '@nullpath/db';
import { Cron } from 'croner';
import { type AccessResolver, requireOnRepository } from '../access/access';
import type { Clock, Logger } from '../shared/deps';
import { assertRef, type ScansService } from './scans.service';

export interface ScheduleView {
  id: string;
  organizationId: string;
  repositoryId: string;
  cron: string;
  timezone: string;
  branch: string | null;
  enabled: boolean;
  nextRunAt: string | null;
  nextRuns: string[];
  lastRunAt: string | null;
  createdAt: string;
  updatedAt: string;
}

function parseCron(cron: string, timezone: string): Cron {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw new AppError('VALIDATION_FAILED', `timezone: '${timezone}' is not an IANA time zone`, { details: { field: 'timezone' } });
  }
  try {
    return new Cron(cron, { timezone, paused: true });
  } catch (err) {
    throw new AppError('VALIDATION_FAILED', `cron: '${cron}' is not a valid cron expression (${err instanceof Error ? err.message : String(err)})`, {
      details: { field: 'cron' },
    });
  }
}

const nextAfter = (row: Pick<ScheduleRow, 'cron' | 'timezone'>, from: Date): string | null =>
  parseCron(row.cron, row.timezone).nextRun(from)?.toISOString() ?? null;

function toView(r: ScheduleRow, now: Date): ScheduleView {
  const runs = r.enabled ? parseCron(r.cron, r.timezone).nextRuns(3, now).map((d) => d.toISOString()) : [];
  return {
    id: r.id, organizationId: r.org_id, repositoryId: r.repository_id, cron: r.cron, timezone: r.timezone, branch: r.branch,
    enabled: r.enabled === 1, nextRunAt: r.enabled ? r.next_run_at : null, nextRuns: runs, lastRunAt: r.last_run_at,
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function createSchedulesService(deps: { db: Db; clock: Clock; access: AccessResolver; scans: ScansService; logger: Logger }) {
  const { db, clock, access, scans, logger } = deps;

  /** A schedule of a repository the caller cannot see is NOT_FOUND; changing it needs SCANS_RUN there. */
  async function scheduleOrThrow(acc: OrgAccess, id: string): Promise<ScheduleRow> {
    const s = await schedulesRepo.findSchedule(db, acc.orgId, id);
    if (!s || !scopeIncludes(acc.visible, s.repository_id)) throw notFound('Schedule', id);
    requireOnRepository(acc, 'SCANS_RUN', s.repository_id);
    return s;
  }

  return {
    async create(actor: Actor, input: { organizationId?: string; repositoryId: string; cron: string; timezone?: string; branch?: string; enabled?: boolean }) {
      const { access: acc, repository: repo } = await access.requireRepository(actor, 'SCANS_RUN', input.organizationId, input.repositoryId);
      const timezone = input.timezone ?? 'UTC';
      parseCron(input.cron, timezone);
      const branch = input.branch ? assertRef('branch', input.branch) : null;
      const enabled = input.enabled ?? true;
      const row = await schedulesRepo.insertSchedule(db, {
        org_id: acc.orgId, repository_id: repo.id, cron: input.cron, timezone, branch, enabled: enabled ? 1 : 0,
        next_run_at: enabled ? nextAfter({ cron: input.cron, timezone }, clock()) : null,
      });
      return toView(row, clock());
    },

    async list(actor: Actor, input: { organizationId?: string; repositoryId?: string }) {
      const acc = await access.require(actor, 'REPOS_VIEW', input.organizationId);
      const rows = await schedulesRepo.listSchedules(db, acc.orgId, acc.repoScope('REPOS_VIEW'), input.repositoryId);
      return rows.map((r) => toView(r, clock()));
    },

    async update(actor: Actor, input: { organizationId?: string; scheduleId: string; cron?: string; timezone?: string; branch?: string | null; enabled?: boolean }) {
      const acc = await access.require(actor, 'SCANS_RUN', input.organizationId);
      const cur = await scheduleOrThrow(acc, input.scheduleId);
      const cron = input.cron ?? cur.cron;
      const timezone = input.timezone ?? cur.timezone;
      parseCron(cron, timezone);
      const enabled = input.enabled ?? cur.enabled === 1;
      await schedulesRepo.updateSchedule(db, cur.id, {
        cron, timezone, enabled: enabled ? 1 : 0,
        ...(input.branch !== undefined ? { branch: input.branch ? assertRef('branch', input.branch) : null } : {}),
        next_run_at: enabled ? nextAfter({ cron, timezone }, clock()) : null,
      });
      return toView((await schedulesRepo.findSchedule(db, acc.orgId, cur.id))!, clock());
    },

    async delete(actor: Actor, input: { organizationId?: string; scheduleId: string }): Promise<void> {
      const acc = await access.require(actor, 'SCANS_RUN', input.organizationId);
      const cur = await scheduleOrThrow(acc, input.scheduleId);
      await schedulesRepo.deleteSchedule(db, cur.id);
    },

    /**
     * Fires due schedules. Safe to run in every worker at once: each tick is claimed with a
     * compare-and-set on next_run_at, so it fires exactly once (NOTE(schedule-cas)).
     */
    async tick(): Promise<number> {
      const now = clock();
      let fired = 0;
      for (const s of await schedulesRepo.dueSchedules(db, now.toISOString())) {
        const next = nextAfter(s, now);
        if (!(await schedulesRepo.claimTick(db, s.id, s.next_run_at!, next))) continue;
        const repo = await repositoriesRepo.findRepositoryById(db, s.repository_id);
        if (!repo) continue;
        try {
          await scans.startForRepository(repo, { ...(s.branch ? { branch: s.branch } : {}), trigger: 'schedule', scheduleId: s.id });
          fired++;
        } catch (err) {
          // A scan of that branch is still running: skip this tick rather than queue a duplicate.
          logger.warn({ scheduleId: s.id, err: err instanceof Error ? err.message : String(err) }, 'scheduled scan skipped');
        }
      }
      return fired;
    },
  };
}

export type SchedulesService = ReturnType<typeof createSchedulesService>;
