import type { Candidate, CandidateParser } from './candidate.js';

/**
 * Bare years ("in 2015", "the 2018 assessment", "mid-2019", "early 2011"), decades ("the 1990s",
 * "the '90s") and centuries ("the 20th century"). chrono ignores bare years, and a four-digit
 * number is a year only in some contexts, which these rules check: 1900-2099 anywhere a
 * quantity would not fit, older years only after a preposition.
 */

const YEAR_RE = /(?<![\w$£€¥.,:/+#-])(?:(early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)[\s-]+)?((?:1[0-9]|20)\d\d)(?![\w%+/]|[.,:]\d|\s*(?:%|percent|per\s*cent|people|troops|soldiers|km|kilometers|kilometres|miles|metres|meters|feet|tons|tonnes|units|points|residents|members|cases|deaths|votes|workers|jobs|students|dollars|euros|pounds|yuan|rubles|won|yen|barrels|vehicles|children|men|women|times|pages|words)\b)/gi;
const QUANTITY_BEFORE = /(?:\b(?:about|some|over|nearly|almost|than|around|roughly|approximately|least|only|just|of\s+the|top|No\.?|number|page|pp?\.|flight|route|code|Room|model|article|section|resolution|item|(?:vote|score|margin|total|tally|count)\s+of)\s+|[x×*]\s*)$/i;
const PREP_BEFORE = /\b(?:in|since|from|until|till|by|to|before|after|during|of|between|and|through|year|fiscal|circa|c\.)\s+$/i;
const DECADE_RE = /\b(?:the\s+)?(?:(early|late|mid)[\s-]+)?(?:(1[0-9]|20)(\d)0s|['\u2019](\d)0s)\b/gi;
const CENTURY_RE = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi;

const MODS: Record<string, string> = { early: 'START', late: 'END', mid: 'MID' };

function modOf(w: string | undefined): string | undefined {
  if (!w) return undefined;
  const k = w.toLowerCase();
  if (MODS[k]) return MODS[k];
  return k.includes('end') ? 'END' : 'START';
}

export const yearParser: CandidateParser = ({ text }) => {
  const out: Candidate[] = [];
  let m: RegExpExecArray | null;
  for (YEAR_RE.lastIndex = 0; (m = YEAR_RE.exec(text)); ) {
    const y = Number(m[2]);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (!m[1] && QUANTITY_BEFORE.test(before)) continue;
    if (y < 1900 && !m[1] && !PREP_BEFORE.test(before)) continue;
    const c: Candidate = {
      start: m.index, end: m.index + m[0].length, text: m[0],
      spec: { kind: 'literal', type: 'date', value: m[2]!, precision: 'year' }, source: 'year', explicit: true, priority: 0,
    };
    const mod = modOf(m[1]);
    if (mod) c.mod = mod;
    out.push(c);
  }
  for (DECADE_RE.lastIndex = 0; (m = DECADE_RE.exec(text)); ) {
    const value = m[2] ? `${m[2]}${m[3]}` : `19${m[4]}`;
    const c: Candidate = {
      start: m.index, end: m.index + m[0].length, text: m[0],
      spec: { kind: 'literal', type: 'date', value, precision: 'decade' }, source: 'decade', explicit: m[2] !== undefined, priority: 1,
    };
    const mod = modOf(m[1]);
    if (mod) c.mod = mod;
    out.push(c);
  }
  for (CENTURY_RE.lastIndex = 0; (m = CENTURY_RE.exec(text)); ) {
    const n = Number(m[1]);
    if (n < 1 || n > 21) continue;
    out.push({
      start: m.index, end: m.index + m[0].length, text: m[0],
      spec: { kind: 'literal', type: 'date', value: String(n - 1).padStart(2, '0'), precision: 'century' },
      source: 'century', explicit: true, priority: 1,
    });
  }
  return out;
};
