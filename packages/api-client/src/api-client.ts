import { ApiError, errorFromResponse } from './api-error';
import type {
  CreateJiraIssueBody,
  IssueHistory,
  IssueHistoryBody,
  IssueIdsOptionalReasonBody,
  IssueIdsReasonBody,
  JiraLink,
  LinkJiraIssueBody,
  TriageHistory,
  TriageHistoryBody,
  TriageResult,
  UpdateNoteBody,
  UpdateNoteResponse,
  UpdateSeverityBody,
  UpdateStatusBody,
} from './triage-types';
import type {
  AcceptInvitationBody,
  AcceptedInvitation,
  AddRepositoryBody,
  CreateScheduleBody,
  CreateTokenBody,
  CreatedToken,
  DeleteTokenBody,
  DeletedRepository,
  DeletedSchedule,
  DeletedToken,
  InvitationDescription,
  Invitation,
  InviteMemberBody,
  IssueGetBody,
  IssueList,
  IssueResponse,
  ListMembersBody,
  ListRepositoriesBody,
  ListScansBody,
  ListSchedulesBody,
  ListTokensBody,
  LoginBody,
  MemberList,
  Ok,
  OrgsList,
  RemoveMemberBody,
  RemovedMember,
  RepositoryIdBody,
  RepositoryList,
  RepositoryResponse,
  ScanIdBody,
  ScanList,
  ScanResponse,
  ScheduleIdBody,
  ScheduleList,
  ScheduleResponse,
  SearchIssuesBody,
  Session,
  StartScanBody,
  TokenList,
  UpdateMemberRoleBody,
  UpdateRepositoryBody,
  UpdateScheduleBody,
  UpdatedMember,
  UpdatedRepository,
} from './types';
import type * as T from './teams.types';

/**
 * How calls authenticate. `session`: the browser sends the httpOnly cookie itself; every POST echoes the
 * CSRF token. `token`: the two ZeroPath headers (api-compat.md §1.1). `none`: public calls only
 * (login, session probe, invitations).
 */
export type ApiAuth =
  | { kind: 'session'; csrfToken: string }
  | { kind: 'token'; tokenId: string; tokenSecret: string }
  | { kind: 'none' };

export interface ApiClientOptions {
  /** Server origin, e.g. `https://nullpath.example.com`; `''` for same-origin calls from the dashboard. */
  baseUrl: string;
  auth?: ApiAuth;
  fetch?: typeof fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export function createApiClient(options: ApiClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const auth: ApiAuth = options.auth ?? { kind: 'none' };
  const doFetch = options.fetch ?? ((input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init));

  function authHeaders(method: 'GET' | 'POST'): Record<string, string> {
    if (auth.kind === 'token') {
      return { 'X-ZeroPath-API-Token-Id': auth.tokenId, 'X-ZeroPath-API-Token-Secret': auth.tokenSecret };
    }
    if (auth.kind === 'session' && method === 'POST') return { 'X-CSRF-Token': auth.csrfToken };
    return {};
  }

  async function call<T>(method: 'GET' | 'POST', path: string, body: unknown, opts: CallOptions | undefined): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders(method) };
    const init: RequestInit = { method, headers, credentials: 'same-origin' };
    if (method === 'POST') {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body ?? {});
    }
    if (opts?.signal) init.signal = opts.signal;

    let res: Response;
    let text: string;
    try {
      res = await doFetch(`${baseUrl}${path}`, init);
      text = await res.text();
    } catch (err) {
      if (opts?.signal?.aborted) throw err;
      const reason = err instanceof Error ? err.message : String(err);
      throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: `Could not reach the server (${reason})`, requestId: '' });
    }
    const requestId = res.headers.get('x-request-id');
    if (!res.ok) throw errorFromResponse(res.status, requestId, text);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ApiError({
        status: res.status,
        code: 'INVALID_RESPONSE',
        message: `The server answered ${method} ${path} with something that is not JSON`,
        requestId: requestId ?? '',
      });
    }
  }

  const post = <T>(path: string, body: unknown, opts?: CallOptions) => call<T>('POST', path, body, opts);

  /**
   * The Server-Sent Events URL of one scan's progress. EventSource cannot send headers, so this suits
   * `session` auth (the cookie goes along) and not `token` auth.
   */
  const scanStreamUrl = (query: { scanId: string; organizationId?: string }) => {
    const params = new URLSearchParams({ scanId: query.scanId });
    if (query.organizationId !== undefined) params.set('organizationId', query.organizationId);
    return `${baseUrl}/api/v2/scans/stream?${params.toString()}`;
  };

  return {
    auth: {
      login: (body: LoginBody, opts?: CallOptions) => post<Session>('/auth/login', body, opts),
      /** The current session; rejects with status 401 when not signed in. */
      session: (opts?: CallOptions) => call<Session>('GET', '/auth/session', undefined, opts),
      logout: (opts?: CallOptions) => post<Ok>('/auth/logout', {}, opts),
    },
    orgs: {
      /** V1: a bare array (api-compat.md §4.2 #1). */
      list: (body: { searchQuery?: string } = {}, opts?: CallOptions) => post<OrgsList>('/api/v1/orgs/list', body, opts),
    },
    apiTokens: {
      create: (body: CreateTokenBody, opts?: CallOptions) => post<CreatedToken>('/api/v2/apiTokens/create', body, opts),
      list: (body: ListTokensBody, opts?: CallOptions) => post<TokenList>('/api/v2/apiTokens/list', body, opts),
      delete: (body: DeleteTokenBody, opts?: CallOptions) => post<DeletedToken>('/api/v2/apiTokens/delete', body, opts),
    },
    members: {
      list: (body: ListMembersBody, opts?: CallOptions) => post<MemberList>('/api/v2/organizations/listMembers', body, opts),
      invite: (body: InviteMemberBody, opts?: CallOptions) => post<Invitation>('/api/v2/organizations/inviteMember', body, opts),
      updateRole: (body: UpdateMemberRoleBody, opts?: CallOptions) =>
        post<UpdatedMember>('/api/v2/organizations/updateMemberRole', body, opts),
      remove: (body: RemoveMemberBody, opts?: CallOptions) => post<RemovedMember>('/api/v2/organizations/removeMember', body, opts),
    },
    invitations: {
      describe: (body: { token: string }, opts?: CallOptions) =>
        post<InvitationDescription>('/api/v2/invitations/describe', body, opts),
      accept: (body: AcceptInvitationBody, opts?: CallOptions) => post<AcceptedInvitation>('/api/v2/invitations/accept', body, opts),
    },
    repositories: {
      list: (body: ListRepositoriesBody, opts?: CallOptions) => post<RepositoryList>('/api/v2/repositories/list', body, opts),
      /** 400 names the offending field; 409 when the URL is already added. */
      addByUrl: (body: AddRepositoryBody, opts?: CallOptions) => post<RepositoryResponse>('/api/v2/repositories/addByUrl', body, opts),
      get: (body: RepositoryIdBody, opts?: CallOptions) => post<RepositoryResponse>('/api/v2/repositories/get', body, opts),
      /** `credentials: null` removes stored credentials. */
      update: (body: UpdateRepositoryBody, opts?: CallOptions) => post<UpdatedRepository>('/api/v2/repositories/update', body, opts),
      delete: (body: RepositoryIdBody, opts?: CallOptions) => post<DeletedRepository>('/api/v2/repositories/delete', body, opts),
    },
    scans: {
      /** 409 while a full scan of the same branch is queued or running; the message names it. */
      start: (body: StartScanBody, opts?: CallOptions) => post<ScanResponse>('/api/v2/scans/start', body, opts),
      list: (body: ListScansBody, opts?: CallOptions) => post<ScanList>('/api/v2/scans/list', body, opts),
      get: (body: ScanIdBody, opts?: CallOptions) => post<ScanResponse>('/api/v2/scans/get', body, opts),
      cancel: (body: ScanIdBody, opts?: CallOptions) => post<ScanResponse>('/api/v2/scans/cancel', body, opts),
      streamUrl: scanStreamUrl,
    },
    schedules: {
      create: (body: CreateScheduleBody, opts?: CallOptions) => post<ScheduleResponse>('/api/v2/scans/schedules/create', body, opts),
      list: (body: ListSchedulesBody, opts?: CallOptions) => post<ScheduleList>('/api/v2/scans/schedules/list', body, opts),
      update: (body: UpdateScheduleBody, opts?: CallOptions) => post<ScheduleResponse>('/api/v2/scans/schedules/update', body, opts),
      delete: (body: ScheduleIdBody, opts?: CallOptions) => post<DeletedSchedule>('/api/v2/scans/schedules/delete', body, opts),
    },
    teams: {
      create: (body: T.CreateTeamBody, opts?: CallOptions) => post<T.TeamResponse>('/api/v2/teams/create', body, opts),
      list: (body: T.ListTeamsBody, opts?: CallOptions) => post<T.TeamList>('/api/v2/teams/list', body, opts),
      get: (body: T.TeamIdBody, opts?: CallOptions) => post<T.TeamResponse>('/api/v2/teams/get', body, opts),
      update: (body: T.UpdateTeamBody, opts?: CallOptions) => post<T.TeamResponse>('/api/v2/teams/update', body, opts),
      delete: (body: T.TeamIdBody, opts?: CallOptions) => post<T.DeletedTeam>('/api/v2/teams/delete', body, opts),
      addMembers: (body: T.TeamMembersBody, opts?: CallOptions) => post<T.TeamResponse>('/api/v2/teams/addMembers', body, opts),
      removeMembers: (body: T.TeamMembersBody, opts?: CallOptions) => post<T.TeamResponse>('/api/v2/teams/removeMembers', body, opts),
      updatePermissions: (body: T.UpdateTeamPermissionsBody, opts?: CallOptions) =>
        post<T.Grants>('/api/v2/teams/updatePermissions', body, opts),
    },
    permissionTemplates: {
      list: (body: { organizationId?: string }, opts?: CallOptions) =>
        post<T.PermissionTemplateList>('/api/v2/permissionTemplates/list', body, opts),
      create: (body: T.CreatePermissionTemplateBody, opts?: CallOptions) =>
        post<T.PermissionTemplateResponse>('/api/v2/permissionTemplates/create', body, opts),
      apply: (body: T.ApplyPermissionTemplateBody, opts?: CallOptions) =>
        post<T.AppliedPermissionTemplate>('/api/v2/permissionTemplates/apply', body, opts),
    },
    tags: {
      create: (body: T.CreateTagBody, opts?: CallOptions) => post<T.TagResponse>('/api/v2/tags/create', body, opts),
      list: (body: T.ListTagsBody, opts?: CallOptions) => post<T.TagList>('/api/v2/tags/list', body, opts),
      update: (body: T.UpdateTagBody, opts?: CallOptions) => post<T.TagResponse>('/api/v2/tags/update', body, opts),
      /** 403 while a team grant uses the tag. */
      delete: (body: T.TagIdBody, opts?: CallOptions) => post<T.DeletedTag>('/api/v2/tags/delete', body, opts),
    },
    permissions: {
      list: (body: { organizationId?: string }, opts?: CallOptions) => post<T.PermissionCatalogue>('/api/v2/permissions/list', body, opts),
    },
    organizations: {
      create: (body: T.CreateOrgBody, opts?: CallOptions) => post<T.OrgResponse>('/api/v2/organizations/create', body, opts),
      update: (body: T.UpdateOrgBody, opts?: CallOptions) => post<T.OrgResponse>('/api/v2/organizations/update', body, opts),
      delete: (body: T.DeleteOrgBody, opts?: CallOptions) => post<T.DeletedOrg>('/api/v2/organizations/delete', body, opts),
      getSettings: (body: { organizationId?: string }, opts?: CallOptions) =>
        post<T.OrgSettings>('/api/v2/organizations/getSettings', body, opts),
      updateSettings: (body: T.UpdateOrgSettingsBody, opts?: CallOptions) =>
        post<T.OrgSettings>('/api/v2/organizations/updateSettings', body, opts),
    },
    auditLog: {
      list: (body: T.AuditLogListBody, opts?: CallOptions) => post<T.AuditLogList>('/api/v2/auditLog/list', body, opts),
    },
    issues: {
      search: (body: SearchIssuesBody, opts?: CallOptions) => post<IssueList>('/api/v2/issues/search', body, opts),
      get: (body: IssueGetBody, opts?: CallOptions) => post<IssueResponse>('/api/v2/issues/get', body, opts),
    },
    triage: {
      updateStatus: (body: UpdateStatusBody, opts?: CallOptions) => post<TriageResult>('/api/v2/issues/updateStatus', body, opts),
      updateSeverity: (body: UpdateSeverityBody, opts?: CallOptions) => post<TriageResult>('/api/v2/issues/updateSeverity', body, opts),
      archive: (body: IssueIdsReasonBody, opts?: CallOptions) => post<TriageResult>('/api/v2/issues/archive', body, opts),
      unarchive: (body: IssueIdsOptionalReasonBody, opts?: CallOptions) => post<TriageResult>('/api/v2/issues/unarchive', body, opts),
      markFalsePositive: (body: IssueIdsReasonBody, opts?: CallOptions) => post<TriageResult>('/api/v2/issues/markFalsePositive', body, opts),
      markTruePositive: (body: IssueIdsOptionalReasonBody, opts?: CallOptions) => post<TriageResult>('/api/v2/issues/markTruePositive', body, opts),
      markNonExploitable: (body: IssueIdsReasonBody, opts?: CallOptions) => post<TriageResult>('/api/v2/issues/markNonExploitable', body, opts),
      updateNote: (body: UpdateNoteBody, opts?: CallOptions) => post<UpdateNoteResponse>('/api/v2/issues/updateNote', body, opts),
      history: (body: IssueHistoryBody, opts?: CallOptions) => post<IssueHistory>('/api/v2/issues/history', body, opts),
      triageHistory: (body: TriageHistoryBody, opts?: CallOptions) => post<TriageHistory>('/api/v2/issues/triageHistory', body, opts),
      createJiraIssue: (body: CreateJiraIssueBody, opts?: CallOptions) => post<JiraLink>('/api/v2/issues/createJiraIssue', body, opts),
      linkJiraIssue: (body: LinkJiraIssueBody, opts?: CallOptions) => post<JiraLink>('/api/v2/issues/linkJiraIssue', body, opts),
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
