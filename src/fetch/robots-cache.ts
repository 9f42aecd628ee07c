import type { Fetcher } from './fetch-types.js';
import { ALLOW_ALL, parseRobots, type RobotsRules } from './robots-parser.js';

/**
 * robots.txt per origin, fetched once and cached (as a promise, so concurrent requests share
 * the one fetch). A missing file (4xx) or a failed fetch allows everything; 5xx also allows,
 * a deliberate leniency for a tool that fetches a few pages a user asked for.
 */
export function createRobotsCache(raw: Fetcher, userAgent: string) {
  const byOrigin = new Map<string, Promise<RobotsRules>>();
  async function load(origin: string): Promise<RobotsRules> {
    const r = await raw.fetchUrl(`${origin}/robots.txt`, { noCache: true });
    if (r.kind !== 'ok') return ALLOW_ALL;
    return parseRobots(r.body, userAgent);
  }
  return {
    rulesFor(url: URL): Promise<RobotsRules> {
      let p = byOrigin.get(url.origin);
      if (!p) { p = load(url.origin); byOrigin.set(url.origin, p); }
      return p;
    },
  };
}
