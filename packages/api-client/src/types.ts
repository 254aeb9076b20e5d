import type {
  AcceptInvitationBodySchema,
  AddByUrlBodySchema,
  CreateScheduleBodySchema,
  DeleteRepositoryResponseSchema,
  DeleteScheduleResponseSchema,
  IssueGetBodySchema,
  IssueResponseSchema,
  IssueV2Schema,
  IssuesSearchBodySchema,
  IssuesSearchResponseSchema,
  ListSchedulesBodySchema,
  ListSchedulesResponseSchema,
  RepositoriesListBodySchema,
  RepositoriesListResponseSchema,
  RepositoryIdBodySchema,
  RepositoryResponseSchema,
  RepositorySchema,
  RepositoryWithPartitionsSchema,
  ScaDetailsSchema,
  ScanCountsSchema,
  ScanIdBodySchema,
  ScanResponseSchema,
  ScanSchema,
  ScanStatusSchema,
  ScanTypeSchema,
  ScansListBodySchema,
  ScansListResponseSchema,
  ScheduleIdBodySchema,
  ScheduleResponseSchema,
  ScheduleSchema,
  StartScanBodySchema,
  UpdateRepositoryBodySchema,
  UpdateRepositoryResponseSchema,
  UpdateScheduleBodySchema,
  AcceptInvitationResponseSchema,
  CreateTokenBodySchema,
  CreateTokenResponseSchema,
  DeleteTokenBodySchema,
  DeleteTokenResponseSchema,
  DescribeInvitationResponseSchema,
  InviteMemberBodySchema,
  InviteMemberResponseSchema,
  ListMembersBodySchema,
  ListMembersResponseSchema,
  ListTokensBodySchema,
  ListTokensResponseSchema,
  LoginBodySchema,
  MemberSchema,
  OkSchema,
  OrgSchema,
  OrgsListResponseSchema,
  RemoveMemberBodySchema,
  RemoveMemberResponseSchema,
  RoleSchema,
  SessionResponseSchema,
  TokenSchema,
  UpdateMemberRoleBodySchema,
  UpdateMemberRoleResponseSchema,
} from '@nullpath/contracts';
import type { z } from 'zod';

// Request bodies use the schemas' input side (what a caller may send); responses the output side.
export type LoginBody = z.input<typeof LoginBodySchema>;
export type Session = z.infer<typeof SessionResponseSchema>;
export type Ok = z.infer<typeof OkSchema>;

export type Role = z.infer<typeof RoleSchema>;
export type Org = z.infer<typeof OrgSchema>;
export type OrgsList = z.infer<typeof OrgsListResponseSchema>;

export type CreateTokenBody = z.input<typeof CreateTokenBodySchema>;
export type CreatedToken = z.infer<typeof CreateTokenResponseSchema>;
export type ListTokensBody = z.input<typeof ListTokensBodySchema>;
export type ApiToken = z.infer<typeof TokenSchema>;
export type TokenList = z.infer<typeof ListTokensResponseSchema>;
export type DeleteTokenBody = z.input<typeof DeleteTokenBodySchema>;
export type DeletedToken = z.infer<typeof DeleteTokenResponseSchema>;

export type ListMembersBody = z.input<typeof ListMembersBodySchema>;
export type Member = z.infer<typeof MemberSchema>;
export type MemberList = z.infer<typeof ListMembersResponseSchema>;
export type InviteMemberBody = z.input<typeof InviteMemberBodySchema>;
export type Invitation = z.infer<typeof InviteMemberResponseSchema>;
export type UpdateMemberRoleBody = z.input<typeof UpdateMemberRoleBodySchema>;
export type UpdatedMember = z.infer<typeof UpdateMemberRoleResponseSchema>;
export type RemoveMemberBody = z.input<typeof RemoveMemberBodySchema>;
export type RemovedMember = z.infer<typeof RemoveMemberResponseSchema>;

export type InvitationDescription = z.infer<typeof DescribeInvitationResponseSchema>;
export type AcceptInvitationBody = z.input<typeof AcceptInvitationBodySchema>;
export type AcceptedInvitation = z.infer<typeof AcceptInvitationResponseSchema>;

/**
 * `lenientArray` fields also accept a JSON-encoded string on the server (for the MCP client), so their
 * schema input is `unknown`; callers of this client always send real arrays.
 */
type WithArrays<T, A extends { [K in keyof T]?: readonly unknown[] }> = Omit<T, keyof A> & { [K in keyof A]?: A[K] };

export type Repository = z.infer<typeof RepositorySchema>;
export type RepositoryWithPartitions = z.infer<typeof RepositoryWithPartitionsSchema>;
export type ListRepositoriesBody = z.input<typeof RepositoriesListBodySchema>;
export type RepositoryList = z.infer<typeof RepositoriesListResponseSchema>;
export type AddRepositoryBody = WithArrays<z.input<typeof AddByUrlBodySchema>, { tags: string[] }>;
export type RepositoryResponse = z.infer<typeof RepositoryResponseSchema>;
export type RepositoryIdBody = z.input<typeof RepositoryIdBodySchema>;
export type UpdateRepositoryBody = WithArrays<z.input<typeof UpdateRepositoryBodySchema>, { tags: string[] }>;
export type UpdatedRepository = z.infer<typeof UpdateRepositoryResponseSchema>;
export type DeletedRepository = z.infer<typeof DeleteRepositoryResponseSchema>;

export type ScanType = z.infer<typeof ScanTypeSchema>;
export type ScanStatus = z.infer<typeof ScanStatusSchema>;
export type ScanCounts = z.infer<typeof ScanCountsSchema>;
export type Scan = z.infer<typeof ScanSchema>;
export type StartScanBody = z.input<typeof StartScanBodySchema>;
export type ScanResponse = z.infer<typeof ScanResponseSchema>;
export type ListScansBody = WithArrays<z.input<typeof ScansListBodySchema>, { repositoryIds: string[] }>;
export type ScanList = z.infer<typeof ScansListResponseSchema>;
export type ScanIdBody = z.input<typeof ScanIdBodySchema>;
export type SeverityLevelFilter = NonNullable<ListScansBody['severityLevel']>;

export type Schedule = z.infer<typeof ScheduleSchema>;
export type CreateScheduleBody = z.input<typeof CreateScheduleBodySchema>;
export type UpdateScheduleBody = z.input<typeof UpdateScheduleBodySchema>;
export type ScheduleIdBody = z.input<typeof ScheduleIdBodySchema>;
export type ListSchedulesBody = z.input<typeof ListSchedulesBodySchema>;
export type ScheduleResponse = z.infer<typeof ScheduleResponseSchema>;
export type ScheduleList = z.infer<typeof ListSchedulesResponseSchema>;
export type DeletedSchedule = z.infer<typeof DeleteScheduleResponseSchema>;

export type Issue = z.infer<typeof IssueV2Schema>;
export type IssueStatus = Issue['issueStatus'];
export type ScoreLevel = Issue['scoreLevel'];
export type VulnCategory = Issue['vulnCategory'];
export type TraceStep = Issue['trace'][number];
export type ScaDetails = z.infer<typeof ScaDetailsSchema>;
export type Reachability = ScaDetails['reachability'];
export type IssueSortBy = NonNullable<z.input<typeof IssuesSearchBodySchema>['sortBy']>;
export type SearchIssuesBody = WithArrays<
  z.input<typeof IssuesSearchBodySchema>,
  {
    statuses: IssueStatus[];
    scoreLevels: ScoreLevel[];
    repositoryIds: string[];
    languages: string[];
    vulnerabilityClasses: string[];
    codeScanTypes: ScanType[];
    vulnCategories: VulnCategory[];
  }
>;
export type IssueList = z.infer<typeof IssuesSearchResponseSchema>;
export type IssueGetBody = z.input<typeof IssueGetBodySchema>;
export type IssueResponse = z.infer<typeof IssueResponseSchema>;

/**
 * The data of the scan stream's Server-Sent Events (`GET /api/v2/scans/stream`); the route writes them
 * from the scan's event log and no contract schema describes them, so these mirror scan-stream.routes.ts.
 */
export interface ScanStreamPhaseEvent {
  scanId: string;
  at: string;
  phase: string;
  status: ScanStatus;
  /** Set when a cancel was requested while a worker runs the scan. */
  cancelRequested?: boolean;
}
export interface ScanStreamProgressEvent {
  scanId: string;
  at: string;
  phase: string;
  done: number;
  total: number;
}
export interface ScanStreamFinishedEvent {
  scanId: string;
  at: string;
  status: Extract<ScanStatus, 'COMPLETED' | 'FAILED' | 'CANCELLED'>;
  /** COMPLETED only. */
  counts?: ScanCounts;
  /** FAILED only. */
  error?: string;
}
