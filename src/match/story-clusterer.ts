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
import { DEFAULT_FEATURE_WEIGHTS, extractFeatures, type FeatureWeights } from './article-features.js';
import { createDfTable, type DfTable } from './df-table.js';
import { createCopyTracker, type CopyTracker } from './copy-tracker.js';
import { signArticle } from './fingerprint-builder.js';
import { storyTalliesConflict, talliesConflict } from './tally-pairs.js';
import { storyYearLow, yearOfDay, yearsConflict, type YearBounds } from './year-bounds.js';
import { channelCosine, channelDots, channelNorms, channelOf, hull, spanDistance, storyDay, timeFactor, type DaySpan } from './story-similarity.js';

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
  /** Stories scored exactly per article (the best by shared strong keys). */
  maxCandidates?: number;
  /** Candidates are ranked by a partial similarity over the article's strongest `rankKeys` keys (and a third as many names and numbers);
   *  the best `exactCandidates` are scored exactly. */
  rankKeys?: number;
  exactCandidates?: number;
  /** Multiplier of similarities between different languages (see crossScale). */
  crossLanguageBoost?: number;
  /** Keys of an article's vector kept for comparison (the strongest by TF-IDF). */
  maxArticleKeys?: number;
  /** Keys kept in the document-frequency table (keys seen once are dropped past this). */
  maxVocabulary?: number;
  /** Keys kept in a story's centroid (the weakest are dropped past 1.5 times this). */
  maxCentroidKeys?: number;
  weights?: Partial<FeatureWeights>;
  /** Weights of the words, names, numbers and dates channels in the similarity. */
  channelWeights?: [number, number, number, number];
  /**
   * Multiplier when the year bounds of the two sides cannot meet (year-bounds.ts: a dated side's
   * year against an undated side's latest named year): a similar event in another year. Soft,
   * since a text may name a future year.
   */
  yearConflictFactor?: number;
  /**
   * Per channel (words, names, numbers, dates), the summed IDF of shared keys that earns the
   * channel its full cosine (0: no gate), see story-similarity.ts.
   */
  evidenceGate?: [number, number, number, number];
  /** Multiplier of the evidence gates between different languages. */
  crossEvidenceFactor?: number;
  /** Least time factor for an article dated only from its text (such a date may be background). */
  textDateFloor?: number;
  /** Multiplier when both sides name tallies ("432 votes to 202") and none in common. */
  tallyConflictFactor?: number;
  /** Share of the shorter text's 5-grams copied that makes two articles one story (0: off). */
  copyContainment?: number;
  /** Resume from exportState(). */
  state?: unknown;
  /**
   * Document frequencies to start from (batch use: the whole pile's, see cluster-articles.ts), so
   * the first articles are weighed like the later ones. Ignored when resuming from `state`.
   */
  initialDf?: { n: number; df: [string, number][] };
}

interface Story {
  id: string;
  seq: number;
  title: string;
  articleIds: string[];
  centroid: Map<string, number>;
  norms: number[];
  normDocs: number;
  /** Members' lower year bounds (year-bounds.ts), with counts. */
  yearLows: Record<string, number>;
  /** Tallies named by members (tally-pairs.ts), with counts. */
  tallies: Record<string, number>;
  /** Members per language; the most frequent is the story's language. */
  langs: Record<string, number>;
  /** Publication days of the members dated to the day, sorted. */
  days: number[];
  maxDay: number | null;
  /**
   * Hull of the members' imprecise dates (a month, a date read from the text), [low, high] days;
   * null when none. Used only while no member is dated to the day: such a date must not pin the
   * story to a day (the middle of a month) and push away the precisely dated reports.
   */
  loose?: [number, number] | null;
  touched: number;
  postedKeys: string[];
}

interface Prepared {
  keys: string[];
  x: Float64Array;
  idf: Float64Array;
  /** x * idf^2: the article's side of an IDF-weighted dot product. */
  w: Float64Array;
  ch: Uint8Array;
  norms: number[];
  norm: number;
  /** Key indexes by decreasing x * idf. */
  order: number[];
  /** The strongest keys (by x * idf) and names and numbers, which index the story and find candidates. */
  top: string[];
  /** Key indexes that rank the candidates (the strongest, and names and numbers). */
  rank: number[];
}

type ResolvedOptions = Required<Omit<StoryClustererOptions, 'state' | 'onFreeze' | 'weights' | 'initialDf'>> & { weights: FeatureWeights };

export const DEFAULT_CLUSTER_OPTIONS: Omit<ResolvedOptions, 'weights'> = {
  joinThreshold: 0.25,
  mergeThreshold: 0.35,
  graceDays: 2,
  halfLifeDays: 1.5,
  freezeAfterArticles: 20_000,
  freezeAfterDays: 4,
  retainFrozen: true,
  indexKeys: 30,
  maxPostings: 100,
  maxCandidates: 10,
  maxCentroidKeys: 2000,
  maxVocabulary: 1_000_000,
  rankKeys: 40,
  maxArticleKeys: 1_000_000,
  crossLanguageBoost: 1.4,
  exactCandidates: 5,
  channelWeights: [1, 1, 1, 0.5],
  copyContainment: 1 / 3,
  yearConflictFactor: 0.5,
  tallyConflictFactor: 0.4,
  textDateFloor: 0.5,
  evidenceGate: [0, 6, 6, 4],
  crossEvidenceFactor: 1,
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
  const crossWeights = [0, ...o.channelWeights.slice(1)];
  const crossGate = o.evidenceGate.map((g) => g * o.crossEvidenceFactor);
  const dfStart = st ? st.df : opts.initialDf;
  const df = createDfTable({ maxKeys: o.maxVocabulary, ...(dfStart ? { state: dfStart } : {}) });
  const active = new Map<string, Story>();
  for (const s of st?.active ?? []) active.set(s.id, { ...s, yearLows: s.yearLows ?? {}, tallies: s.tallies ?? {}, centroid: new Map(s.centroid) });
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
    if (s.normDocs === 0 || docs > s.normDocs * 1.25) { s.norms = channelNorms(s.centroid, df); s.normDocs = docs; }
    return s.norms;
  }

  function similarity(a: Story, b: Story): number {
    const mass = [0, 0, 0, 0];
    const dots = channelDots(a.centroid, b.centroid, df, mass);
    return crossScale(storyLang(a), storyLang(b)) * channelCosine(dots, storyNorms(a), storyNorms(b), weightsFor(storyLang(a), storyLang(b)), mass, gateFor(storyLang(a), storyLang(b)), isCross(storyLang(a), storyLang(b)));
  }

  /**
   * An article's vector with IDF looked up once: keys, weights, x * idf^2, channels, norms. Only
   * the `maxArticleKeys` strongest keys (by x * idf) are kept: the weak rest (common words) moves
   * cosines little but costs time in every comparison and room in every centroid.
   */
  function prepare(v: Map<string, number>): Prepared {
    let keys = [...v.keys()];
    let x = new Float64Array(keys.length);
    let idf = new Float64Array(keys.length);
    for (let i = 0; i < keys.length; i++) { x[i] = v.get(keys[i]!)!; idf[i] = df.idf(keys[i]!); }
    if (keys.length > o.maxArticleKeys) {
      const all = { keys, x, idf };
      const kept = keys.map((_, i) => i)
        .sort((a, b) => all.x[b]! * all.idf[b]! - all.x[a]! * all.idf[a]! || (all.keys[a]! < all.keys[b]! ? -1 : 1))
        .slice(0, o.maxArticleKeys);
      keys = kept.map((i) => all.keys[i]!);
      x = Float64Array.from(kept, (i) => all.x[i]!);
      idf = Float64Array.from(kept, (i) => all.idf[i]!);
    }
    const n = keys.length;
    const w = new Float64Array(n);
    const ch = new Uint8Array(n);
    const sq = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      w[i] = x[i]! * idf[i]! * idf[i]!;
      ch[i] = channelOf(keys[i]!);
      sq[ch[i]!]! += x[i]! * w[i]!;
    }
    const order = keys.map((_, i) => i).sort((a, b) => x[b]! * idf[b]! - x[a]! * idf[a]! || (keys[a]! < keys[b]! ? -1 : 1));
    const norm = Math.sqrt(sq.reduce((a, b) => a + b, 0)) || 1;
    return { keys, x, idf, w, ch, norms: sq.map(Math.sqrt), norm, order, top: strongest(ch, order, o.indexKeys).map((i) => keys[i]!), rank: strongest(ch, order, o.rankKeys) };
  }

  /**
   * The `n` strongest keys plus the strongest remaining names and numbers (a third as many): the
   * keys that index a story and find its candidates, and those that rank the candidates. Words
   * are usually strongest, and they do not cross languages: without the extra names and numbers,
   * a report in another language would never meet its story's reports to be compared at all.
   */
  function strongest(ch: Uint8Array, order: number[], n: number): number[] {
    const top = order.slice(0, n);
    const extra = Math.ceil(n / 3);
    let added = 0;
    for (let r = n; r < order.length && added < extra; r++) {
      const i = order[r]!;
      if (ch[i] === 1 || ch[i] === 2) { top.push(i); added++; }
    }
    return top;
  }

  function storyYears(s: Story): YearBounds {
    return { low: storyYearLow(s.yearLows), high: yearOfDay(storyDay(s.days, o.graceDays)) };
  }

  /** The days a story is about: its day, else the hull of its imprecise dates; null if undated. */
  function storySpan(s: Story): DaySpan | null {
    const day = storyDay(s.days, o.graceDays);
    if (day !== null) return [day, day];
    return s.loose ?? null;
  }

  /** A story's language (its most frequent), cached until its members change. */
  const langOf = new WeakMap<Story, string | null>();
  function storyLang(s: Story): string | null {
    const cached = langOf.get(s);
    if (cached !== undefined) return cached;
    let best: string | null = null;
    let n = 0;
    for (const [l, c] of Object.entries(s.langs)) if (c > n || (c === n && best !== null && l < best)) { best = l; n = c; }
    langOf.set(s, best);
    return best;
  }

  /**
   * Scale of a cross-language similarity: names are inflected and spelt differently across
   * languages (exonyms, case endings), so the same evidence gives lower cosines than within one.
   */
  function crossScale(a: string | null, b: string | null): number {
    return isCross(a, b) ? o.crossLanguageBoost : 1;
  }

  /** Channel weights for a pair: word overlap is not expected across languages, so it is left out. */
  function weightsFor(a: string | null, b: string | null): readonly number[] {
    return isCross(a, b) ? crossWeights : o.channelWeights;
  }

  /**
   * Evidence gates for a pair: across languages the names, numbers and dates stand alone (words
   * are left out), so they must bring more evidence: a few small numbers in common are chance.
   */
  function gateFor(a: string | null, b: string | null): readonly number[] {
    return isCross(a, b) ? crossGate : o.evidenceGate;
  }

  function isCross(a: string | null, b: string | null): boolean {
    return a !== null && b !== null && a !== b;
  }

  /** Cosine over the article's keys, or over some of them (`only`: a lower bound used to rank candidates). */
  function preparedSimilarity(p: Prepared, an: number[], b: Story, lang: string | null, only?: readonly number[]): number {
    const dots = [0, 0, 0, 0];
    const mass = [0, 0, 0, 0];
    const c = b.centroid;
    const idx = only ?? p.order;
    for (let r = 0; r < idx.length; r++) {
      const i = idx[r]!;
      const y = c.get(p.keys[i]!);
      if (y !== undefined) { dots[p.ch[i]!]! += p.w[i]! * y; mass[p.ch[i]!]! += p.idf[i]!; }
    }
    return crossScale(lang, storyLang(b)) * channelCosine(dots, an, storyNorms(b), weightsFor(lang, storyLang(b)), mass, gateFor(lang, storyLang(b)), isCross(lang, storyLang(b)));
  }

  /** Adds an article's vector (unit length for the current IDF) to a story's centroid. */
  function addPrepared(s: Story, p: Prepared): void {
    const fresh = s.normDocs !== 0;
    const sq = s.norms.map((n) => n * n);
    const scale = 1 / p.norm;
    for (let i = 0; i < p.keys.length; i++) {
      const k = p.keys[i]!;
      const old = s.centroid.get(k) ?? 0;
      const now = old + p.x[i]! * scale;
      s.centroid.set(k, now);
      sq[p.ch[i]!]! += (now * now - old * old) * p.idf[i]! * p.idf[i]!;
    }
    if (fresh) s.norms = sq.map((x) => Math.sqrt(Math.max(0, x)));
    pruneCentroid(s);
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

  /** Adds to a centroid, updating its channel norms exactly for the current IDF. */
  function addVector(s: Story, v: Map<string, number>, scale: number): void {
    const fresh = s.normDocs !== 0;
    const sq = fresh ? s.norms.map((n) => n * n) : [];
    for (const [k, x] of v) {
      const old = s.centroid.get(k) ?? 0;
      const now = old + x * scale;
      s.centroid.set(k, now);
      if (fresh) { const idf = df.idf(k); sq[channelOf(k)]! += (now * now - old * old) * idf * idf; }
    }
    if (fresh) s.norms = sq.map((x) => Math.sqrt(Math.max(0, x)));
    pruneCentroid(s);
  }

  function pruneCentroid(s: Story): void {
    if (s.centroid.size > o.maxCentroidKeys * 1.5) {
      const kept = [...s.centroid].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, o.maxCentroidKeys);
      s.centroid = new Map(kept);
      s.normDocs = 0;
    }
  }

  function widen(s: Story, days: readonly number[]): void {
    for (const day of days) {
      let i = s.days.length;
      while (i > 0 && s.days[i - 1]! > day) i--;
      s.days.splice(i, 0, day);
      s.maxDay = s.maxDay === null ? day : Math.max(s.maxDay, day);
    }
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

  /** Stories indexed under the article's strongest keys, the `maxCandidates` best by summed IDF. */
  function candidates(keys: string[]): Story[] {
    const hit = new Map<string, number>();
    for (const k of keys) {
      const idf = df.idf(k);
      for (const id of postings.get(k) ?? []) hit.set(id, (hit.get(id) ?? 0) + idf);
    }
    const ranked: [Story, number][] = [];
    for (const [id, x] of hit) { const s = active.get(id); if (s) ranked.push([s, x]); }
    ranked.sort((a, b) => b[1] - a[1] || a[0].seq - b[0].seq);
    return ranked.slice(0, o.maxCandidates).map((e) => e[0]).sort((a, b) => a.seq - b.seq);
  }

  function merge(into: Story, from: Story): void {
    addVector(into, from.centroid, 1);
    into.articleIds.push(...from.articleIds);
    for (const [y, c] of Object.entries(from.tallies)) into.tallies[y] = (into.tallies[y] ?? 0) + c;
    for (const [y, c] of Object.entries(from.yearLows)) into.yearLows[y] = (into.yearLows[y] ?? 0) + c;
    for (const [l, c] of Object.entries(from.langs)) into.langs[l] = (into.langs[l] ?? 0) + c;
    langOf.delete(into);
    for (const id of from.articleIds) storyOfArticle.set(id, into.id);
    widen(into, from.days);
    if (from.loose) into.loose = hull(into.loose ?? null, from.loose);
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
      if (f.day !== null && f.dayTolerance === 0 && (streamDay === null || f.day > streamDay)) streamDay = f.day;
      const prepared = prepare(f.terms);
      const aNorms = prepared.norms;
      const aSpan: DaySpan | null = f.day === null ? null : [f.day - f.dayTolerance, f.day + f.dayTolerance];
      const keys = prepared.top;
      const cands = candidates(keys);
      for (const sid of copied) { const s = active.get(sid); if (s && !cands.includes(s)) cands.push(s); }
      let best: Story | null = null;
      let bestScore = 0;
      const near: Story[] = [];
      const ranked = cands.length <= o.exactCandidates ? cands : cands
        .map((s) => [s, copied.has(s.id) ? Infinity : preparedSimilarity(prepared, aNorms, s, f.lang, prepared.rank)] as const)
        .sort((x, y) => y[1] - x[1] || x[0].seq - y[0].seq)
        .slice(0, Math.max(o.exactCandidates, copied.size))
        .map((e) => e[0]);
      for (const s of ranked) {
        const cos = preparedSimilarity(prepared, aNorms, s, f.lang);
        const tf = timeFactor(spanDistance(aSpan, storySpan(s)), o.graceDays, o.halfLifeDays);
        // A date read from the text may be background (a birth, an anniversary): weak evidence.
        let score = cos * (f.dayFromText ? Math.max(tf, o.textDateFloor) : tf);
        if (yearsConflict(f.yearBounds, storyYears(s))) score *= o.yearConflictFactor;
        if (talliesConflict(f.tallies, s.tallies)) score *= o.tallyConflictFactor;
        if (copied.has(s.id)) score = Math.max(cos, o.joinThreshold);
        if (score > bestScore) { best = s; bestScore = score; }
        if (score >= o.joinThreshold) near.push(s);
      }
      let story: Story;
      const merged: string[] = [];
      if (best && bestScore >= o.joinThreshold) {
        story = best;
      } else {
        story = { id: `s${++seq}`, seq, title: f.title, articleIds: [], centroid: new Map(), norms: [0, 0, 0, 0], normDocs: 0, yearLows: {}, tallies: {}, langs: {}, days: [], maxDay: null, loose: null, touched: clock, postedKeys: [] };
        bestScore = 0;
      }
      story.articleIds.push(article.id);
      storyOfArticle.set(article.id, story.id);
      for (const t of f.tallies) story.tallies[t] = (story.tallies[t] ?? 0) + 1;
      const low = f.yearBounds.low;
      if (low !== null) story.yearLows[low] = (story.yearLows[low] ?? 0) + 1;
      if (f.lang !== null) { story.langs[f.lang] = (story.langs[f.lang] ?? 0) + 1; langOf.delete(story); }
      addPrepared(story, prepared);
      if (f.day !== null && f.dayTolerance === 0) widen(story, [f.day]);
      else if (aSpan !== null) story.loose = hull(story.loose ?? null, aSpan);
      touch(story);
      post(story, keys);
      for (const other of near) {
        if (other === story || !active.has(other.id)) continue;
        const cos = similarity(story, other);
        const yf = (yearsConflict(storyYears(story), storyYears(other)) ? o.yearConflictFactor : 1) * (storyTalliesConflict(story.tallies, other.tallies) ? o.tallyConflictFactor : 1);
        if (yf * cos * timeFactor(spanDistance(storySpan(story), storySpan(other)), o.graceDays, o.halfLifeDays) < o.mergeThreshold) continue;
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
  for (const [k, v] of Object.entries(x)) if (v !== undefined && k !== 'state' && k !== 'initialDf' && k !== 'onFreeze' && k !== 'weights') (out as Record<string, unknown>)[k] = v;
  return out;
}
