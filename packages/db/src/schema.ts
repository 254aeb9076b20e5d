/**
 * Row types. Every timestamp is an ISO-8601 UTC string (`toISOString()`) and every flag an integer 0/1,
 * so one set of queries behaves identically on SQLite and PostgreSQL (NOTE(portable-types)).
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string | null;
  password_hash: string | null;
  /** 1 for instance administrators (the bootstrap admin): may create organizations when that is restricted. */
  instance_admin: number;
  created_at: string;
  updated_at: string;
}

export type MemberRepositoryAccess = 'ALL' | 'TEAMS_ONLY';

export interface OrganizationsTable {
  id: string;
  name: string;
  /** ALL: members see every repository; TEAMS_ONLY: a MEMBER sees a repository only through a team grant. */
  member_repository_access: MemberRepositoryAccess;
  created_at: string;
  updated_at: string | null;
}

export type MembershipStatus = 'active' | 'scimDeprovisioned';

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: 'ADMIN' | 'MEMBER';
  status: MembershipStatus;
  created_at: string;
  updated_at: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked';

export interface InvitationsTable {
  id: string;
  org_id: string;
  email: string;
  role: 'ADMIN' | 'MEMBER';
  token_hash: string;
  invited_by: string | null;
  status: InvitationStatus;
  expires_at: string;
  created_at: string;
  accepted_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  org_id: string;
  user_id: string;
  name: string | null;
  secret_hash: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface AuditLogTable {
  id: string;
  org_id: string | null;
  actor_type: 'user' | 'api-token' | 'system' | 'anonymous';
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  details: string | null;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  to_email: string;
  subject: string;
  body: string;
  status: 'pending' | 'sent' | 'failed' | 'logged';
  error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface RepositoriesTable {
  id: string;
  org_id: string;
  parent_id: string | null;
  /** '' for a whole repository; a path for a monorepo partition. */
  partition_path: string;
  name: string;
  url: string;
  normalized_url: string;
  default_branch: string | null;
  credentials_enc: string | null;
  created_at: string;
  updated_at: string;
  last_scanned_at: string | null;
}

export type ScanType = 'FullScan' | 'PrScan';
export type ScanStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

export interface ScansTable {
  id: string;
  org_id: string;
  repository_id: string;
  type: ScanType;
  status: ScanStatus;
  phase: string;
  progress_done: number;
  progress_total: number;
  branch: string;
  commit_sha: string | null;
  base_ref: string | null;
  head_ref: string | null;
  pr_key: string | null;
  trigger: string;
  schedule_id: string | null;
  error_message: string | null;
  cancel_requested: number;
  counts: string;
  max_score: number;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface ScanEventsTable {
  scan_id: string;
  seq: number;
  type: string;
  data: string;
  created_at: string;
}

export interface ScanSchedulesTable {
  id: string;
  org_id: string;
  repository_id: string;
  cron: string;
  timezone: string;
  branch: string | null;
  enabled: number;
  next_run_at: string | null;
  last_run_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface IssuesTable {
  id: string;
  org_id: string;
  repository_id: string;
  /** The branch for full scans, `pr:<key>` for pull-request scans. */
  scope: string;
  code_scan_type: ScanType;
  fingerprint: string;
  category: 'SAST' | 'SCA' | 'SECRETS';
  rule_id: string;
  vuln_class: string;
  cwes: string;
  language: string | null;
  title: string;
  description: string;
  remediation: string | null;
  score: number;
  confidence: number;
  file: string | null;
  start_line: number | null;
  end_line: number | null;
  start_col: number | null;
  end_col: number | null;
  snippet: string | null;
  trace: string | null;
  /** SCA details as JSON (package, versions, fix, reachability, paths). */
  sca: string | null;
  package_name: string | null;
  ecosystem: string | null;
  transitivity: 'direct' | 'transitive' | null;
  reachability: 'reachable' | 'not-reachable' | 'unknown' | null;
  lifecycle: 'open' | 'resolved';
  triage_status: string | null;
  status: string;
  v1_status: string;
  first_scan_id: string;
  last_scan_id: string;
  created_at: string;
  updated_at: string;
  last_seen_at: string;
  resolved_at: string | null;
  /** Org-shared free-form note (≤ 5,000 characters). */
  note: string | null;
  note_updated_at: string | null;
  note_updated_by: string | null;
  /** The human rationale of a NON_EXPLOITABLE decision. */
  non_exploitable_reason: string | null;
  /** A human severity change: rescans keep it (the scanner score is ignored while it is set). */
  score_override: number | null;
  triaged_by: string | null;
  triaged_at: string | null;
  /** Static (or LLM) validation: CONFIRMED | DISCONFIRMED | UNKNOWN, and why. */
  validation_verdict: string | null;
  validation_assessment: string | null;
  /** JSON {startLine, code}: the lines around the finding. */
  code_context: string | null;
  jira_issue_key: string | null;
  jira_issue_url: string | null;
  jira_issue_title: string | null;
  jira_title_fetched_at: string | null;
}

export interface ScanFindingsTable {
  scan_id: string;
  issue_id: string;
}

export interface ScanComponentsTable {
  scan_id: string;
  repository_id: string;
  ecosystem: string;
  name: string;
  version: string;
  purl: string | null;
  scope: string;
  direct: number;
  manifest_path: string;
}

export interface AdvisoriesTable {
  id: string;
  modified: string;
  withdrawn: number;
  /** The OSV record as JSON. */
  record: string;
}

export interface AdvisoryPackagesTable {
  ecosystem: string;
  name: string;
  advisory_id: string;
}

export interface AdvisoryImportsTable {
  id: string;
  finished_at: string;
  run: string;
}

/** Issue totals per repository and facet, refreshed with every ingest (NOTE(issue-counters)). */
export interface IssueCountsTable {
  org_id: string;
  repository_id: string;
  code_scan_type: string;
  category: string;
  status: string;
  v1_status: string;
  level: string;
  n: number;
}

export interface Database {
  users: UsersTable;
  organizations: OrganizationsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  repositories: RepositoriesTable;
  scans: ScansTable;
  scan_events: ScanEventsTable;
  scan_schedules: ScanSchedulesTable;
  issues: IssuesTable;
  scan_findings: ScanFindingsTable;
  scan_components: ScanComponentsTable;
  jobs: JobsTable;
  advisories: AdvisoriesTable;
  advisory_packages: AdvisoryPackagesTable;
  advisory_imports: AdvisoryImportsTable;
  issue_counts: IssueCountsTable;
  job_workers: JobWorkersTable;
  tags: TagsTable;
  repository_tags: RepositoryTagsTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  team_repo_grants: TeamRepoGrantsTable;
  team_tag_grants: TeamTagGrantsTable;
  permission_templates: PermissionTemplatesTable;
  issue_history: IssueHistoryTable;
  jira_settings: JiraSettingsTable;
  llm_settings: LlmSettingsTable;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** @nullpath/queue's job table (SQLite backend; PostgreSQL keeps only `done` records here). */
export interface JobsTable {
  id: string;
  kind: string;
  /** JSON text. */
  payload: string;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  run_at: string;
  locked_by: string | null;
  /** Lease end of a running job; a running job past it belongs to a dead worker and is claimed again. */
  locked_until: string | null;
  last_error: string | null;
  job_key: string | null;
  created_at: string;
  updated_at: string;
}

/** Heartbeats of PostgreSQL worker pools (graphile-worker pool ids). */
export interface JobWorkersTable {
  id: string;
  label: string;
  started_at: string;
  lease_until: string;
}

export interface TagsTable {
  id: string;
  org_id: string;
  name: string;
  name_lower: string;
  color: string | null;
  created_at: string;
  updated_at: string;
}

export interface RepositoryTagsTable {
  repository_id: string;
  tag_id: string;
}

export type RepoAccessMode = 'universal' | 'selected';

export interface TeamsTable {
  id: string;
  org_id: string;
  name: string;
  name_lower: string;
  description: string | null;
  /** JSON array of organization-level permission names. */
  org_permissions: string;
  repo_mode: RepoAccessMode;
  /** JSON array of repository-level permission names granted on the covered repositories. */
  repo_permissions: string;
  created_at: string;
  updated_at: string;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
  org_id: string;
  created_at: string;
}

export interface TeamRepoGrantsTable {
  team_id: string;
  repository_id: string;
}

export interface TeamTagGrantsTable {
  team_id: string;
  tag_id: string;
}

export interface PermissionTemplatesTable {
  id: string;
  org_id: string;
  name: string;
  name_lower: string;
  description: string | null;
  org_permissions: string;
  repo_mode: RepoAccessMode;
  repo_permissions: string;
  /** JSON arrays; ids that no longer exist are dropped when the template is applied. */
  repository_ids: string;
  tag_ids: string;
  is_default: number;
  created_at: string;
  updated_at: string;
}

export type Disposition =
  | 'FALSE_POSITIVE'
  | 'NON_EXPLOITABLE'
  | 'TRUE_POSITIVE'
  | 'SEVERITY_CHANGE'
  | 'STATUS_CHANGE'
  | 'ARCHIVED'
  | 'UNARCHIVED'
  | 'REOPENED'
  | 'NOTE';

export interface IssueHistoryTable {
  id: string;
  org_id: string;
  repository_id: string;
  issue_id: string;
  disposition: Disposition;
  rationale: string | null;
  from_value: string | null;
  to_value: string | null;
  actor_type: 'user' | 'api-token' | 'system';
  actor_id: string | null;
  actor_user_id: string | null;
  actor_email: string | null;
  created_at: string;
  /** Orders entries written in the same millisecond (a bulk action, two concurrent requests). */
  seq: number;
}

export interface JiraSettingsTable {
  org_id: string;
  site_url: string;
  account_email: string;
  /** Sealed with the server key (secret box); never returned. */
  api_token_enc: string;
  project_key: string;
  issue_type: string;
  /** JSON object: Jira field id → Nullpath value name (e.g. {"customfield_10020": "score"}). */
  field_mapping: string;
  /** Keyed hash of the webhook secret (shown once when generated). */
  webhook_secret_hash: string;
  updated_at: string;
}

/** An OpenAI-compatible chat-completions provider per organization (validation, later patches and chat). */
export interface LlmSettingsTable {
  org_id: string;
  base_url: string;
  model: string;
  /** Sealed; null for providers that need no key (a local server). */
  api_key_enc: string | null;
  validation_enabled: number;
  updated_at: string;
}
