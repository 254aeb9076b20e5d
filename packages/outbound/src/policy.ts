import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { canonicalHost, classifyAddress, isLocalhostName } from './address';

/** Instance settings for outbound requests (NULLPATH_ALLOW_LOCAL_REPOS, NULLPATH_GIT_HOST_ALLOWLIST). */
export interface OutboundPolicy {
  /** Admits file:// and hosts resolving to local addresses (on-premise installs, test suites). */
  allowLocal: boolean;
  /** Host names admitted whatever they resolve to (named internal Git servers). */
  allowHosts: readonly string[];
  /**
   * Directories whose file:// repositories are admitted even when local repositories are not: the
   * server's own first-start demo repository lives in its data directory. Nothing a caller controls.
   */
  allowLocalPaths?: readonly string[];
}

export const STRICT_POLICY: OutboundPolicy = { allowLocal: false, allowHosts: [] };

/** Reads the two instance settings; the caller's config loader owns the environment. */
export function policyFromEnv(env: Record<string, string | undefined>): OutboundPolicy {
  const flag = (env.NULLPATH_ALLOW_LOCAL_REPOS ?? '').trim().toLowerCase();
  return {
    allowLocal: flag === '1' || flag === 'true' || flag === 'yes',
    allowHosts: (env.NULLPATH_GIT_HOST_ALLOWLIST ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
  };
}

/** A refused destination. The message names the rule and is safe to show to the caller. */
export class OutboundRefusedError extends Error {
  override name = 'OutboundRefusedError';
}

/** The destination did not answer; deliberately without the remote's reply (no port scanning by error text). */
export class OutboundUnreachableError extends Error {
  override name = 'OutboundUnreachableError';
  constructor() {
    super('could not reach the repository');
  }
}

const HINT = 'set NULLPATH_ALLOW_LOCAL_REPOS=1 to allow local repositories';

export interface CheckedHost {
  host: string;
  /** Every address the host resolved to, each checked; connect to one of these, never re-resolve. */
  addresses: { address: string; family: 4 | 6 }[];
}

export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;
const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

/**
 * Resolves `rawHost` and checks every address against the policy. An allow-listed name is admitted
 * as resolved; `allowLocal` admits everything. Throws OutboundRefusedError naming the rule.
 */
export async function checkHost(rawHost: string, policy: OutboundPolicy, resolve: Resolver = systemResolver): Promise<CheckedHost> {
  const host = canonicalHost(rawHost);
  const literal = isIP(host);
  const trusted = policy.allowLocal || policy.allowHosts.includes(host);
  if (!literal && !trusted && isLocalhostName(host)) {
    throw new OutboundRefusedError(`url: host '${host}' is a loopback name; ${HINT}`);
  }
  let resolved: { address: string; family: number }[];
  if (literal) resolved = [{ address: host, family: literal }];
  else {
    try {
      resolved = await resolve(host);
    } catch {
      throw new OutboundUnreachableError();
    }
  }
  if (resolved.length === 0) throw new OutboundUnreachableError();
  if (!trusted) {
    for (const r of resolved) {
      const cls = classifyAddress(r.address);
      if (cls) {
        const article = /^[aeiou]/.test(cls) ? 'an' : 'a';
        throw new OutboundRefusedError(`url: host resolves to ${r.address}, ${article} ${cls} address; ${HINT}`);
      }
    }
  }
  return { host, addresses: resolved.map((r) => ({ address: r.address, family: r.family === 6 ? 6 : 4 })) };
}
