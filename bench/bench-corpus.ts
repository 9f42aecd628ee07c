// Synthetic corpora for the store/server benchmarks: real article texts (the shared dev-stories
// set) mutated so that each copy is a distinct article (word swaps, dropped and reordered
// paragraphs), grouped into stories of a few articles each, as a clusterer would.
import { contentHash } from '../src/clean/clean-document.js';
import { loadArticles } from '../src/pipeline/load-articles.js';
import type { Article } from '../src/model/article.js';
import type { StoryReport } from '../src/model/story.js';
import { seededRandom } from '../src/util/seeded-random.js';

export const CORPUS = '../shared/data/dev-stories.jsonl';

export async function baseArticles(): Promise<Article[]> {
  const { articles } = await loadArticles([CORPUS]);
  if (articles.length === 0) throw new Error(`no articles in ${CORPUS}`);
  return articles;
}

/** Small deterministic PRNG (mulberry32). */
export const rng = seededRandom;

const FILLER = ['officials', 'reported', 'Tuesday', 'local', 'sources', 'according', 'statement', 'agency', 'several', 'later'];

/** A mutated copy of `base`: ~3% of words replaced, maybe a paragraph dropped or two swapped. */
export function mutate(base: Article, id: string, seed: number): Article {
  const r = rng(seed);
  let paras = base.text.split('\n\n');
  if (paras.length > 3 && r() < 0.5) paras.splice(Math.floor(r() * paras.length), 1);
  if (paras.length > 3 && r() < 0.5) {
    const i = Math.floor(r() * (paras.length - 1));
    [paras[i], paras[i + 1]] = [paras[i + 1] ?? '', paras[i] ?? ''];
  }
  paras = paras.map((p) => p.split(' ').map((w) => (r() < 0.03 ? FILLER[Math.floor(r() * FILLER.length)] ?? w : w)).join(' '));
  const text = paras.join('\n\n');
  const day = 1 + Math.floor(r() * 28);
  return {
    ...base, id, text, contentHash: contentHash(text), outlet: `outlet${Math.floor(r() * 40)}.example`,
    publishedAt: `2024-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`, diagnostics: [],
  };
}

/** A report shaped like a real one (entities, quotes, timeline, claims, discrepancies, relations). */
export function syntheticReport(id: string, articles: Article[], seed: number): StoryReport {
  const r = rng(seed);
  const ids = articles.map((a) => a.id);
  const some = (): string[] => ids.filter(() => r() < 0.6);
  const words = (articles[0]?.text ?? '').split(/\s+/).filter((w) => /^[A-Z][a-z]{3,}$/.test(w));
  const pick = (): string => words[Math.floor(r() * words.length)] ?? 'Name';
  const sentence = (a: Article | undefined): string => (a?.text ?? '').slice(0, 160);
  return {
    id, title: articles[0]?.title ?? sentence(articles[0]).slice(0, 80), articleIds: ids,
    summary: articles.slice(0, 5).map((a) => ({ text: sentence(a), articleIds: [a.id, ...some().slice(0, 2)] })),
    entities: Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, name: `${pick()} ${pick()}`, type: 'person' as const,
      variants: [{ text: pick(), articleIds: some() }, { text: pick(), articleIds: some() }], articleIds: some(), mentionCount: 1 + Math.floor(r() * 9), mentions: [], roles: [] })),
    quotes: Array.from({ length: 10 }, () => ({ text: sentence(articles[Math.floor(r() * articles.length)]).slice(20, 120), speaker: pick(),
      variants: [{ text: 'a variant of the quote', articleIds: some() }], articleIds: some(), firstCarrier: ids[0] ?? null, singleSource: false, kind: 'direct' as const, carriers: [] })),
    timeline: Array.from({ length: 10 }, (_, i) => ({ date: `2024-01-${String(i + 1).padStart(2, '0')}`, text: sentence(articles[0]).slice(0, 60), articleIds: some(), evidence: [] })),
    claims: Array.from({ length: 10 }, (_, i) => ({ text: `${i + 10} people`, value: i + 10, unit: 'people', subject: 'killed', qualifier: 'exact' as const, variants: [], articleIds: some(), evidence: [] })),
    discrepancies: Array.from({ length: 3 }, (_, i) => ({ kind: 'number' as const, description: `count ${i} differs`,
      positions: [{ value: `${i + 10}`, articleIds: some(), evidence: [] }, { value: `${i + 12}`, articleIds: some(), evidence: [] }] })),
    relations: ids.slice(1).map((b) => ({ kind: 'shares-passages' as const, a: ids[0] ?? '', b, similarity: 0.8,
      sharedPassages: [{ text: '', aStart: 0, bStart: 0, length: 300, bLength: 300 }, { text: '', aStart: 600, bStart: 500, length: 200, bLength: 200 }], origin: { articleId: ids[0] ?? '', reason: 'earliest' } })),
  };
}
