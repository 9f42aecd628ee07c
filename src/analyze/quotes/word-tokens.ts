/**
 * A light word tokenizer with offsets for the quote stages: words (with inner apostrophes,
 * hyphens and dots, "U.S", "Franco-German", "what's") and single punctuation marks.
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

const CAP = /^\p{Lu}/u;
const ALNUM_CP = /^[\p{L}\p{N}]$/u;
const SPACE_CP = /^\s$/u;
const DOTTED = /^\p{L}(?:\.\p{L})+$/u;
const ONE_CAP = /^\p{Lu}$/u;

/** Abbreviations whose following dot does not end a phrase. */
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'st', 'jr', 'sr', 'prof', 'rev', 'col', 'capt', 'sgt', 'adm', 'del', 'u.s', 'u.n', 'u.k', 'e.u', 'no']);

/**
 * Character classes, scanned by hand rather than with a Unicode regex (the tokenizer was the
 * biggest cost of quote extraction): 0 space, 1 letter or digit, 2 anything else. ASCII from a
 * table, other code points by a cached single-character test.
 */
const SPACE = 0;
const ALNUM = 1;
const OTHER = 2;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /\s/.test(ch) ? SPACE : /[A-Za-z0-9]/.test(ch) ? ALNUM : OTHER;
}
const WIDE = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 128) return ASCII[cp]!;
  let k = WIDE.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = ALNUM_CP.test(ch) ? ALNUM : SPACE_CP.test(ch) ? SPACE : OTHER;
    WIDE.set(cp, k);
  }
  return k;
}
/** Joiners inside a word when a letter or digit follows: ' ’ - . & */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
    const w = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k === SPACE) { i += w; continue; }
    if (k === OTHER) {
      // Skip the dot after an abbreviation or a dotted acronym: it belongs to the word.
      if (c === 46 && out.length > 0) {
        const prev = out[out.length - 1]!;
        if (prev.end === i && prev.word && (ABBREV.has(prev.lower) || DOTTED.test(prev.text) || ONE_CAP.test(prev.text))) {
          prev.end += 1;
          prev.text += '.';
          // lower keeps the form without the dot ("mr", "u.s")
          i += 1;
          continue;
        }
      }
      const t = text.slice(i, i + w);
      out.push({ text: t, lower: t, start: i, end: i + w, cap: false, word: false });
      i += w;
      continue;
    }
    const s0 = i;
    i += w;
    for (;;) {
      while (i < end) {
        const d = text.charCodeAt(i);
        const dp = d >= 0xd800 && d <= 0xdbff ? text.codePointAt(i)! : d;
        if (classOf(dp) !== ALNUM) break;
        i += dp > 0xffff ? 2 : 1;
      }
      if (i + 1 < end && isJoiner(text.charCodeAt(i))) {
        const d = text.charCodeAt(i + 1);
        const dp = d >= 0xd800 && d <= 0xdbff ? text.codePointAt(i + 1)! : d;
        if (classOf(dp) === ALNUM) { i += 1; continue; }
      }
      break;
    }
    const t = text.slice(s0, i);
    const cap = (c >= 65 && c <= 90) || (c > 127 && CAP.test(t));
    out.push({ text: t, lower: t.toLowerCase(), start: s0, end: i, cap, word: true });
  }
  return out;
}

/** Title case for an all-capitals name ("JANE DOE" -> "Jane Doe"). */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'\u2019.])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
