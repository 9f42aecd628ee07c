/**
 * A light word tokenizer with offsets for the quote stages: words (with inner apostrophes,
 * hyphens and dots, "U.S", "Kazakh-Chinese", "what's") and single punctuation marks.
 */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A word (not punctuation). */
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['\u2019\-.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const CAP = /^\p{Lu}/u;
const WORDISH = /^[\p{L}\p{N}]/u;

/** Abbreviations whose following dot does not end a phrase. */
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'st', 'jr', 'sr', 'prof', 'rev', 'col', 'capt', 'sgt', 'adm', 'u.s', 'u.n', 'u.k', 'e.u', 'no']);

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && WORDISH.test(t));
    // Skip the dot after an abbreviation or a dotted acronym: it belongs to the word.
    if (t === '.' && out.length > 0) {
      const prev = out[out.length - 1]!;
      if (prev.end === start + m.index && (ABBREV.has(prev.lower) || /^\p{L}(?:\.\p{L})+$/u.test(prev.text) || /^\p{Lu}$/u.test(prev.text))) {
        prev.end += 1;
        prev.text += '.';
        // lower keeps the form without the dot ("mr", "u.s")
        continue;
      }
    }
    const cap = (c >= 65 && c <= 90) || (c > 127 && CAP.test(t));
    out.push({ text: t, lower: t.toLowerCase(), start: start + m.index, end: start + m.index + t.length, cap, word });
  }
  return out;
}

/** Title case for an all-capitals name ("MIKE POMPEO" -> "Mike Pompeo"). */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'\u2019.])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
