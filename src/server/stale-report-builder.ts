/**
 * Builds deferred story reports in the background of a running server, between requests, so
 * that a story's first read rarely pays for its report (an ingest that defers reports leaves
 * every touched story stale). Reads stay correct without it: `store` (withFreshReports) builds
 * a stale report on demand; this only moves the work ahead of the reader.
 * One story per turn of the event loop, so requests are served in between; when nothing is
 * stale, or nothing could be written back, it looks again after IDLE_MS. A story whose build fails is not retried here (its
 * readers still see the failure).
 */
import type { Store } from '../store/store.js';

const IDLE_MS = 2000;
const CHUNK = 20;

export interface BackgroundBuilder {
  stop(): Promise<void>;
}

/** `raw`: the store itself (to list stale stories); `fresh`: the same store through withFreshReports. */
export function startStaleReportBuilder(raw: Store, fresh: Store, idleMs = IDLE_MS): BackgroundBuilder {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const failed = new Set<string>();

  const tick = async (): Promise<void> => {
    let busy = false;
    try {
      const ids = (await raw.staleStories({ limit: CHUNK + failed.size })).filter((id) => !failed.has(id)).slice(0, CHUNK);
      for (const id of ids) {
        if (stopped) return;
        try {
          await fresh.getStory(id);
          // Progress only if it was written back: while another process holds the write lock
          // (an ingest), the reports stay stale and the builder waits instead of spinning.
          if ((await raw.staleStories({ ids: [id] })).length === 0) busy = true;
        } catch {
          failed.add(id);
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch {
      // The store is busy or closing: look again later.
    }
    schedule(busy ? 0 : idleMs);
  };
  const schedule = (ms: number): void => {
    if (stopped) return;
    timer = setTimeout(() => { running = tick(); }, ms);
    // Never keeps the process alive on its own.
    timer.unref();
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
