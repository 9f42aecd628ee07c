import type { Credit } from '../model/article.js';
import { parseAgencyLine, parseCreditLine, splitTrailingCredit } from './credit-parser.js';

/** How far from the end a whole-paragraph credit may stand (credits close a story, before a footer). */
const TAIL_PARAGRAPHS = 4;
/** A bare agency line ("— AFP") counts only as one of the last paragraphs. */
const AGENCY_TAIL = 2;

/** Lifts credit paragraphs (near the end) and bracketed credits ending a paragraph out of the text. */
export function extractCredits(lines: string[]): { lines: string[]; credits: Credit[] } {
  const credits: Credit[] = [];
  const out: string[] = [];
  lines.forEach((line, i) => {
    const nearEnd = i >= lines.length - TAIL_PARAGRAPHS;
    const whole = (nearEnd || line.length < 200 ? parseCreditLine(line) : null) ?? (i >= lines.length - AGENCY_TAIL && i > 0 ? parseAgencyLine(line) : null);
    if (whole) { credits.push(whole); return; }
    const trailing = splitTrailingCredit(line);
    if (trailing) {
      credits.push(trailing.credit);
      if (trailing.rest !== '') out.push(trailing.rest);
      return;
    }
    out.push(line);
  });
  return { lines: out, credits };
}
