/**
 * Row types. Every timestamp is an ISO-8601 UTC string (`toISOString()`) and every flag an integer 0/1,
 * so one set of queries behaves identically on SQLite and PostgreSQL (NOTE(portable-types)).
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string | null;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  created_at: string;
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

export interface Database {
  users: UsersTable;
  organizations: OrganizationsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
}
