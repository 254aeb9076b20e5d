import type { Db } from '@nullpath/db';

/** Enqueues a background job inside the caller's transaction (the queue package implements it). */
export type EnqueueJob = (
  tx: Db,
  kind: string,
  payload: Record<string, unknown>,
  opts?: { runAt?: Date; maxAttempts?: number; jobKey?: string },
) => Promise<void>;

export interface GitCredentials {
  username?: string;
  password: string;
}

/** Talks to a git remote without cloning (the server wires system git). */
export interface GitProbe {
  /** The remote's default branch; throws a readable Error when the remote cannot be reached. */
  defaultBranch(url: string, credentials: GitCredentials | null): Promise<string>;
}

/**
 * Outbound HTTP for integrations (Jira, webhooks, LLM providers): the server wires the one guard that
 * refuses internal addresses unless an administrator allowed them. Same contract as `fetch`.
 */
export type OutboundFetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<{
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;
