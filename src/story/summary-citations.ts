/**
 * Which articles state a sentence: an article supports sentence s when one of its sentences t
 * shares at least `minShared` content words with s and either covers `coverS` of s's content
 * words or is itself mostly (`coverT`) contained in s (a shorter restatement). Coverage is
 * IDF-weighted (df over the story's sentences) so shared names and rare words count more
 * than common ones. Paraphrase tolerance: month abbreviations are spelled out, a few general
 * verbs count as one ("visited" = "toured", "detained" = "jailed"), and a stem matches a longer stem it
 * extends by a derivational ending (5+ letters: "press" = "pressure"). Inverted index over content
 * words, so citing a few sentences against thousands costs little.
 */
import type { AnalyzedArticle } from '../model/analyzed.js';
import { contentWords } from './content-words.js';

const MONTHS: Record<string, string> = { jan: 'januari', feb: 'februari', mar: 'march', apr: 'april', jun: 'june', jul: 'juli', aug: 'august', sep: 'septemb', sept: 'septemb', oct: 'octob', nov: 'novemb', dec: 'decemb' };
/** General verbs (Porter stems) that report the same act. */
const SAME_ACT: string[][] = [
  ['detain', 'jail', 'imprison', 'intern'],
  ['kill', 'die', 'dead'],
  ['visit', 'trip', 'tour'],
  ['meet', 'met'],
  ['condemn', 'denounc', 'criticis', 'criticiz', 'slam'],
  ['help', 'aid', 'assist'],
  ['start', 'begin', 'began', 'launch'],
];
const CANON = new Map<string, string>(Object.entries(MONTHS));
for (const g of SAME_ACT) for (const w of g) CANON.set(w, g[0]!);
const MIN_PREFIX = 5;
/** Derivational endings that keep the meaning of the stem they extend ("press" -> "pressur"). */
const DERIVED_RE = /^(?:ur|ment|ion|ation|al|er|or|ive|iti|ist|ism|ic|ant|ent|ize|is)$/;

function canonWords(text: string): Set<string> {
  return new Set(contentWords(text).map((w) => CANON.get(w) ?? w));
}

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
      const ws = canonWords(s.text);
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
  // Index stems that begin with a query stem (or that a query stem begins): sorted vocabulary.
  const vocab = [...postings.keys()].sort();
  const related = (w: string): string[] => {
    const out = postings.has(w) ? [w] : [];
    for (let k = MIN_PREFIX; k < w.length; k++) {
      const p = w.slice(0, k);
      if (postings.has(p) && DERIVED_RE.test(w.slice(k))) out.push(p);
    }
    if (w.length >= MIN_PREFIX) {
      let lo = 0;
      let hi = vocab.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (vocab[mid]! <= w) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < vocab.length && vocab[k]!.startsWith(w); k++) if (DERIVED_RE.test(vocab[k]!.slice(w.length))) out.push(vocab[k]!);
    }
    return out;
  };
  const idf = (w: string) => Math.log((n + 1) / ((postings.get(w)?.length ?? 0) + 0.5));
  for (const ws of sentWords) sizes.push(ws.reduce((s, w) => s + idf(w), 0));
  function sources(text: string, own?: SupportSpan): SupportSpan[] {
    const ws = canonWords(text);
    let total = 0;
    const hits = new Map<number, [number, number]>();
    for (const w of ws) {
      const rel = related(w);
      const wi = rel.length > 0 ? Math.max(...rel.map(idf)) : idf(w);
      total += wi;
      const ids = rel.length <= 1 ? (postings.get(rel[0] ?? w) ?? []) : [...new Set(rel.flatMap((r) => postings.get(r) ?? []))];
      for (const id of ids) {
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
