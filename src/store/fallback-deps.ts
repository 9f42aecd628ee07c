/**
 * Stand-ins for the real clusterer and story-report builder, so the store, CLI and server work
 * on their own. The lead replaces them with the real stages (createStoryClusterer,
 * buildAnalysisReport). The clusterer joins an article to the story sharing the most sampled
 * word 5-shingles; the report holds a title, the members and a one-sentence-per-article summary.
 */
import type { Article } from '../model/article.js';
import type { ClusterAssignment, StoryCluster, StoryClusterer } from '../model/match.js';
import type { StoryReport } from '../model/story.js';
import { splitSentences } from '../analyze/sentence-splitter.js';
import type { IngestDeps } from './ingest-service.js';
import { fallbackRelations } from './fallback-passages.js';

const WORD = /[\p{L}\p{N}]+/gu;
const SHINGLE = 5;
const SAMPLE_MOD = 4;
const MIN_SHARED = 3;
const MIN_SHARE_RATIO = 0.1;
const MAX_INDEX = 200_000;
const MIN_SUMMARY_WORDS = 8;

interface FallbackState {
  next: number;
  stories: StoryCluster[];
  index: [number, string][];
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function sampledShingles(text: string): number[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    if (h % SAMPLE_MOD === 0) out.add(h);
  }
  return [...out];
}

function titleOf(a: Article): string {
  if (a.title) return a.title;
  const first = splitSentences(a.text)[0];
  const t = first ? a.text.slice(first.start, first.end) : a.text;
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
}

export function createFallbackClusterer(opts: { state?: unknown } = {}): StoryClusterer {
  const st = (opts.state as FallbackState | undefined) ?? { next: 1, stories: [], index: [] };
  let next = st.next;
  const stories = new Map(st.stories.map((s) => [s.id, { ...s, articleIds: [...s.articleIds] }]));
  const index = new Map<number, string>(st.index);
  return {
    add(article: Article): ClusterAssignment {
      const sh = sampledShingles(article.text);
      const votes = new Map<string, number>();
      for (const h of sh) {
        const s = index.get(h);
        if (s !== undefined && stories.has(s)) votes.set(s, (votes.get(s) ?? 0) + 1);
      }
      let best: string | null = null;
      let bestN = 0;
      for (const [s, n] of votes) if (n > bestN || (n === bestN && best !== null && s < best)) { best = s; bestN = n; }
      if (best === null || bestN < Math.max(MIN_SHARED, sh.length * MIN_SHARE_RATIO)) {
        best = `s${String(next++).padStart(6, '0')}`;
        stories.set(best, { id: best, title: titleOf(article), articleIds: [] });
      }
      stories.get(best)?.articleIds.push(article.id);
      for (const h of sh) {
        index.delete(h);
        index.set(h, best);
      }
      while (index.size > MAX_INDEX) index.delete(index.keys().next().value as number);
      return { articleId: article.id, storyId: best, merged: [], similarity: 1 };
    },
    stories: () => [...stories.values()],
    exportState: (): FallbackState => ({ next, stories: [...stories.values()], index: [...index] }),
  };
}

export function buildFallbackStoryReport(articles: Article[]): StoryReport {
  const summary = articles.slice(0, 3).flatMap((a) => {
    const s = splitSentences(a.text).find((x) => (x.text.match(WORD) ?? []).length >= MIN_SUMMARY_WORDS);
    return s ? [{ text: s.text, articleIds: [a.id] }] : [];
  });
  return {
    id: '',
    title: articles[0] ? titleOf(articles[0]) : '',
    articleIds: articles.map((a) => a.id),
    summary,
    entities: [],
    quotes: [],
    timeline: [],
    claims: [],
    discrepancies: [],
    relations: fallbackRelations(articles),
  };
}

export const fallbackDeps: IngestDeps = {
  createClusterer: (state) => createFallbackClusterer(state === undefined ? {} : { state }),
  buildStoryReport: buildFallbackStoryReport,
};
