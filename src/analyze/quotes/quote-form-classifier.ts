import type { QuoteSpan } from './quote-span-finder.js';

/**
 * Tells full quotations from quoted terms. A quote is:
 * - 'title' (dropped): a title of a work, after "the film/book/song/show/... " or "titled/
 *   entitled", written in title case;
 * - 'nickname' (dropped): a short capitalised quote between two parts of a name (Dwayne "The Rock" Johnson);
 * - 'full': it stands as a sentence (nothing but a cue or nothing at all before it in its
 *   sentence, or after a colon) with at least three words, or runs over several paragraphs,
 *   or is a long clause (8+ words) ending in punctuation;
 * - 'partial': anything else: a scare quote or a short quoted phrase inside the reporter's sentence.
 */

export type QuoteForm = 'full' | 'partial' | 'title' | 'nickname';

const WORK_BEFORE = /\b(?:film|movie|book|novel|song|album|show|series|sitcom|play|musical|opera|poem|painting|documentary|podcast|programme|program|column|article|essay|headline|episode|single|track|titled|entitled|headlined|magazine|newspaper|called|named|dubbed|nicknamed|known as|so-called)\s*,?\s*$/i;
const NICK_BEFORE = /\p{Lu}[\p{L}.]*\s+$/u;
const NICK_AFTER = /^\s+\p{Lu}/u;
const WORDS = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;
const TERMINAL = /[.!?,\u2026:;-]$/;
const STANDALONE_PREFIX = /(?:^|[:,]|\(\s*SOUNDBITE[^:]*:)\s*$/i;

/** The first `limit` words (counts above the limit are never needed, and long quotes are common). */
function words(s: string, limit: number): string[] {
  const out: string[] = [];
  WORDS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = WORDS.exec(s)) !== null) out.push(m[0]);
  return out;
}

function titleCased(ws: string[]): boolean {
  const content = ws.filter((w) => w.length > 3);
  if (content.length === 0) return ws.length > 0 && /^\p{Lu}/u.test(ws[0]!);
  return content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * @param prefix text of the sentence before the opening mark
 * @param suffix text of the sentence after the closing mark
 */
export function classifyQuoteForm(q: QuoteSpan, inner: string, prefix: string, suffix: string): QuoteForm {
  const ws = words(inner, 13);
  if (ws.length <= 12 && WORK_BEFORE.test(prefix) && titleCased(ws)) return 'title';
  if (ws.length <= 3 && NICK_BEFORE.test(prefix) && NICK_AFTER.test(suffix) && titleCased(ws) && !/[.!?,]$/.test(inner)) return 'nickname';
  if (q.parts.length > 1 && ws.length >= 3) return 'full';
  const standalone = STANDALONE_PREFIX.test(prefix.trimEnd());
  if (standalone && (ws.length >= 3 || /[.!?]$/.test(inner))) return 'full';
  if (ws.length >= 8 && TERMINAL.test(inner)) return 'full';
  if (ws.length >= 12) return 'full';
  return 'partial';
}
