/**
 * Minimal robots.txt parser (RFC 9309): user-agent groups, Allow/Disallow with `*` and `$`,
 * longest match wins and Allow wins a tie; Crawl-delay is read for politeness.
 * Hand-written: the rules are short, and the npm parsers pull in URL handling we already have.
 */
export interface RobotsRules {
  /** True when the path (with query) may be fetched. */
  isAllowed(pathAndQuery: string): boolean;
  /** Crawl-delay in seconds for our group, if given. */
  crawlDelay?: number;
}

interface Rule { allow: boolean; pattern: string; re: RegExp }
interface Group { agents: string[]; rules: Rule[]; crawlDelay?: number }

const LINE_RE = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/;

function compile(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '');
    const m = LINE_RE.exec(line);
    if (!m) continue;
    const key = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      if (value === '') continue; // empty Disallow allows everything
      current.rules.push({ allow: key === 'allow', pattern: value, re: compile(value) });
    } else if (key === 'crawl-delay') {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) current.crawlDelay = n;
    }
  }
  return groups;
}

/** Parses robots.txt for the given user-agent product token (e.g. "crosscheck"). */
export function parseRobots(text: string, userAgent: string): RobotsRules {
  const token = userAgent.toLowerCase().split('/')[0] ?? '';
  const groups = parseGroups(text);
  const named = groups.filter((g) => g.agents.some((a) => a !== '*' && token.includes(a)));
  const chosen = named.length > 0 ? named : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.map((g) => g.crawlDelay).filter((d): d is number => d !== undefined);
  const result: RobotsRules = {
    isAllowed(pathAndQuery: string): boolean {
      let best: Rule | null = null;
      for (const r of rules) {
        if (!r.re.test(pathAndQuery)) continue;
        if (!best || r.pattern.length > best.pattern.length || (r.pattern.length === best.pattern.length && r.allow)) best = r;
      }
      return best ? best.allow : true;
    },
  };
  if (delays.length > 0) result.crawlDelay = Math.max(...delays);
  return result;
}

/** Rules used when robots.txt is missing (4xx) or cannot be fetched. */
export const ALLOW_ALL: RobotsRules = { isAllowed: () => true };
