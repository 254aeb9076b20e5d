/**
 * Counts failed authentications per client address in a sliding window. Once an address exceeds
 * the limit it gets 429 (even with valid credentials) until its oldest failure leaves the window,
 * which stops online guessing without slowing legitimate traffic.
 */
export interface FailureLimiter {
  /** Seconds until the address may try again, or 0 when it is not blocked. */
  blockedFor(address: string): number;
  recordFailure(address: string): void;
}

export function createFailureLimiter(opts: { maxFailures: number; windowMs: number; now?: () => number }): FailureLimiter {
  const now = opts.now ?? Date.now;
  const failures = new Map<string, number[]>();

  const recent = (address: string): number[] => {
    const cutoff = now() - opts.windowMs;
    const list = (failures.get(address) ?? []).filter((t) => t > cutoff);
    if (list.length === 0) failures.delete(address);
    else failures.set(address, list);
    return list;
  };

  return {
    blockedFor(address) {
      const list = recent(address);
      if (list.length < opts.maxFailures) return 0;
      return Math.max(1, Math.ceil((list[0]! + opts.windowMs - now()) / 1000));
    },
    recordFailure(address) {
      const list = recent(address);
      list.push(now());
      // Bounded memory: an address never keeps more entries than the limit needs.
      failures.set(address, list.slice(-opts.maxFailures));
      if (failures.size > 100_000) failures.delete(failures.keys().next().value!);
    },
  };
}
