/**
 * Builds deferred story reports in the background of a running server, between requests, so
 * that a story's first read rarely pays for its report (an ingest that defers reports leaves
 * every touched story stale). Reads stay correct without it: `store` (withFreshReports) builds
 * a stale report on demand; this only moves the work ahead of the reader.
 * A few stories per turn of the event loop, so requests are served in between; when nothing is
 * stale, or nothing could be written back, it looks again after IDLE_MS. A story whose build
 * fails is not retried here (its readers still see the failure).
 */
import type { FreshReportStore } from '../store/fresh-report-store.js';

const IDLE_MS = 2000;
/** Stories built per turn (one write-back transaction): small, so requests wait little between turns. */
const CHUNK = 4;

export interface BackgroundBuilder {
  stop(): Promise<void>;
}

/** `fresh`: the store through withFreshReports. */
export function startStaleReportBuilder(fresh: FreshReportStore, idleMs = IDLE_MS): BackgroundBuilder {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const failed = new Set<string>();

  const tick = async (): Promise<void> => {
    let progress = false;
    try {
      // Progress only if reports were written back: while another process holds the write lock
      // (an ingest), they stay stale and the builder waits instead of spinning.
      const known = failed.size;
      if (!stopped) progress = (await fresh.buildStale(CHUNK, failed, failed)).written > 0 || failed.size > known;
    } catch {
      // The store is busy or closing: look again later.
    }
    schedule(progress ? 0 : idleMs);
  };
  const schedule = (ms: number): void => {
    if (stopped) return;
    // setTimeout even at 0 ms: requests waiting in the event loop go first.
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
