import type { Sentence } from '../model/text.js';

/**
 * Splits article text into sentences with offsets. Written by hand because the available
 * libraries either drop offsets or pull in a full NLP stack; news text needs only:
 * paragraph breaks, terminal punctuation followed by closing quotes/brackets, and
 * abbreviations (titles, months, initials, dotted acronyms) that do not end a sentence.
 */

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'sen', 'rep', 'gov', 'pres',
    'st', 'jr', 'sr', 'rev', 'hon', 'messrs', 'mme', 'mlle', 'inc', 'ltd', 'co', 'corp', 'bros', 'plc', 'vs', 'v', 'etc', 'no', 'nos',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
    'thurs', 'fri', 'sat', 'sun', 'fig', 'approx', 'est', 'dept', 'univ', 'ave', 'blvd', 'mt', 'ft', 'e.g', 'i.e', 'a.m', 'p.m', 'al',
  ],
);

/** Words that, after a dotted acronym ("U.S."), show that a new sentence starts. */
const SENTENCE_STARTERS = new Set(
  ['the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'at', 'a', 'an', 'this', 'that', 'there', 'his', 'her', 'their', 'its', 'our', 'meanwhile', 'however', 'after', 'when', 'while'],
);

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const OPENERS = /["'\u201c\u2018([\u00ab\u00bf\u00a1]/;

function isSentenceStart(ch: string): boolean {
  return /[\p{Lu}\p{Lt}\p{N}]/u.test(ch) || OPENERS.test(ch) || /[\p{Lo}]/u.test(ch);
}

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
  return text.slice(i + 1, dot);
}

function wordAfter(text: string, pos: number): string {
  const m = /^[\p{L}]+/u.exec(text.slice(pos, pos + 40));
  return m ? m[0] : '';
}

function isBoundary(text: string, dot: number, next: number): boolean {
  const ch = text[dot]!;
  if (ch !== '.') return true; // ! ? … always end (quotes handled by caller)
  const w = wordBefore(text, dot);
  const lower = w.toLowerCase();
  if (w.length === 1 && /\p{Lu}/u.test(w)) return false; // initial: "J. Smith"
  if (ABBREVIATIONS.has(lower)) {
    // Month or title abbreviations followed by a number or a name do not end the sentence.
    return false;
  }
  if (/^(\p{L}\.)+\p{L}$/u.test(w)) {
    // Dotted acronym such as U.S. or U.N.: a new sentence only if a clear starter follows.
    return SENTENCE_STARTERS.has(wordAfter(text, next).toLowerCase());
  }
  // Decimal numbers never reach here (next char is a digit without space).
  return true;
}

/** Split `text` into sentences. Paragraphs are separated by one or more newlines. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paraRe = /[^\n]+/g;
  let para = -1;
  let m: RegExpExecArray | null;
  while ((m = paraRe.exec(text)) !== null) {
    if (m[0].trim() === '') continue;
    para++;
    const base = m.index;
    const p = m[0];
    let start = 0;
    for (let i = 0; i < p.length; i++) {
      const ch = p[i]!;
      if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue;
      let j = i + 1;
      while (j < p.length && (p[j] === '.' || p[j] === '!' || p[j] === '?')) j++;
      while (j < p.length && CLOSERS.has(p[j]!)) j++;
      if (j >= p.length) break;
      if (!/\s/.test(p[j]!)) continue;
      let k = j;
      while (k < p.length && /\s/.test(p[k]!)) k++;
      if (k >= p.length) break;
      if (!isSentenceStart(p[k]!)) continue;
      if (!isBoundary(p, i, k)) continue;
      push(out, text, base + start, base + j, para);
      start = k;
      i = k - 1;
    }
    push(out, text, base + start, base + p.length, para);
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  out.push({ index: out.length, paragraph, start, end, text: text.slice(start, end) });
}
