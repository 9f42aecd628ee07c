import type { DateSource } from '../model/article.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { formatParts, isValidParts, parseDateParts } from './date-parser.js';

export interface DateCandidate {
  value: string;
  source: DateSource;
}

export interface ResolvedDate {
  publishedAt: string | null;
  publishedAtSource: DateSource | null;
  diagnostics: Diagnostic[];
}

const MIN_YEAR = 1800;
const FUTURE_SLACK_MS = 2 * 24 * 3600 * 1000;

/**
 * Takes the first usable candidate (they come in order of trust: header/record/meta/json-ld,
 * then url, then text). An unparsable or impossible one is reported (`clean/bad-date`) and the
 * next is tried; a date more than two days after `now` is kept with a warning. Never guesses.
 */
export function resolvePublishedAt(candidates: DateCandidate[], input: string, now: Date): ResolvedDate {
  const diagnostics: Diagnostic[] = [];
  for (const c of candidates) {
    const p = parseDateParts(c.value);
    if (!p || !isValidParts(p) || p.year < MIN_YEAR) {
      diagnostics.push(diagnostic('clean/bad-date', input, `${c.source} date "${c.value.slice(0, 60)}" is not a valid date`, 'warning'));
      continue;
    }
    const iso = formatParts(p);
    const t = Date.UTC(p.year, p.month - 1, p.day ?? 1);
    if (t > now.getTime() + FUTURE_SLACK_MS) {
      diagnostics.push(diagnostic('clean/bad-date', input, `${c.source} date ${iso} is in the future of the run date`, 'warning'));
    }
    return { publishedAt: iso, publishedAtSource: c.source, diagnostics };
  }
  return { publishedAt: null, publishedAtSource: null, diagnostics };
}
