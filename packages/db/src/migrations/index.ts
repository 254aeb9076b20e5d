import type { Migration } from 'kysely';
import { foundation } from './0001-foundation';
import { scanning } from './0002-scanning';
import { jobs } from './0003-jobs';
import { advisories } from './0004-advisories';
import { issueSearch } from './0005-issue-search';
import { issueRepoCreated } from './0006-issue-repo-created';
import { teams } from './0007-teams';
import { triage } from './0008-triage';

/** Ordered; names are permanent. Append only (NOTE(migrations-append-only)). */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-scanning': scanning,
  '0003-jobs': jobs,
  '0004-advisories': advisories,
  '0005-issue-search': issueSearch,
  '0006-issue-repo-created': issueRepoCreated,
  '0007-teams': teams,
  '0008-triage': triage,
};
