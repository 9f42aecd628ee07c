import { isCueWord } from './cue-lexicon.js';
import type { QuoteSpan } from './quote-span-finder.js';

/**
 * Joins a quote split by its attribution ("We will go," she said, "and we will stay.") into one
 * quote with two parts. Joined when both halves are double-quoted in one paragraph, the first
 * half ends with a comma (inside or after its mark), and the words between hold a cue and end
 * with a comma or colon. `gap` keeps where the attribution between the parts starts.
 */

export interface JoinedQuote extends QuoteSpan {
  /** Offset just after the first half's closing mark, when the quote was split. */
  gap: number | null;
}

const BETWEEN = /^\s*,?\s*([^.!?"\u201c\u201d\n]{1,100}?)\s*[,:]\s*$/;
const WORD = /[\p{L}]+/gu;

function hasCue(s: string): boolean {
  for (const w of s.match(WORD) ?? []) if (isCueWord(w.toLowerCase()) || w.toLowerCase() === 'according') return true;
  return false;
}

/** True when text[start, end) ends with a comma, trailing white space aside. */
function endsWithComma(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && /\s/.test(text[i]!)) i--;
  return i >= start && text[i] === ',';
}

export function joinSplitQuotes(text: string, spans: QuoteSpan[]): JoinedQuote[] {
  const out: JoinedQuote[] = [];
  for (const q of spans) {
    const prev = out[out.length - 1];
    // BETWEEN allows at most ~110 characters between the halves: longer gaps are not read at all.
    if (prev && prev.mark === 'double' && q.mark === 'double' && prev.closed && prev.gap === null && q.start - prev.end <= 110) {
      const between = text.slice(prev.end, q.start);
      const lastPart = prev.parts[prev.parts.length - 1]!;
      const endsComma = endsWithComma(text, lastPart.start, lastPart.end) || /^\s*,/.test(between);
      const m = BETWEEN.exec(between);
      if (endsComma && m && !between.includes('\n') && hasCue(m[1]!)) {
        out[out.length - 1] = { ...prev, end: q.end, parts: [...prev.parts, ...q.parts], closed: q.closed, gap: prev.end };
        continue;
      }
    }
    out.push({ ...q, gap: null });
  }
  return out;
}
