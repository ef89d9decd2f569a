/**
 * Where the offline library gets time from. Backoff, heartbeats and "saved at" times
 * all go through a Clock, so tests can run the schedule in virtual time and assert
 * what happens in what order, never how long it takes.
 */
export interface Clock {
  /** Milliseconds since the epoch, like Date.now(). */
  now(): number;
  /** Resolves after ms milliseconds, or as soon as the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, Math.max(0, ms));
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};

/**
 * A clock whose time moves only when something sleeps: each sleep jumps straight to its
 * end. A schedule of backoffs that would take hours runs in milliseconds, in order.
 */
export function virtualClock(start = Date.UTC(2026, 2, 3, 14, 3)): Clock & { advance(ms: number): void } {
  let time = start;
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
    async sleep(ms: number, signal?: AbortSignal) {
      // A macrotask, so that other work (IndexedDB callbacks, other tabs) can run first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      // A sleep cut short by other work does not move time on.
      if (!signal?.aborted) time += Math.max(0, ms);
    },
  };
}
