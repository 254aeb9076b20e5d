/** Lets an idle poll loop sleep until a timeout or until someone (enqueue, a freed slot, stop) wakes it. */
export class WakeSignal {
  private wakers = new Set<() => void>();
  private pending = false;

  notify(): void {
    // A wake that arrives while the loop is busy must not be lost: the next wait returns at once.
    if (this.wakers.size === 0) this.pending = true;
    for (const wake of this.wakers) wake();
  }

  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }
}
