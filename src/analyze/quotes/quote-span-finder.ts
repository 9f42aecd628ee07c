import type { Span } from '../../model/text.js';

/**
 * Finds spans in quote marks. Written by hand: quote pairing in news text needs context rules
 * no tokenizer library offers (straight marks that open or close depending on the characters
 * around them, apostrophes vs single quotes, quotes running over several paragraphs).
 *
 * Rules:
 * - double marks ("  “ ” „ « ») pair within a paragraph; a straight mark opens when the quote
 *   is closed and closes when it is open;
 * - a paragraph that ends with an open quote continues into the next paragraph when that one
 *   opens with a quote mark (the news convention), or when the following paragraphs carry no
 *   double mark until one whose first mark closes (a soundbite printed over several lines);
 *   otherwise the quote ends with its paragraph;
 * - single marks (' ‘ ’) are looked for only outside double quotes: an opener follows a space
 *   or bracket and precedes a letter; a closer follows a letter or punctuation and precedes a
 *   non-letter; apostrophes inside words and elisions ('90s, 'em) are skipped.
 */

export interface QuoteSpan extends Span {
  /** Spans of the quoted words (inside the marks), one per paragraph. */
  parts: Span[];
  mark: 'double' | 'single';
  /** False when the closing mark was never found (the quote ends with its paragraph). */
  closed: boolean;
}

const DOUBLE = /["\u201c\u201d\u201e\u00ab\u00bb]/g;
const OPEN_ONLY = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSE_ONLY = new Set(['\u201d', '\u00bb']);
const SINGLE = /['\u2018\u2019]/g;
const PARA = /[^\n]+/g;
const ELISION = /^(?:\d0s|\d\ds|em\b|tis\b|twas\b|cause\b|til\b|n\b|s\b)/i;
const MAX_SINGLE = 300;
const MAX_CONTINUATION_PARAS = 8;

function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013\-/]/.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** A mark in opener position: after a space/start, before a non-space. */
function opensHere(text: string, i: number): boolean {
  return isSpaceOrStart(text[i - 1]) && text[i + 1] !== undefined && !/\s/.test(text[i + 1]!);
}

function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  PARA.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARA.exec(text)) !== null) {
    if (m[0].trim() === '') continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The double marks of each paragraph, from one scan of the text (not one scan per paragraph). */
function marksByParagraph(text: string, paras: Span[]): number[][] {
  const out: number[][] = paras.map(() => []);
  DOUBLE.lastIndex = 0;
  let pi = 0;
  let m: RegExpExecArray | null;
  while ((m = DOUBLE.exec(text)) !== null) {
    while (pi < paras.length && paras[pi]!.end <= m.index) pi++;
    if (pi >= paras.length) break;
    if (m.index >= paras[pi]!.start) out[pi]!.push(m.index);
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Finds quotes in double marks, then in single marks outside them. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const paras = paragraphs(text);
  const doubles = findDoubles(text, paras);
  const singles = findSingles(text, paras, doubles);
  return [...doubles, ...singles].sort((a, b) => a.start - b.start);
}

function findDoubles(text: string, parasIn: Span[]): QuoteSpan[] {
  const paras = parasIn.map((p) => ({ ...p }));
  const out: QuoteSpan[] = [];
  const marks = marksByParagraph(text, paras);
  let pi = 0;
  while (pi < paras.length) {
    const p = paras[pi]!;
    const ms = marks[pi]!;
    let openAt = -1;
    let k = 0;
    for (; k < ms.length; k++) {
      const i = ms[k]!;
      const ch = text[i]!;
      if (openAt < 0) {
        if (CLOSE_ONLY.has(ch) && !opensHere(text, i)) continue; // stray closer
        openAt = i;
      } else if (OPEN_ONLY.has(ch) && opensHere(text, i)) {
        openAt = i; // the previous opener was stray
      } else {
        const part = trimSpan(text, openAt + 1, i);
        if (part.end > part.start) out.push({ start: openAt, end: i + 1, parts: [part], mark: 'double', closed: true });
        openAt = -1;
      }
    }
    if (openAt < 0) { pi++; continue; }
    // Open at paragraph end: try to continue into following paragraphs.
    const parts: Span[] = [trimSpan(text, openAt + 1, p.end)];
    let q = pi + 1;
    let closedAt = -1;
    let lastPara = pi;
    let skipped = false;
    while (q < paras.length && q - pi <= MAX_CONTINUATION_PARAS) {
      const qp = paras[q]!;
      const qm = marks[q]!;
      const first = qm[0];
      // The paragraph-opening convention holds only for the paragraph right after the last part.
      const firstAtStart = first !== undefined && first === qp.start && !skipped;
      if (firstAtStart && qm.length % 2 === 1) {
        // Opens again and stays open: the convention for a continuing quote.
        parts.push(trimSpan(text, first + 1, qp.end));
        lastPara = q; q++; continue;
      }
      if (firstAtStart && qm.length % 2 === 0) {
        // Opens again and closes in this paragraph: the continuation ends here.
        const close = qm[1]!;
        parts.push(trimSpan(text, first + 1, close));
        closedAt = close; lastPara = q;
        break;
      }
      if (first === undefined) { parts.push(trimSpan(text, qp.start, qp.end)); skipped = true; q++; continue; }
      if (first !== qp.start && !opensHere(text, first) && !OPEN_ONLY.has(text[first]!)) {
        parts.push(trimSpan(text, qp.start, first));
        closedAt = first; lastPara = q;
      }
      break;
    }
    if (closedAt >= 0) {
      out.push({ start: openAt, end: closedAt + 1, parts: parts.filter((s) => s.end > s.start), mark: 'double', closed: true });
      // Resume scanning after the closing mark in paragraph lastPara.
      const rest = marks[lastPara]!.filter((x) => x > closedAt);
      marks[lastPara] = rest;
      pi = lastPara;
      if (rest.length === 0) pi++;
      else paras[lastPara] = { start: closedAt + 1, end: paras[lastPara]!.end };
      continue;
    }
    if (lastPara > pi) {
      // Continued by the paragraph-opening convention and never closed.
      out.push({ start: openAt, end: paras[lastPara]!.end, parts, mark: 'double', closed: false });
      pi = lastPara + 1;
      continue;
    }
    const only = parts[0]!;
    if (only.end > only.start) out.push({ start: openAt, end: only.end, parts: [only], mark: 'double', closed: false });
    pi++;
  }
  return out;
}

function findSingles(text: string, paras: Span[], doubles: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const inside = (i: number): boolean => doubles.some((d) => i >= d.start && i < d.end);
  // One scan of the text; a quote in single marks never crosses a paragraph end.
  SINGLE.lastIndex = 0;
  let pi = 0;
  let openAt = -1;
  let m: RegExpExecArray | null;
  while ((m = SINGLE.exec(text)) !== null) {
    const i = m.index;
    while (pi < paras.length && paras[pi]!.end <= i) { pi++; openAt = -1; }
    if (pi >= paras.length) break;
    if (i < paras[pi]!.start) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (isWordChar(prev) && isWordChar(next)) continue; // apostrophe inside a word
    if (openAt >= 0 && i - openAt > MAX_SINGLE) openAt = -1;
    const canOpen = text[i] !== '\u2019' || !isWordChar(prev);
    if (openAt < 0) {
      if (canOpen && (isSpaceOrStart(prev) || prev === '"') && isWordChar(next) && !ELISION.test(text.slice(i + 1, i + 6)) && !inside(i)) openAt = i;
      continue;
    }
    if (prev !== undefined && !/\s/.test(prev) && !isWordChar(next)) {
      const part = trimSpan(text, openAt + 1, i);
      if (part.end > part.start) out.push({ start: openAt, end: i + 1, parts: [part], mark: 'single', closed: true });
      openAt = -1;
    }
  }
  return out;
}
