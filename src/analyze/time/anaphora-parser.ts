import type { Candidate, CandidateParser, Unit } from './candidate.js';

/**
 * Expressions relative to a time the text has just mentioned, not to the article's date:
 * "that year", "later that day", "the following month", "the next morning", "the day before".
 * The parser only marks them; index.ts resolves them against the latest date resolved before
 * them in the text (falling back to the anchor), since that needs the values of earlier ones.
 */

const ANAPHORA_RE =
  /\b(?:(?:(earlier|later)\s+)?that\s+(?:same\s+)?(day|morning|afternoon|evening|night|week|month|year)|the\s+(next|following|previous|preceding)\s+(day|morning|week|month|year)|the\s+(day)\s+(before|after))\b/gi;

export const anaphoraParser: CandidateParser = ({ text }) => {
  const out: Candidate[] = [];
  let m: RegExpExecArray | null;
  for (ANAPHORA_RE.lastIndex = 0; (m = ANAPHORA_RE.exec(text)); ) {
    let unit = (m[2] ?? m[4] ?? m[5]!).toLowerCase();
    let offset = 0;
    const dir = (m[3] ?? m[6] ?? '').toLowerCase();
    if (dir === 'next' || dir === 'following' || dir === 'after') offset = 1;
    if (dir === 'previous' || dir === 'preceding' || dir === 'before') offset = -1;
    let part: string | undefined;
    if (unit === 'morning' || unit === 'afternoon' || unit === 'evening' || unit === 'night') {
      part = unit === 'morning' ? 'MO' : unit === 'afternoon' ? 'AF' : unit === 'evening' ? 'EV' : 'NI';
      unit = 'day';
    }
    const spec: Candidate['spec'] = { kind: 'anaphoric', unit: unit as Unit, offset };
    if (part) spec.part = part as 'MO';
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], spec, source: 'anaphora', explicit: false, priority: 2 });
  }
  return out;
};
