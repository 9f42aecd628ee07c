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

interface Tok { w: string; start: number; end: number }

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(WORD)) out.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

const gram = (t: Tok[], i: number): string => t.slice(i, i + MIN_WORDS).map((x) => x.w).join(' ');

export function sharedPassages(a: Article, ta: Tok[], b: Article, tb: Tok[]): SharedPassage[] {
  const index = new Map<string, number[]>();
  for (let i = 0; i + MIN_WORDS <= ta.length; i++) {
    const g = gram(ta, i);
    const list = index.get(g);
    if (list) list.push(i); else index.set(g, [i]);
  }
  const out: SharedPassage[] = [];
  let j = 0;
  while (j + MIN_WORDS <= tb.length) {
    const hits = index.get(gram(tb, j));
    if (!hits) { j++; continue; }
    let bestI = -1;
    let bestLen = 0;
    for (const i of hits) {
      let n = 0;
      while (i + n < ta.length && j + n < tb.length && ta[i + n]?.w === tb[j + n]?.w) n++;
      if (n > bestLen) { bestLen = n; bestI = i; }
    }
    const as = ta[bestI];
    const ae = ta[bestI + bestLen - 1];
    const bs = tb[j];
    if (as && ae && bs) {
      out.push({ text: a.text.slice(as.start, ae.end), aStart: as.start, bStart: bs.start, length: ae.end - as.start });
    }
    j += bestLen;
  }
  return out;
}

/** Pairwise relations among the first MAX_ARTICLES articles; the earlier-listed one is `a`. */
export function fallbackRelations(articles: Article[]): Relation[] {
  const list = articles.slice(0, MAX_ARTICLES);
  const toks = list.map((a) => tokens(a.text));
  const out: Relation[] = [];
  for (let x = 0; x < list.length; x++) {
    for (let y = x + 1; y < list.length; y++) {
      const a = list[x] as Article;
      const b = list[y] as Article;
      const passages = sharedPassages(a, toks[x] ?? [], b, toks[y] ?? []);
      if (passages.length === 0) continue;
      const shared = passages.reduce((s, p) => s + p.length, 0);
      const similarity = Math.min(1, shared / Math.max(1, Math.min(a.text.length, b.text.length)));
      out.push({ kind: similarity > 0.9 ? 'reprint' : 'shares-passages', a: a.id, b: b.id, similarity, sharedPassages: passages });
    }
  }
  return out;
}
