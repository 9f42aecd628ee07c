/**
 * Word tokens with character offsets, for fingerprints, shared passages and story features.
 * Hand-written: the passage finder needs every token's span in the original text, and the
 * folding (lower case, accents stripped) must be identical for every stage that compares texts.
 */

export interface MatchToken {
  /** Folded form: lower case, combining marks removed. */
  norm: string;
  start: number;
  end: number;
  /** The token starts with an upper-case letter. */
  cap: boolean;
  /** First token of a sentence or paragraph (its capital says nothing about names). */
  initial: boolean;
  /** Inside quotation marks: someone else's words, not the reporter's. */
  quoted: boolean;
}

// Numbers keep their inner separators ("12,500", "1.5"); words keep inner apostrophes.
const TOKEN_RE = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const NON_ASCII_RE = /[\u0080-\uffff]/;
const MARKS_RE = /\p{M}+/gu;
const UPPER_RE = /\p{Lu}/u;
const LETTER_RE = /\p{L}/u;
const APOS_RE = /’/g;
// A publication-date header left at the start of a text (" date 2020-02-02 ...").
const HEADER_RE = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\b/;
const SENTENCE_END_RE = /[.!?:;\n"”»]\s*$/;

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII_RE.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS_RE, '').replace(APOS_RE, "'").normalize('NFC');
}

/** Where the body starts (after a leftover date header) and the header's date, if any. */
export function splitHeader(text: string): { bodyStart: number; headerDate: string | null } {
  const m = HEADER_RE.exec(text);
  if (!m) return { bodyStart: 0, headerDate: null };
  return { bodyStart: m[0].length, headerDate: m[1] ?? null };
}

/**
 * Marks which characters sit inside quotation marks. Straight quotes toggle, curly and angle
 * quotes open and close; a paragraph break closes any open quote (news style reopens a quote
 * on every paragraph), so one missing mark cannot flip the rest of the text. A straight quote
 * between two letters is an apostrophe.
 */
export function quotedMask(text: string, from = 0): Uint8Array {
  const mask = new Uint8Array(text.length);
  let inQuote = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Between two letters a straight quote stands for an apostrophe ("Europe"s").
      if (!(LETTER_RE.test(text[i - 1] ?? '') && LETTER_RE.test(text[i + 1] ?? ''))) inQuote = !inQuote;
    }
    else if (c === 0x201c || c === 0xab || c === 0x201e) inQuote = true;
    else if (c === 0x201d || c === 0xbb) inQuote = false;
    else if (c === 0x0a) inQuote = false;
    else if (inQuote) mask[i] = 1;
  }
  return mask;
}

/** Tokenises `text` from `from` on; offsets are into `text`. */
export function tokenize(text: string, from = 0): MatchToken[] {
  const out: MatchToken[] = [];
  const quoted = quotedMask(text, from);
  TOKEN_RE.lastIndex = from;
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    const initial = out.length === 0 || SENTENCE_END_RE.test(gap);
    out.push({ norm: foldWord(raw), start, end: start + raw.length, cap: UPPER_RE.test(raw[0] ?? ''), initial, quoted: quoted[start] === 1 });
    prevEnd = start + raw.length;
  }
  return out;
}
