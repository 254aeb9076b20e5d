import { type Actor, AppError, generateTokenSecret, newId, notFound } from '@nullpath/core';
import { type ApiTokenRow, tokensRepo, withTx } from '@nullpath/db';
import type { AccessResolver } from '../access/access';
import { writeAudit } from '../audit/audit.service';
import type { CoreDeps } from '../shared/deps';
import { keyedHash } from '../shared/keyed-hash';
import { DAY_MS, addMs, iso } from '../shared/time';

export const TOKEN_DEFAULT_DAYS = 30;
export const TOKEN_MAX_DAYS = 365;
export const TOKEN_NAME_MAX = 100;

export interface CreatedToken {
  tokenId: string;
  tokenSecret: string;
  name: string | null;
  organizationId: string;
  createdAt: string;
  expiresAt: string;
}

export interface TokenView {
  tokenId: string;
  name: string | null;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  creator: { userId: string; email: string };
  status: 'active' | 'expired';
}

export function validateTokenInput(input: { name?: string | null; expirationDays?: number }): {
  name: string | null;
  days: number;
} {
  const days = input.expirationDays ?? TOKEN_DEFAULT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > TOKEN_MAX_DAYS) {
    throw new AppError('VALIDATION_FAILED', `expirationDays: must be a whole number from 1 to ${TOKEN_MAX_DAYS}`, {
      details: { field: 'expirationDays' },
    });
  }
  const name = input.name?.trim() || null;
  if (name !== null && name.length > TOKEN_NAME_MAX) {
    throw new AppError('VALIDATION_FAILED', `name: must be at most ${TOKEN_NAME_MAX} characters`, {
      details: { field: 'name' },
    });
  }
  return { name, days };
}

export function createTokensService(deps: Pick<CoreDeps, 'db' | 'clock' | 'secretKey'> & { access: AccessResolver }) {
  const { db, clock, secretKey, access } = deps;

  /** Inserts a token for `userId` in `orgId`; callers have checked membership. */
  async function issue(
    actor: Actor | null,
    params: { orgId: string; userId: string; name: string | null; expiresAt: Date; ip?: string | null },
  ): Promise<CreatedToken> {
    const tokenSecret = generateTokenSecret();
    const now = clock();
    const row: ApiTokenRow = {
      id: newId(),
      org_id: params.orgId,
      user_id: params.userId,
      name: params.name,
      secret_hash: keyedHash(secretKey, tokenSecret),
      created_at: iso(now),
      expires_at: iso(params.expiresAt),
      last_used_at: null,
    };
    await withTx(db, async (tx) => {
      await tokensRepo.insertToken(tx, row);
      await writeAudit(tx, actor, {
        orgId: params.orgId,
        action: 'token.created',
        targetType: 'api_token',
        targetId: row.id,
        ip: params.ip ?? null,
        details: { name: params.name, expiresAt: row.expires_at, userId: params.userId },
      });
    });
    return {
      tokenId: row.id,
      tokenSecret,
      name: row.name,
      organizationId: row.org_id,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    };
  }

  return {
    issue,

    async create(
      actor: Actor,
      input: { organizationId?: string; name?: string | null; expirationDays?: number; ip?: string | null },
    ): Promise<CreatedToken> {
      const { name, days } = validateTokenInput(input);
      const acc = await access.require(actor, null, input.organizationId);
      let expiresAt = addMs(clock(), days * DAY_MS);
      if (actor.kind === 'api-token') {
        // A token-created token never outlives its parent, so a leaked token cannot extend itself.
        const parent = await tokensRepo.findToken(db, acc.orgId, actor.tokenId);
        if (parent && Date.parse(parent.expires_at) < expiresAt.getTime()) expiresAt = new Date(parent.expires_at);
      }
      return issue(actor, { orgId: acc.orgId, userId: actor.userId, name, expiresAt, ip: input.ip ?? null });
    },

    /** Members see their own tokens; TOKENS_MANAGE holders see every token in the org. */
    async list(actor: Actor, input: { organizationId?: string }): Promise<TokenView[]> {
      const acc = await access.require(actor, null, input.organizationId);
      const all = acc.permissions.has('TOKENS_MANAGE');
      const rows = await tokensRepo.listTokens(db, acc.orgId, all ? undefined : actor.userId);
      const now = iso(clock());
      return rows.map((r) => ({
        tokenId: r.id,
        name: r.name,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        lastUsedAt: r.last_used_at,
        creator: { userId: r.user_id, email: r.creator_email },
        status: r.expires_at <= now ? 'expired' : 'active',
      }));
    },

    async delete(actor: Actor, input: { organizationId?: string; tokenId: string; ip?: string | null }): Promise<void> {
      const acc = await access.require(actor, null, input.organizationId);
      const row = await tokensRepo.findToken(db, acc.orgId, input.tokenId);
      if (!row) throw notFound('API token', input.tokenId);
      if (row.user_id !== actor.userId && !acc.permissions.has('TOKENS_MANAGE')) {
        throw new AppError('FORBIDDEN', "Deleting another member's API token requires the TOKENS_MANAGE permission", {
          details: { permission: 'TOKENS_MANAGE' },
        });
      }
      await withTx(db, async (tx) => {
        await tokensRepo.deleteToken(tx, row.id);
        await writeAudit(tx, actor, {
          orgId: acc.orgId,
          action: 'token.deleted',
          targetType: 'api_token',
          targetId: row.id,
          ip: input.ip ?? null,
          details: { name: row.name, userId: row.user_id },
        });
      });
    },
  };
}

export type TokensService = ReturnType<typeof createTokensService>;
