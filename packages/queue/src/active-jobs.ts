interface ActiveJob {
  controller: AbortController;
  settled: Promise<void>;
}

/**
 * The jobs running in one runner, so that stop() can abort their signals and then wait for them, including
 * the bookkeeping that records their outcome. The embedded runner also aborts one job whose lease it lost.
 */
export class ActiveJobs {
  private readonly jobs = new Map<string, ActiveJob>();
  private stopReason: Error | undefined;

  get size(): number {
    return this.jobs.size;
  }

  ids(): string[] {
    return [...this.jobs.keys()];
  }

  /** Runs `work` with a fresh signal (already aborted when stopping); settles with it. */
  run(jobId: string, work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const controller = new AbortController();
    if (this.stopReason) controller.abort(this.stopReason);
    // Registered before `work` starts, so work that throws synchronously still unregisters.
    const entry: ActiveJob = { controller, settled: Promise.resolve() };
    this.jobs.set(jobId, entry);
    const done = (async () => {
      try {
        await work(controller.signal);
      } finally {
        this.jobs.delete(jobId);
      }
    })();
    entry.settled = done.catch(() => undefined);
    return done;
  }

  abort(jobId: string, reason: Error): void {
    this.jobs.get(jobId)?.controller.abort(reason);
  }

  /** Aborts every running job (and any started later) and waits until all have settled. */
  async abortAllAndWait(reason: Error): Promise<void> {
    this.stopReason = reason;
    for (const job of this.jobs.values()) job.controller.abort(reason);
    await Promise.all([...this.jobs.values()].map((j) => j.settled));
  }
}
