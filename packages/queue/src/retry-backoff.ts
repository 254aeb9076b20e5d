export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_LEASE_MS = 60_000;
export const DEFAULT_POLL_MS = 250;

/**
 * Delay before the next attempt after attempt `attempt` failed. It is graphile-worker 0.17's own
 * curve (`exp(least(attempts, 10))` seconds in its failJobs SQL), reproduced so both backends retry
 * alike: 2.7 s, 7.4 s, 20 s, 55 s … capped at ≈6 h.
 */
export const retryDelayMs = (attempt: number): number => Math.round(Math.exp(Math.min(Math.max(attempt, 1), 10)) * 1000);

/** Error text stored as `last_error`; graphile-worker keeps the message the same way. */
export function errorMessage(err: unknown): string {
  const text = err instanceof Error ? err.message || String(err) : String(err);
  return (text || 'Non-error thrown').slice(0, 4000);
}
