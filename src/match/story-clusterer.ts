/**
 * Streaming story clustering (single pass, in the manner of Miranda et al. 2018, "Multilingual
 * clustering of streaming news"): each article joins the most similar active story or starts one.
 * Similarity is the cosine of IDF-weighted feature vectors (article-features.ts; document
 * frequencies updated with every article), times a time-proximity factor. After a join, stories
 * the article also resembles are merged when their centroids have converged. Stories untouched
 * for a window (articles or days) are frozen: their centroid and index entries are dropped, so
 * memory stays bounded on an endless stream. No randomness and only insertion-ordered maps:
 * the same input in the same order gives the same stories.
 * Copied text is evidence too: an article that copies a third of its text from a story's member
 * (or is copied by one) joins that story whatever the dates say (publication dates are often
 * wrong: crawl dates, photo dates), see copy-tracker.ts.
 */
import type { Article } from '../model/article.js';
import type { ClusterAssignment, StoryCluster, StoryClusterer } from '../model/match.js';
import { DEFAULT_FEATURE_WEIGHTS, extractFeatures, type ArticleFeatures, type FeatureWeights } from './article-features.js';
import { createDfTable, type DfTable } from './df-table.js';
import { createCopyTracker, type CopyTracker } from './copy-tracker.js';
import { signArticle } from './fingerprint-builder.js';
import { channelCosine, channelDots, channelNorms, dayDistance, timeFactor, weightedNorm } from './story-similarity.js';

export interface StoryClustererOptions {
  /** Minimum similarity for an article to join a story. */
  joinThreshold?: number;
  /** Minimum centroid similarity for two stories to merge. */
  mergeThreshold?: number;
  /** Days of date difference that cost nothing, and the half-life of the penalty beyond. */
  graceDays?: number;
  halfLifeDays?: number;
  /** Freeze a story after this many articles arrived without touching it. */
  freezeAfterArticles?: number;
  /** Freeze a story whose newest member is this many days older than the newest article seen. */
  freezeAfterDays?: number;
  /** Keep frozen stories' ids and titles (stories() lists them); false for endless streams. */
  retainFrozen?: boolean;
  /** Called when a story freezes. */
  onFreeze?: (story: StoryCluster) => void;
  /** How many of an article's strongest keys index its story (candidate retrieval). */
  indexKeys?: number;
  /** Longest posting list per key (oldest entries dropped). */
  maxPostings?: number;
  weights?: Partial<FeatureWeights>;
  /** Weights of the words, names, numbers and dates channels in the similarity. */
  channelWeights?: [number, number, number, number];
  /** Share of the shorter text's 5-grams copied that makes two articles one story (0: off). */
  copyContainment?: number;
  /** Resume from exportState(). */
  state?: unknown;
}

interface Story {
  id: string;
  seq: number;
  title: string;
  articleIds: string[];
  centroid: Map<string, number>;
  norms: number[];
  normDocs: number;
  minDay: number | null;
  maxDay: number | null;
  touched: number;
  postedKeys: string[];
}

type ResolvedOptions = Required<Omit<StoryClustererOptions, 'state' | 'onFreeze' | 'weights'>> & { weights: FeatureWeights };

export const DEFAULT_CLUSTER_OPTIONS: Omit<ResolvedOptions, 'weights'> = {
  joinThreshold: 0.25,
  mergeThreshold: 0.35,
  graceDays: 2,
  halfLifeDays: 1.5,
  freezeAfterArticles: 20_000,
  freezeAfterDays: 4,
  retainFrozen: true,
  indexKeys: 50,
  maxPostings: 500,
  channelWeights: [1, 1, 1, 0.5],
  copyContainment: 1 / 3,
};

interface State {
  version: 1;
  options: ResolvedOptions;
  clock: number;
  seq: number;
  streamDay: number | null;
  df: ReturnType<DfTable['exportState']>;
  active: (Omit<Story, 'centroid'> & { centroid: [string, number][] })[];
  frozen: StoryCluster[];
  postings: [string, string[]][];
  copies: ReturnType<CopyTracker['exportState']>;
}

export function createStoryClusterer(opts: StoryClustererOptions = {}): StoryClusterer {
  const st = opts.state as State | undefined;
  if (st !== undefined && (typeof st !== 'object' || st === null || st.version !== 1)) throw new TypeError('unknown clusterer state');
  const o: ResolvedOptions = st?.options ?? { ...DEFAULT_CLUSTER_OPTIONS, ...stripUndefined(opts), weights: { ...DEFAULT_FEATURE_WEIGHTS, ...opts.weights } };
  const onFreeze = opts.onFreeze;
  const df = createDfTable(st ? { state: st.df } : {});
  const active = new Map<string, Story>();
  for (const s of st?.active ?? []) active.set(s.id, { ...s, centroid: new Map(s.centroid) });
  const frozen: StoryCluster[] = [...(st?.frozen ?? [])];
  const postings = new Map<string, string[]>(st?.postings ?? []);
  let clock = st?.clock ?? 0;
  let seq = st?.seq ?? 0;
  let streamDay: number | null = st?.streamDay ?? null;
  const copies = createCopyTracker({ containment: o.copyContainment, ...(st ? { state: st.copies } : {}) });
  const storyOfArticle = new Map<string, string>();
  for (const s of active.values()) for (const id of s.articleIds) storyOfArticle.set(id, s.id);

  function storyNorms(s: Story): number[] {
    const docs = df.docs();
    if (s.normDocs === 0 || docs > s.normDocs * 1.1) { s.norms = channelNorms(s.centroid, df); s.normDocs = docs; }
    return s.norms;
  }

  function similarity(a: Map<string, number>, an: number[], b: Story): number {
    return channelCosine(channelDots(a, b.centroid, df), an, storyNorms(b), o.channelWeights);
  }

  function touch(s: Story): void {
    s.touched = clock;
    active.delete(s.id);
    active.set(s.id, s);
  }

  function post(s: Story, keys: string[]): void {
    for (const k of keys) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      if (list[list.length - 1] !== s.id) list.push(s.id);
      if (list.length > o.maxPostings) list.shift();
      s.postedKeys.push(k);
    }
  }

  function unpost(s: Story): void {
    for (const k of new Set(s.postedKeys)) {
      const list = postings.get(k);
      if (!list) continue;
      const kept = list.filter((id) => id !== s.id);
      if (kept.length === 0) postings.delete(k);
      else postings.set(k, kept);
    }
  }

  function addVector(s: Story, v: Map<string, number>, scale: number): void {
    for (const [k, x] of v) s.centroid.set(k, (s.centroid.get(k) ?? 0) + x * scale);
    s.normDocs = 0;
  }

  function spanDistance(a: Story, b: Story): number | null {
    if (a.minDay === null || b.minDay === null || a.maxDay === null || b.maxDay === null) return null;
    return Math.max(0, a.minDay - b.maxDay, b.minDay - a.maxDay);
  }

  function widen(s: Story, day: number | null): void {
    if (day === null) return;
    s.minDay = s.minDay === null ? day : Math.min(s.minDay, day);
    s.maxDay = s.maxDay === null ? day : Math.max(s.maxDay, day);
  }

  function freeze(s: Story): void {
    active.delete(s.id);
    unpost(s);
    for (const id of s.articleIds) { storyOfArticle.delete(id); copies.remove(id); }
    const c: StoryCluster = { id: s.id, title: s.title, articleIds: s.articleIds, frozen: true };
    if (o.retainFrozen) frozen.push(c);
    onFreeze?.(c);
  }

  function freezeExpired(): void {
    for (const s of active.values()) {
      const byCount = clock - s.touched > o.freezeAfterArticles;
      const byDays = streamDay !== null && s.maxDay !== null && streamDay - s.maxDay > o.freezeAfterDays;
      if (!byCount && !byDays) break;
      freeze(s);
    }
  }

  function topKeys(f: ArticleFeatures): string[] {
    const scored: [string, number][] = [];
    for (const [k, x] of f.terms) scored.push([k, x * df.idf(k)]);
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return scored.slice(0, o.indexKeys).map((e) => e[0]);
  }

  function candidates(keys: string[]): Story[] {
    const out: Story[] = [];
    const seen = new Set<string>();
    for (const k of keys) {
      for (const id of postings.get(k) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const s = active.get(id);
        if (s) out.push(s);
      }
    }
    return out.sort((a, b) => a.seq - b.seq);
  }

  function merge(into: Story, from: Story): void {
    addVector(into, from.centroid, 1);
    into.articleIds.push(...from.articleIds);
    for (const id of from.articleIds) storyOfArticle.set(id, into.id);
    widen(into, from.minDay);
    widen(into, from.maxDay);
    unpost(from);
    active.delete(from.id);
    post(into, [...new Set(from.postedKeys)]);
  }

  return {
    add(article: Article): ClusterAssignment {
      const signed = signArticle(article);
      const f = extractFeatures(article, o.weights, signed);
      const copied = new Set<string>();
      if (o.copyContainment > 0) {
        for (const other of copies.add(article.id, signed.signature, signed.shingles.length)) {
          const sid = storyOfArticle.get(other);
          if (sid !== undefined) copied.add(sid);
        }
      }
      df.addDocument(f.terms.keys());
      clock++;
      if (f.day !== null && (streamDay === null || f.day > streamDay)) streamDay = f.day;
      const aNorm = weightedNorm(f.terms, df) || 1;
      const aNorms = channelNorms(f.terms, df);
      const keys = topKeys(f);
      const cands = candidates(keys);
      for (const sid of copied) { const s = active.get(sid); if (s && !cands.includes(s)) cands.push(s); }
      let best: Story | null = null;
      let bestScore = 0;
      const near: Story[] = [];
      for (const s of cands) {
        const cos = similarity(f.terms, aNorms, s);
        let score = cos * timeFactor(dayDistance(f.day, f.dayTolerance, s), o.graceDays, o.halfLifeDays);
        if (copied.has(s.id)) score = Math.max(cos, o.joinThreshold);
        if (score > bestScore) { best = s; bestScore = score; }
        if (score >= o.joinThreshold * 0.5) near.push(s);
      }
      let story: Story;
      const merged: string[] = [];
      if (best && bestScore >= o.joinThreshold) {
        story = best;
      } else {
        story = { id: `s${++seq}`, seq, title: f.title, articleIds: [], centroid: new Map(), norms: [0, 0, 0, 0], normDocs: 0, minDay: null, maxDay: null, touched: clock, postedKeys: [] };
        bestScore = 0;
      }
      story.articleIds.push(article.id);
      storyOfArticle.set(article.id, story.id);
      addVector(story, f.terms, 1 / aNorm);
      widen(story, f.day);
      touch(story);
      post(story, keys);
      for (const other of near) {
        if (other === story || !active.has(other.id)) continue;
        const cos = similarity(story.centroid, storyNorms(story), other);
        if (cos * timeFactor(spanDistance(story, other), o.graceDays, o.halfLifeDays) < o.mergeThreshold) continue;
        const [keep, drop] = other.seq < story.seq ? [other, story] : [story, other];
        merge(keep, drop);
        merged.push(drop.id);
        touch(keep);
        story = keep;
      }
      freezeExpired();
      return { articleId: article.id, storyId: story.id, merged, similarity: Math.round(bestScore * 1000) / 1000 };
    },
    stories(): StoryCluster[] {
      const live = [...active.values()].map((s) => ({ id: s.id, title: s.title, articleIds: [...s.articleIds] }));
      return [...frozen, ...live].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
    },
    exportState(): State {
      return {
        version: 1,
        options: o,
        clock,
        seq,
        streamDay,
        df: df.exportState(),
        active: [...active.values()].map((s) => ({ ...s, centroid: [...s.centroid], articleIds: [...s.articleIds], postedKeys: [...s.postedKeys] })),
        frozen: frozen.map((c) => ({ ...c, articleIds: [...c.articleIds] })),
        postings: [...postings].map(([k, v]) => [k, [...v]]),
        copies: copies.exportState(),
      };
    },
  };
}

function stripUndefined<T extends object>(x: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(x)) if (v !== undefined && k !== 'state' && k !== 'onFreeze' && k !== 'weights') (out as Record<string, unknown>)[k] = v;
  return out;
}
