import {
  AppError,
  type OrgId,
  type TokenActor,
  type TokenId,
  type UserActor,
  type UserId,
  isRole,
  isUuid,
  isWellFormedTokenSecret,
} from '@nullpath/core';
import { sessionsRepo, tokensRepo, usersRepo } from '@nullpath/db';
import { writeAudit } from '../audit/audit.service';
import type { CoreDeps } from '../shared/deps';
import { keyedHash, randomToken, safeEqualHex } from '../shared/keyed-hash';
import { DAY_MS, addMs, iso } from '../shared/time';
import { hashPassword, verifyPassword } from './passwords';

let dummy: Promise<string> | undefined;
const dummyHash = (): Promise<string> => (dummy ??= hashPassword(randomToken()));

/** One message for every token failure: no hint which part was wrong. */
export const INVALID_CREDENTIALS = 'Invalid, expired or missing API token';
const SESSION_TTL_MS = 7 * DAY_MS;
/** lastUsedAt is written at most this often per token, keeping the hot path read-only. */
const TOUCH_INTERVAL_MS = 10_000;

export interface SessionInfo {
  /** The cookie value; only its keyed hash is stored. */
  sessionSecret: string;
  csrfToken: string;
  expiresAt: string;
  user: { id: string; email: string; name: string | null };
}

export function createAuthService(deps: Pick<CoreDeps, 'db' | 'clock' | 'secretKey'>) {
  const { db, clock, secretKey } = deps;
  const unauthorized = () => new AppError('UNAUTHORIZED', INVALID_CREDENTIALS);
  const csrfFor = (sessionSecret: string) => keyedHash(secretKey, `csrf:${sessionSecret}`);

  async function createSession(user: { id: string; email: string; name: string | null }): Promise<SessionInfo> {
    const sessionSecret = randomToken();
    const expiresAt = iso(addMs(clock(), SESSION_TTL_MS));
    await sessionsRepo.insertSession(db, {
      id_hash: keyedHash(secretKey, sessionSecret),
      user_id: user.id,
      created_at: iso(clock()),
      expires_at: expiresAt,
    });
    return { sessionSecret, csrfToken: csrfFor(sessionSecret), expiresAt, user };
  }

  return {
    createSession,

    async login(email: string, password: string): Promise<SessionInfo> {
      const user = await usersRepo.findUserByEmail(db, email);
      // An unknown email still pays for one argon2 verify, so timing does not reveal which emails exist.
      const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), password);
      if (!user?.password_hash || !ok) {
        throw new AppError('UNAUTHORIZED', 'Invalid email or password');
      }
      return createSession({ id: user.id, email: user.email, name: user.name });
    },

    async logout(sessionSecret: string): Promise<void> {
      await sessionsRepo.deleteSession(db, keyedHash(secretKey, sessionSecret));
    },

    /** The user behind a session cookie, or null when unknown or expired. */
    async userForSession(sessionSecret: string): Promise<(UserActor & { csrfToken: string; name: string | null }) | null> {
      if (sessionSecret.length < 20 || sessionSecret.length > 100) return null;
      const row = await sessionsRepo.findSessionUser(db, keyedHash(secretKey, sessionSecret));
      if (!row || row.expires_at <= iso(clock())) return null;
      return { kind: 'user', userId: row.user_id as UserId, email: row.email, name: row.name, csrfToken: csrfFor(sessionSecret) };
    },

    csrfMatches(sessionSecret: string, presented: string | undefined): boolean {
      return presented !== undefined && safeEqualHex(csrfFor(sessionSecret), presented);
    },

    /**
     * Authenticates the two ZeroPath headers. Every failure is the same 401; an expired token's
     * rejection is audited (it is the one failure with a known owner worth telling).
     */
    async authenticateToken(tokenId: string, secret: string, ip: string | null): Promise<TokenActor> {
      if (!isUuid(tokenId) || !isWellFormedTokenSecret(secret)) throw unauthorized();
      const row = await tokensRepo.findTokenForAuth(db, tokenId.toLowerCase());
      if (!row || !safeEqualHex(row.secret_hash, keyedHash(secretKey, secret))) throw unauthorized();
      const now = clock();
      if (row.expires_at <= iso(now)) {
        await writeAudit(db, null, {
          orgId: row.org_id,
          action: 'token.rejected_expired',
          targetType: 'api_token',
          targetId: row.id,
          ip,
        });
        throw unauthorized();
      }
      if (row.member_status !== 'active' || !isRole(row.member_role)) throw unauthorized();
      if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= TOUCH_INTERVAL_MS) {
        await tokensRepo.touchToken(db, row.id, iso(now));
      }
      return {
        kind: 'api-token',
        tokenId: row.id as TokenId,
        userId: row.user_id as UserId,
        email: row.email,
        orgId: row.org_id as OrgId,
        role: row.member_role,
      };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
