/**
 * Per-host politeness: at most `concurrency` requests in flight per host, and at least `delayMs`
 * between the starts of two requests to the same host. A FIFO queue per host; no timers are left
 * behind when the queue is empty.
 */
export interface HostLimiter {
  /** Waits for a slot on the host; call the returned function when the request is done. */
  acquire(host: string): Promise<() => void>;
}

interface HostState { active: number; lastStart: number; queue: (() => void)[]; timer: ReturnType<typeof setTimeout> | null }

export function createHostLimiter(opts: { concurrency: number; delayMs: number; delayFor?: (host: string) => number }): HostLimiter {
  const hosts = new Map<string, HostState>();
  const concurrency = Math.max(1, opts.concurrency);

  function pump(host: string, st: HostState): void {
    if (st.timer || st.queue.length === 0 || st.active >= concurrency) return;
    const delay = Math.max(opts.delayMs, opts.delayFor?.(host) ?? 0);
    const wait = st.lastStart + delay - Date.now();
    if (wait > 0) {
      st.timer = setTimeout(() => { st.timer = null; pump(host, st); }, wait);
      return;
    }
    const next = st.queue.shift();
    if (!next) return;
    st.active++;
    st.lastStart = Date.now();
    next();
    pump(host, st);
  }

  return {
    acquire(host: string): Promise<() => void> {
      let st = hosts.get(host);
      if (!st) { st = { active: 0, lastStart: 0, queue: [], timer: null }; hosts.set(host, st); }
      const state = st;
      return new Promise((resolve) => {
        state.queue.push(() => {
          let released = false;
          resolve(() => {
            if (released) return;
            released = true;
            state.active--;
            pump(host, state);
          });
        });
        pump(host, state);
      });
    },
  };
}
