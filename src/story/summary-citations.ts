/**
 * Which articles state a sentence: an article supports sentence s when one of its sentences t
 * shares at least `minShared` content words with s and either covers `coverS` of s's content
 * words or is itself mostly (`coverT`) contained in s (a shorter restatement). Coverage is
 * IDF-weighted (df over the story's sentences) so shared names and rare words count more
 * than common ones. Inverted index over content words,
 * so citing a few sentences against thousands costs little.
 */
import type { AnalyzedArticle } from '../model/analyzed.js';
import { contentWords } from './content-words.js';

export interface SupportSpan {
  articleId: string;
  start: number;
  end: number;
}

export interface SupportIndex {
  /** Articles stating `text`, the `own` article first when given. */
  supporters(text: string, own?: string): string[];
  /** The same, with the best-matching sentence of each article (the `own` span first when given). */
  sources(text: string, own?: SupportSpan): SupportSpan[];
}

export interface SupportOptions {
  minShared?: number;
  /** Share of s's content words t must hold. */
  coverS?: number;
  /** Share of t's content words s must hold (t restates part of s). */
  coverT?: number;
}

export function createSupportIndex(items: AnalyzedArticle[], opts: SupportOptions = {}): SupportIndex {
  const minShared = opts.minShared ?? 4;
  const coverS = opts.coverS ?? 0.55;
  const coverT = opts.coverT ?? 0.7;
  const sizes: number[] = [];
  const sentWords: string[][] = [];
  const owner: string[] = [];
  const spans: [number, number][] = [];
  const postings = new Map<string, number[]>();
  for (const it of items) {
    for (const s of it.sentences) {
      const id = sentWords.length;
      const ws = new Set(contentWords(s.text));
      sentWords.push([...ws]);
      owner.push(it.article.id);
      spans.push([s.start, s.end]);
      for (const w of ws) {
        const p = postings.get(w);
        if (p) p.push(id);
        else postings.set(w, [id]);
      }
    }
  }
  const n = sentWords.length;
  const idf = (w: string) => Math.log((n + 1) / ((postings.get(w)?.length ?? 0) + 0.5));
  for (const ws of sentWords) sizes.push(ws.reduce((s, w) => s + idf(w), 0));
  function sources(text: string, own?: SupportSpan): SupportSpan[] {
    const ws = new Set(contentWords(text));
    let total = 0;
    const hits = new Map<number, [number, number]>();
    for (const w of ws) {
      const wi = idf(w);
      total += wi;
      for (const id of postings.get(w) ?? []) {
        const h = hits.get(id);
        if (h) {
          h[0]++;
          h[1] += wi;
        } else hits.set(id, [1, wi]);
      }
    }
    const best = new Map<string, { id: number; weight: number }>();
    for (const [id, [shared, weight]] of hits) {
      if (shared < minShared) continue;
      if (weight / Math.max(1e-9, total) < coverS && weight / Math.max(1e-9, sizes[id]!) < coverT) continue;
      const b = best.get(owner[id]!);
      if (!b || weight > b.weight) best.set(owner[id]!, { id, weight });
    }
    const out: SupportSpan[] = own ? [own] : [];
    for (const [articleId, { id }] of best) {
      if (own && articleId === own.articleId) continue;
      out.push({ articleId, start: spans[id]![0], end: spans[id]![1] });
    }
    return out;
  }
  return {
    sources,
    supporters(text, own) {
      return [...new Set([...(own ? [own] : []), ...sources(text).map((s) => s.articleId)])];
    },
  };
}
