import type { Candidate, CandidateRefiner } from './candidate.js';

/**
 * Joins a weekday with the explicit date written next to it: "Saturday (March 6)",
 * "Saturday, Mar. 6", "March 6 (Saturday)". The date decides the value; the weekday, when it
 * agrees, is evidence that the date is right (used by the publication-date checker). Runs after
 * the overlap refiner, which has already chosen each piece.
 */

const GAP_WD_DATE = /^\s*(?:\(|,)?\s*$/;
const GAP_DATE_WD = /^\s*(?:\(|,)\s*$/;

export const combinationRefiner: CandidateRefiner = (cands, { text }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && a.spec.kind === 'weekday' && b.spec.kind === 'calendar' && b.spec.day !== undefined && GAP_WD_DATE.test(text.slice(a.end, b.start))) {
      const close = text[b.end] === ')' ? 1 : 0;
      out.push({ ...b, start: a.start, end: b.end + close, text: text.slice(a.start, b.end + close), source: `${a.source}+${b.source}`, statedWeekday: a.spec.weekday });
      i++;
      continue;
    }
    if (b && b.spec.kind === 'weekday' && a.spec.kind === 'calendar' && a.spec.day !== undefined && GAP_DATE_WD.test(text.slice(a.end, b.start))) {
      const close = text[b.end] === ')' ? 1 : 0;
      out.push({ ...a, end: b.end + close, text: text.slice(a.start, b.end + close), source: `${a.source}+${b.source}`, statedWeekday: b.spec.weekday });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
};
