/**
 * Qualifiers ("more than", "over", "nearly", "an estimated", "at least", "up to", a trailing "+")
 * and ranges ("between two and three million", "300-400", "from 5 to 10") of number candidates.
 */
import type { NumberMention } from '../../model/claim.js';
import type { NumberCandidate } from './number-candidates.js';
import { hasScale, scaleOf } from './number-words.js';

type Qualifier = NumberMention['qualifier'];

// Order matters: longer cues first ("no more than" before "more than", "just under" before "under").
const BEFORE: [RegExp, Qualifier][] = [
  [/\b(?:no more than|not more than|at most|up to|as many as|as much as)\s+$/i, 'at-most'],
  [/\bat least\s+$/i, 'at-least'],
  [/\b(?:nearly|almost|close to|just under|just shy of|approaching|getting on for)\s+$/i, 'nearly'],
  [/\b(?:more than|over|above|upwards of|in excess of|exceeding|more)\s+$/i, 'more-than'],
  [/\b(?:less than|fewer than|under|below)\s+$/i, 'less-than'],
  [/\b(?:an estimated|estimated|est\.)\s+$/i, 'estimated'],
  [/\b(?:about|around|approximately|roughly|some|circa|ca\.|an approximate|almost exactly)\s+$/i, 'about'],
];
const AFTER_MORE_RE = /^\s+(?:or more|plus)\b/i;

export interface QualifiedNumber extends NumberCandidate {
  qualifier: Qualifier;
  /** Start (in the sentence) of the qualifier words, or of the number when none. */
  phraseStart: number;
  high?: number;
}

/** Qualifier of a candidate from the words just before it (and "1M+", "300 or more"). */
export function qualify(sentence: string, c: NumberCandidate): QualifiedNumber {
  const before = sentence.slice(Math.max(0, c.start - 24), c.start);
  let qualifier: Qualifier = 'exact';
  let phraseStart = c.start;
  for (const [re, q] of BEFORE) {
    const m = re.exec(before);
    if (m) {
      qualifier = q;
      phraseStart = c.start - (before.length - m.index);
      if (/^\W/.test(m[0])) phraseStart++;
      break;
    }
  }
  if (qualifier === 'exact' && (c.plus || AFTER_MORE_RE.test(sentence.slice(c.end, c.end + 10)))) qualifier = 'more-than';
  return { ...c, qualifier, phraseStart };
}

const RANGE_JOIN_RE = /^\s*(?:and|to|-|–|—)\s*$|^-$|^–$/i;
const BETWEEN_RE = /\b(?:between|from)\s+$/i;

/** Merges "X and Y" after "between", "X to Y" and "X-Y" into one ranged number; spreads a scale ("one and two million"). */
export function mergeRanges(sentence: string, items: QualifiedNumber[]): QualifiedNumber[] {
  const out: QualifiedNumber[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1];
    if (b) {
      const gap = sentence.slice(a.end, b.start);
      const before = sentence.slice(Math.max(0, a.start - 12), a.start);
      const between = BETWEEN_RE.test(before);
      const isAnd = /^\s*and\s*$/i.test(gap);
      const isTo = /^\s*to\s*$/i.test(gap);
      if (RANGE_JOIN_RE.test(gap) && (between || (!isAnd && !isTo) || (isTo && a.qualifier === 'exact'))) {
        let low = a.value;
        if (!hasScale(a.text) && hasScale(b.text) && low < 1000) low *= scaleOf(b.text);
        if (b.value < low && !between) {
          i++; // "2-0", "391 to 242": a score or a tally, not a quantity
          continue;
        }
        const bm = BETWEEN_RE.exec(before);
        const phraseStart = bm ? a.start - (before.length - bm.index) : a.phraseStart;
        out.push({ ...a, phraseStart, end: b.end, text: sentence.slice(a.start, b.end), value: low, high: b.value, percent: a.percent || b.percent, plus: b.plus });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
