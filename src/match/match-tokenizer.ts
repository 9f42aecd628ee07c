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

const NON_ASCII_RE = /[\u0080-\uffff]/;
const MARKS_RE = /\p{M}+/gu;
const UPPER_RE = /\p{Lu}/u;
const APOS_RE = /’/g;
/** Zero-width non-joiner and joiner: inside words in Persian, Urdu and Indic scripts ("وست‌مینستر"). */
const JOINER_RE = /[\u200c\u200d]/;
const JOINERS_RE = /[\u200c\u200d]/g;
// A publication-date header left at the start of a text (" date 2021-03-06 ...").
const HEADER_RE = /^\s*date (\d{4}-\d{2}(?:-\d{2})?)\b/;

// Folds of non-ASCII words, cached (two normalisations and a replace cost more than a look-up;
// words repeat across a stream); cleared when full, so memory stays bounded.
const MAX_FOLDS = 100_000;
const folds = new Map<string, string>();

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII_RE.test(lower)) return lower;
  let f = folds.get(lower);
  if (f === undefined) {
    f = lower.normalize('NFD').replace(MARKS_RE, '').replace(JOINERS_RE, '').replace(APOS_RE, "'").normalize('NFC');
    if (folds.size >= MAX_FOLDS) folds.clear();
    // A word cut out of an article may be a slice that keeps the whole text alive: the cache keeps
    // copies of its own (a concatenation is flattened into a new string before it is sliced).
    const key = (' ' + lower).slice(1);
    f = f === lower ? key : f;
    folds.set(key, f);
  }
  return f;
}

// foldWord() of the non-ASCII words met by scanWords(), by the fnv1a of their text (direct-mapped,
// a slot overwritten by the next word hashed to it): no slice, lower-casing or Map look-up of a
// fresh string for a word met before. Only words shorter than 13 units are kept: V8 copies those
// when sliced, where a longer slice would keep the whole article text alive.
const RAW_BITS = 12;
const RAW_MAX = 12;
const rawWords: string[] = new Array<string>(1 << RAW_BITS).fill('');
const rawFolds: string[] = new Array<string>(1 << RAW_BITS).fill('');

/** foldWord(text.slice(start, end)). */
function foldAt(text: string, start: number, end: number): string {
  const len = end - start;
  if (len > RAW_MAX) return foldWord(text.slice(start, end));
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  const slot = h >>> (32 - RAW_BITS);
  const w = rawWords[slot]!;
  if (w.length === len) {
    let j = 0;
    while (j < len && w.charCodeAt(j) === text.charCodeAt(start + j)) j++;
    if (j === len) return rawFolds[slot]!;
  }
  const raw = text.slice(start, end);
  const f = foldWord(raw);
  rawWords[slot] = raw;
  rawFolds[slot] = f;
  return f;
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
    if (isQuoteOrBreak(text.charCodeAt(i))) inQuote = quoteAfter(text, i, inQuote);
    else if (inQuote) mask[i] = 1;
  }
  return mask;
}

/** Quotation marks and the line break: the characters that change the quotation state. */
function isQuoteOrBreak(k: number): boolean {
  return k === 0x22 || k === 0x201c || k === 0xab || k === 0x201e || k === 0x201d || k === 0xbb || k === 0x0a;
}

/** Whether the text is inside quotation marks after the character at `q` (quotedMask's rules). */
function quoteAfter(text: string, q: number, inQuote: boolean): boolean {
  const k = text.charCodeAt(q);
  // Between two letters a straight quote stands for an apostrophe ("Europe"s).
  if (k === 0x22) return q > 0 && (unitClass(text, q - 1) & LET) !== 0 && q + 1 < text.length && (unitClass(text, q + 1) & LET) !== 0 ? inQuote : !inQuote;
  if (k === 0x201c || k === 0xab || k === 0x201e) return true;
  if (k === 0x201d || k === 0xbb || k === 0x0a) return false;
  return inQuote;
}

// Numbers keep their inner separators ("12,500", "1.5"); words keep inner apostrophes.
// Character classes of UTF-16 units, computed on first sight from the same Unicode properties as
// the token pattern \p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}ZJ]+(?:['’][\p{L}\p{M}ZJ]+)*, ZJ the zero-width
// (non-)joiners, marks here (which defines the
// tokens; the scanner below follows it character by character, several times faster than the
// regular expression with its match arrays and gap slices; test/match/match-tokenizer.test.ts
// checks the two agree).
const KNOWN = 1;
const NUM = 2;
const LET = 4;
const MARK = 8;
const UPPER = 16;
const SPACE = 32;
const classes = new Uint8Array(0x10000);
const astral = new Map<number, number>();
const N_RE = /\p{N}/u;
const L_RE = /\p{L}/u;
const M_RE = /\p{M}/u;
const SPACE_RE = /\s/;

function classify(s: string): number {
  return KNOWN | (N_RE.test(s) ? NUM : 0) | (L_RE.test(s) ? LET : 0) | (M_RE.test(s) || JOINER_RE.test(s) ? MARK : 0) | (UPPER_RE.test(s) ? UPPER : 0) | (SPACE_RE.test(s) ? SPACE : 0);
}

/** Class bits of the unit at `i` (a lone surrogate has none). */
function unitClass(text: string, i: number): number {
  const u = text.charCodeAt(i);
  let c = classes[u]!;
  if (c === 0) classes[u] = c = u >= 0xd800 && u <= 0xdfff ? KNOWN : classify(String.fromCharCode(u));
  return c;
}

/** Class bits of the code point at `i`, and its length in units in `cpLength`. */
let cpLength = 1;
function pointClass(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if (u < 0xd800 || u > 0xdbff) { cpLength = 1; return unitClass(text, i); }
  const v = text.charCodeAt(i + 1);
  if (!(v >= 0xdc00 && v <= 0xdfff)) { cpLength = 1; return KNOWN; }
  cpLength = 2;
  const cp = (u - 0xd800) * 0x400 + (v - 0xdc00) + 0x10000;
  let c = astral.get(cp);
  if (c === undefined) astral.set(cp, c = classify(String.fromCodePoint(cp)));
  return c;
}

/** End of a run of code points having any of `bits`, from `i`. */
function run(text: string, i: number, bits: number): number {
  while (i < text.length) {
    const u = text.charCodeAt(i);
    // ASCII letters and digits inline: most of any text.
    if (u < 0x80) {
      if ((u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a) ? (bits & LET) !== 0 : u >= 0x30 && u <= 0x39 ? (bits & NUM) !== 0 : false) { i++; continue; }
      return i;
    }
    if ((pointClass(text, i) & bits) === 0) return i;
    i += cpLength;
  }
  return i;
}

/** Whether the gap before a token ends a sentence: /[.!?:;\n"”»]\s*$/ without slicing it. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let j = to - 1; j >= from; j--) {
    const u = text.charCodeAt(j);
    if (u === 0x0a) return true;
    if (u === 0x20 || (u < 0x80 ? u >= 0x09 && u <= 0x0d : (unitClass(text, j) & SPACE) !== 0)) continue;
    return u === 0x2e || u === 0x21 || u === 0x3f || u === 0x3a || u === 0x3b || u === 0x22 || u === 0x201d || u === 0xbb;
  }
  return false;
}

/** Like a Unicode regular expression, a start inside a surrogate pair backs up to the pair. */
function scanStart(text: string, from: number): number {
  const f = text.charCodeAt(from);
  return from > 0 && f >= 0xdc00 && f <= 0xdfff && text.charCodeAt(from - 1) >= 0xd800 && text.charCodeAt(from - 1) <= 0xdbff ? from - 1 : from;
}

/** Class bits of the code point at `i` (ASCII inline), its length in `cpLength`. */
function startClass(text: string, i: number): number {
  const u = text.charCodeAt(i);
  if (u >= 0x80) return pointClass(text, i);
  cpLength = 1;
  return (u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a) ? LET : u >= 0x30 && u <= 0x39 ? NUM : 0;
}

/**
 * End of the token starting at `i` (class bits `c`, its first code point `cpLength` units long):
 * a number keeps inner separators ("12,500", "1.5"), a word inner apostrophes.
 */
function tokenEnd(text: string, i: number, c: number): number {
  const len = text.length;
  let end: number;
  if (c & NUM) {
    end = run(text, i + cpLength, NUM);
    for (;;) {
      const p = text.charCodeAt(end);
      if (!(p === 0x2e || p === 0x2c) || end + 1 >= len || (pointClass(text, end + 1) & NUM) === 0) break;
      end = run(text, end + 1, NUM);
    }
  } else {
    end = run(text, i + cpLength, NUM | LET | MARK);
    for (;;) {
      const p = text.charCodeAt(end);
      if (!(p === 0x27 || p === 0x2019) || end + 1 >= len || (pointClass(text, end + 1) & (LET | MARK)) === 0) break;
      end = run(text, end + 1, LET | MARK);
    }
  }
  return end;
}

/** Tokenises `text` from `from` on; offsets are into `text`. */
export function tokenize(text: string, from = 0): MatchToken[] {
  const out: MatchToken[] = [];
  const len = text.length;
  let inQuote = false;
  // Quotation state is advanced over the characters between tokens (quotedMask's rules; no
  // token character is a quotation mark or a line break).
  let q = from;
  let prevEnd = from;
  let i = scanStart(text, from);
  while (i < len) {
    const c = startClass(text, i);
    if ((c & (NUM | LET | MARK)) === 0) { i += cpLength; continue; }
    const start = i;
    const u = text.charCodeAt(start);
    const end = tokenEnd(text, i, c);
    for (; q < start; q++) inQuote = quoteAfter(text, q, inQuote);
    q = end;
    const raw = text.slice(start, end);
    let ascii = true;
    let upper = false;
    for (let k = start; k < end; k++) {
      const x = text.charCodeAt(k);
      if (x >= 0x80) { ascii = false; break; }
      if (x >= 0x41 && x <= 0x5a) upper = true;
    }
    const norm = !ascii ? foldWord(raw) : upper ? raw.toLowerCase() : raw;
    const initial = out.length === 0 || endsSentence(text, prevEnd, start);
    out.push({ norm, start, end, cap: u < 0x80 ? u >= 0x41 && u <= 0x5a : (unitClass(text, start) & UPPER) !== 0, initial, quoted: inQuote });
    prevEnd = end;
    i = end;
  }
  return out;
}

/** Token flags of scanWords(). */
export const TOKEN_CAP = 1;
export const TOKEN_INITIAL = 2;
export const TOKEN_QUOTED = 4;
/** A line break between the token and the one before. */
export const TOKEN_NEWLINE = 8;

/**
 * Tokens as columns (scanWords()), for the story clusterer, which tokenises every article of a
 * stream: no object per token, and no string for an ASCII token (its folded form is its text in
 * lower case), so that a word already known costs no allocation. Arrays are reused and grown;
 * entries [0, n) are valid.
 */
export interface TokenColumns<T> {
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** TOKEN_CAP | TOKEN_INITIAL | TOKEN_QUOTED (as MatchToken's fields) | TOKEN_NEWLINE. */
  flags: Uint8Array;
  /** fnv1a (hash-util.ts) of the token's folded form. */
  hashes: Uint32Array;
  /** The folded form's first ten UTF-16 units packed in pairs (5 per token, as key-table.ts). */
  packs: Int32Array;
  /** The folded form of a non-ASCII token; null for an ASCII token (its text in lower case). */
  norms: (string | null)[];
  /** Filled by the caller (the token's word, word-facts.ts). */
  words: T[];
}

export function tokenColumns<T>(): TokenColumns<T> {
  const n = 256;
  return { n: 0, start: new Int32Array(n), end: new Int32Array(n), flags: new Uint8Array(n), hashes: new Uint32Array(n), packs: new Int32Array(5 * n), norms: [], words: [] };
}

export function growColumns<T>(c: TokenColumns<T>): void {
  const n = c.start.length * 2;
  const start = new Int32Array(n); start.set(c.start); c.start = start;
  const end = new Int32Array(n); end.set(c.end); c.end = end;
  const flags = new Uint8Array(n); flags.set(c.flags); c.flags = flags;
  const hashes = new Uint32Array(n); hashes.set(c.hashes); c.hashes = hashes;
  const packs = new Int32Array(5 * n); packs.set(c.packs); c.packs = packs;
}

/**
 * tokenize() into columns (the same tokens, folded forms and flags: test/match/match-tokenizer.test.ts
 * checks the two agree), with each token's hash and packed units; `words` is left to the caller.
 */
export function scanWords<T>(text: string, from: number, cols: TokenColumns<T>): void {
  const len = text.length;
  let inQuote = false;
  let q = from;
  let i = scanStart(text, from);
  let n = 0;
  while (i < len) {
    const c = startClass(text, i);
    if ((c & (NUM | LET | MARK)) === 0) { i += cpLength; continue; }
    const start = i;
    const u = text.charCodeAt(start);
    if (n === cols.start.length) growColumns(cols);
    // The folded form's hash and first units, in lower case, while the token is ASCII.
    const pack = cols.packs;
    const p = 5 * n;
    pack[p] = 0; pack[p + 1] = 0; pack[p + 2] = 0; pack[p + 3] = 0; pack[p + 4] = 0;
    let h = 0x811c9dc5;
    let norm: string | null = null;
    let end = -1;
    if (u < 0x80 && (c & LET) !== 0) {
      // An ASCII word (most tokens): its end, hash and units in one pass. It ends as tokenEnd()
      // would at an ASCII unit other than a letter, a digit or an apostrophe; at a non-ASCII
      // unit or an apostrophe, the general path below starts again.
      let k = start;
      for (; k < len; k++) {
        let x = text.charCodeAt(k);
        if (x >= 0x41 && x <= 0x5a) x += 0x20;
        else if (!((x >= 0x61 && x <= 0x7a) || (x >= 0x30 && x <= 0x39))) break;
        h = Math.imul(h ^ x, 0x01000193);
        const j = k - start;
        if (j < 10) pack[p + (j >> 1)]! |= j & 1 ? x << 16 : x;
      }
      const stop = k < len ? text.charCodeAt(k) : 0;
      if (stop < 0x80 && stop !== 0x27) end = k;
      else { h = 0x811c9dc5; pack[p] = 0; pack[p + 1] = 0; pack[p + 2] = 0; pack[p + 3] = 0; pack[p + 4] = 0; }
    }
    if (end < 0) {
      end = tokenEnd(text, i, c);
      for (let k = start; k < end; k++) {
        let x = text.charCodeAt(k);
        if (x >= 0x80) { norm = foldAt(text, start, end); break; }
        if (x >= 0x41 && x <= 0x5a) x += 0x20;
        h = Math.imul(h ^ x, 0x01000193);
        const j = k - start;
        if (j < 10) pack[p + (j >> 1)]! |= j & 1 ? x << 16 : x;
      }
      if (norm !== null) {
        h = 0x811c9dc5;
        pack[p] = 0; pack[p + 1] = 0; pack[p + 2] = 0; pack[p + 3] = 0; pack[p + 4] = 0;
        for (let j = 0; j < norm.length; j++) {
          const x = norm.charCodeAt(j);
          h = Math.imul(h ^ x, 0x01000193);
          if (j < 10) pack[p + (j >> 1)]! |= j & 1 ? x << 16 : x;
        }
      }
    }
    // The gap before the token, in one pass: quotation state, line breaks, and whether it ends
    // a sentence (endsSentence(): a line break after its last non-space unit, or that unit).
    let newline = false;
    let last = -1;
    let breakAfter = false;
    for (; q < start; q++) {
      const x = text.charCodeAt(q);
      if (x === 0x0a) { newline = true; breakAfter = true; inQuote = false; continue; }
      if (x === 0x20) continue;
      if (x === 0x22 || x === 0x201c || x === 0xab || x === 0x201e || x === 0x201d || x === 0xbb) inQuote = quoteAfter(text, q, inQuote);
      if (x < 0x80 ? x >= 0x09 && x <= 0x0d : (unitClass(text, q) & SPACE) !== 0) continue;
      last = x;
      breakAfter = false;
    }
    q = end;
    const initial = n === 0 || breakAfter || last === 0x2e || last === 0x21 || last === 0x3f || last === 0x3a || last === 0x3b || last === 0x22 || last === 0x201d || last === 0xbb;
    cols.norms[n] = norm;
    cols.start[n] = start;
    cols.end[n] = end;
    cols.hashes[n] = h >>> 0;
    const cap = u < 0x80 ? u >= 0x41 && u <= 0x5a : (unitClass(text, start) & UPPER) !== 0;
    cols.flags[n] = (cap ? TOKEN_CAP : 0)
      | (initial ? TOKEN_INITIAL : 0) | (inQuote ? TOKEN_QUOTED : 0) | (newline ? TOKEN_NEWLINE : 0);
    n++;
    i = end;
  }
  cols.n = n;
}
