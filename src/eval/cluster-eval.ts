/**
 * Scores story clustering and syndication against gold labels: B-cubed and pairwise P/R/F1 over
 * events, and syndicated-pair P/R/F1 (pairs related as duplicate or reprint vs pairs in one gold
 * dup_group). Syndication is scored two ways: the direct pairs, and the pairs of the groups the
 * links form (gold groups are connected sets of copy links, so a 3-copy group holds pairs below
 * the reprint threshold). A two-fold check over events estimates how tuned thresholds generalise.
 */
import { readFileSync } from 'node:fs';
import { CrosscheckError } from '../errors.js';
import type { Article } from '../model/article.js';
import { clusterArticles, type ClusterArticlesOptions } from '../match/cluster-articles.js';
import { fnv1a } from '../match/hash-util.js';
import { shuffled } from '../util/seeded-random.js';
import { bcubed, closurePairs, crossLanguagePairwise, pairKey, pairSetPrf, pairwise, type Prf } from './cluster-metrics.js';

export interface GoldLabel {
  id: string;
  event: string;
  dupGroup: string | null;
}

export interface ClusterScores {
  articles: number;
  events: number;
  stories: number;
  /** Gold syndicated-copy groups (`dup_group`); 0 when the file has none. */
  goldDupGroups: number;
  bcubed: Prf;
  pairwise: Prf;
  /** Pairwise over pairs of articles in different languages (with a known language); null when gold has none. */
  crossLanguage: Prf | null;
  syndicatedPairs: Prf;
  syndicatedGroups: Prf;
}

export function readGoldLabels(path: string): GoldLabel[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CrosscheckError('CC_EVAL_DATA', `cannot read ${path}`, { cause: e });
  }
  const out: GoldLabel[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      throw new CrosscheckError('CC_EVAL_DATA', `${path}:${i + 1} is not JSON`, { cause: e });
    }
    if ((typeof r['id'] !== 'string' && typeof r['id'] !== 'number') || typeof r['event'] !== 'string') {
      throw new CrosscheckError('CC_EVAL_DATA', `${path}:${i + 1} has no id or event`);
    }
    out.push({ id: String(r['id']), event: r['event'], dupGroup: typeof r['dup_group'] === 'string' ? r['dup_group'] : null });
  });
  return out;
}

export function scoreClustering(articles: readonly Article[], gold: readonly GoldLabel[], opts: ClusterArticlesOptions = {}): ClusterScores {
  const goldBy = new Map(gold.map((g) => [g.id, g]));
  const subset = articles.filter((a) => goldBy.has(a.id));
  const { stories, relations } = clusterArticles(subset, opts);
  const pred = new Map<string, string>();
  for (const s of stories) for (const id of s.articleIds) pred.set(id, s.id);
  const goldEvents = new Map(subset.map((a) => [a.id, goldBy.get(a.id)!.event]));
  const langs = new Map(subset.map((a) => [a.id, a.lang ? a.lang.toLowerCase().slice(0, 2) : null]));
  const goldDup = new Map<string, string>();
  for (const a of subset) { const g = goldBy.get(a.id)!.dupGroup; if (g) goldDup.set(a.id, g); }
  const goldDupPairs = closurePairs([...groupLinks(goldDup)]);
  const links = relations.filter((r) => r.kind === 'duplicate' || r.kind === 'reprint').map((r): [string, string] => [r.a, r.b]);
  return {
    articles: subset.length,
    events: new Set(goldEvents.values()).size,
    stories: stories.length,
    goldDupGroups: new Set(goldDup.values()).size,
    bcubed: bcubed(pred, goldEvents),
    pairwise: pairwise(pred, goldEvents),
    crossLanguage: crossLanguageGold(goldEvents, langs) ? crossLanguagePairwise(pred, goldEvents, langs) : null,
    syndicatedPairs: pairSetPrf(new Set(links.map(([a, b]) => pairKey(a, b))), goldDupPairs),
    syndicatedGroups: pairSetPrf(closurePairs(links), goldDupPairs),
  };
}

function* groupLinks(labels: Map<string, string>): Generator<[string, string]> {
  const first = new Map<string, string>();
  for (const [id, l] of labels) {
    const f = first.get(l);
    if (f === undefined) first.set(l, id);
    else yield [f, id];
  }
}

export interface FoldResult {
  fold: number;
  chosen: ClusterArticlesOptions;
  trainBcubedF1: number;
  test: ClusterScores;
}

/**
 * Two-fold check: events split in halves by a hash of their label; for each half, the option set
 * of `grid` with the best B-cubed F1 on the other half is scored on this one.
 */
export function crossValidate(articles: readonly Article[], gold: readonly GoldLabel[], grid: ClusterArticlesOptions[]): FoldResult[] {
  const half = (g: GoldLabel): number => fnv1a(g.event) & 1;
  const out: FoldResult[] = [];
  for (const fold of [0, 1]) {
    const train = gold.filter((g) => half(g) !== fold);
    const test = gold.filter((g) => half(g) === fold);
    let best: { o: ClusterArticlesOptions; f1: number } | null = null;
    for (const o of grid) {
      const f1 = scoreClustering(articles, train, o).bcubed.f1;
      if (!best || f1 > best.f1) best = { o, f1 };
    }
    if (!best) throw new CrosscheckError('CC_BAD_OPTION', 'empty tuning grid');
    out.push({ fold, chosen: best.o, trainBcubedF1: best.f1, test: scoreClustering(articles, test, best.o) });
  }
  return out;
}

export interface OrderResult {
  /** Orders scored (the file's order is not one of them). */
  orders: number;
  mean: number;
  min: number;
  max: number;
}

/**
 * B-cubed F1 over `n` shuffled input orders (seeded, so repeatable). Articles may arrive in any
 * order, and undated ones keep theirs in the stream: the file's order is one draw among many.
 */
export function orderSpread(articles: readonly Article[], gold: readonly GoldLabel[], n: number, opts: ClusterArticlesOptions = {}): OrderResult {
  const f1s: number[] = [];
  for (let k = 1; k <= n; k++) f1s.push(scoreClustering(shuffled(articles, k), gold, opts).bcubed.f1);
  return { orders: n, mean: f1s.reduce((a, b) => a + b, 0) / Math.max(1, n), min: Math.min(...f1s), max: Math.max(...f1s) };
}

/** Whether some gold event holds articles of two languages. */
function crossLanguageGold(gold: Map<string, string>, langs: ReadonlyMap<string, string | null>): boolean {
  const seen = new Map<string, string>();
  for (const [id, ev] of gold) {
    const l = langs.get(id) ?? null;
    if (l === null) continue;
    const first = seen.get(ev);
    if (first === undefined) seen.set(ev, l);
    else if (first !== l) return true;
  }
  return false;
}
