/**
 * Stand-in shared-passage finder for the fallback report (replaced by the real matcher stage):
 * maximal runs of at least MIN_WORDS identical words (case-insensitive) between two texts,
 * found through hashed word 8-grams, with character offsets into both texts.
 */
import type { Article } from '../model/article.js';
import type { Relation, SharedPassage } from '../model/match.js';

const WORD = /[\p{L}\p{N}]+/gu;
const MIN_WORDS = 8;
const MAX_ARTICLES = 15;

interface Tokens { hash: Int32Array; start: Int32Array; end: Int32Array; grams: Map<number, number[]> }

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

function tokenize(text: string): Tokens {
  const hs: number[] = [];
  const ss: number[] = [];
  const es: number[] = [];
  for (const m of text.matchAll(WORD)) {
    hs.push(fnv1a(m[0].toLowerCase()));
    ss.push(m.index);
    es.push(m.index + m[0].length);
  }
  const hash = Int32Array.from(hs);
  const grams = new Map<number, number[]>();
  for (let i = 0; i + MIN_WORDS <= hash.length; i++) {
    const g = gramAt(hash, i);
    const list = grams.get(g);
    if (list) list.push(i); else grams.set(g, [i]);
  }
  return { hash, start: Int32Array.from(ss), end: Int32Array.from(es), grams };
}

function gramAt(h: Int32Array, i: number): number {
  let g = 17;
  for (let k = 0; k < MIN_WORDS; k++) g = Math.imul(g, 31) + (h[i + k] ?? 0) | 0;
  return g;
}

function sharedPassages(a: Article, ta: Tokens, tb: Tokens): SharedPassage[] {
  const out: SharedPassage[] = [];
  let j = 0;
  while (j + MIN_WORDS <= tb.hash.length) {
    const hits = ta.grams.get(gramAt(tb.hash, j));
    let bestI = -1;
    let bestLen = 0;
    for (const i of hits ?? []) {
      let n = 0;
      while (i + n < ta.hash.length && j + n < tb.hash.length && ta.hash[i + n] === tb.hash[j + n]) n++;
      if (n > bestLen) { bestLen = n; bestI = i; }
    }
    if (bestLen < MIN_WORDS) { j++; continue; }
    const as = ta.start[bestI] ?? 0;
    const ae = ta.end[bestI + bestLen - 1] ?? as;
    const bs = tb.start[j] ?? 0;
    const be = tb.end[j + bestLen - 1] ?? bs;
    out.push({ text: a.text.slice(as, ae), aStart: as, bStart: bs, length: ae - as, bLength: be - bs });
    j += bestLen;
  }
  return out;
}

/** Pairwise relations among the first MAX_ARTICLES articles; the earlier-listed one is `a`. */
export function fallbackRelations(articles: Article[]): Relation[] {
  const list = articles.slice(0, MAX_ARTICLES);
  const toks = list.map((a) => tokenize(a.text));
  const out: Relation[] = [];
  for (let x = 0; x < list.length; x++) {
    for (let y = x + 1; y < list.length; y++) {
      const a = list[x] as Article;
      const b = list[y] as Article;
      const ta = toks[x] as Tokens;
      const tb = toks[y] as Tokens;
      const passages = sharedPassages(a, ta, tb);
      if (passages.length === 0) continue;
      const shared = passages.reduce((s, p) => s + p.length, 0);
      const similarity = Math.min(1, shared / Math.max(1, Math.min(a.text.length, b.text.length)));
      out.push({ kind: similarity > 0.9 ? 'reprint' : 'shares-passages', a: a.id, b: b.id, similarity, sharedPassages: passages });
    }
  }
  return out;
}
