/**
 * Extractive multi-document summary with citations. Stages:
 * 1. candidates (summary-candidates.ts): boilerplate and quote-only sentences out, wire copies merged;
 * 2. rank: cosine to the story's TF-IDF centroid (weighted by how many articles carry a sentence),
 *    times a lead bias (news puts the event first), times an agreement bias (articles stating it);
 * 3. the first sentence is the best "event" sentence: a lead sentence with a named actor, a verb
 *    and a time or place;
 * 4. MMR picks the rest, dropping sentences too close to one already chosen;
 * 5. every chosen sentence cites every article that states it (summary-citations.ts).
 * Centroid rather than a full LexRank graph so a story of thousands of sentences stays linear.
 */
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { SummarySentence } from '../model/story.js';
import { collectCandidates, type Candidate } from './summary-candidates.js';
import { createSupportIndex, type SupportSpan } from './summary-citations.js';
import { buildSpace, centroid, cosine, cosineTo, norm } from './summary-vectors.js';

export interface SummaryOptions {
  /** Sentences in the summary (3-6 for stories; default 4). Ignored when wordBudget is set. */
  sentences?: number;
  /** Stop when this many words are reached (evaluation against references of known length). */
  wordBudget?: number;
  /** MMR trade-off between score and novelty. */
  lambda?: number;
  /** Above this cosine to a chosen sentence, a candidate is redundant. */
  maxSimilarity?: number;
  /** Candidates scored for agreement (the rest keep their base score). */
  topK?: number;
  /** Lead bias: a sentence at position >= positionSpan keeps 1 - positionWeight of its score. */
  positionWeight?: number;
  positionSpan?: number;
  /** Keep quoting sentences in the pool (default false: the report shows quotes in their own section). */
  quotes?: boolean;
}

export interface SummaryResult {
  summary: SummarySentence[];
  /** The lead (event) sentence, for the title. */
  lead: string | null;
}

const TIME_PLACE_RE = /\b(?:on|in|at|from|near|outside)\s+\p{Lu}|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|\b\d{1,4}\b/iu;
const ACTOR_RE = /(?:^|\s)(?!(?:The|A|An|In|On|At|It|Its|This|That|These|Those|He|She|They|We|I|But|And|As|After|When|While)\b)\p{Lu}[\p{L}.-]+/u;
const VERB_RE = /\b\p{Ll}{3,}(?:ed|es|s)\b|\b(?:is|are|was|were|has|have|had|will|met|made|took|gave|won|lost|led|left|held|went|came|said|says|told|began|became)\b/u;

const DANGLING_RE = /^(?:however|but|and|or|so|yet|still|also|meanwhile|instead|this|that|these|those|it|its|he|she|they|his|her|their|him|them|there|then|thus|moreover|furthermore|nevertheless|the\s+(?:same|latter|former))\b/i;

/** A lead sentence with a named actor, a verb and a time (a time expression found in it) or a place. */
export function isEventSentence(c: Candidate): boolean {
  return c.position <= 1 && ACTOR_RE.test(c.text) && VERB_RE.test(c.text) && (c.hasTime || TIME_PLACE_RE.test(c.text));
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export function createSummarizer(opts: SummaryOptions = {}): (items: AnalyzedArticle[]) => SummaryResult {
  const count = Math.min(6, Math.max(3, opts.sentences ?? 4));
  const lambda = opts.lambda ?? 0.6;
  const maxSim = opts.maxSimilarity ?? 0.3;
  const topK = opts.topK ?? 40;
  const posW = opts.positionWeight ?? 0.5;
  const posSpan = opts.positionSpan ?? 10;
  return (items) => {
    const cands = collectCandidates(items, { quotes: opts.quotes ?? false });
    if (cands.length === 0) return { summary: [], lead: null };
    const order = new Map(items.map((it, i) => [it.article.id, i]));
    const nArticles = Math.max(1, items.length);
    const space = buildSpace(cands.map((c) => c.text));
    const c = centroid(space, cands.map((x) => x.carriers.length));
    const cn = norm(c);
    // Lead bias, and a penalty for sentences that lean on what came before them ("However, ...", "He ...").
    const base = cands.map((x, i) => cosineTo(space, i, c, cn) * (1 - (posW * Math.min(x.position, posSpan)) / posSpan) * (DANGLING_RE.test(x.text) ? 0.6 : 1));
    const top = base.map((b, i) => [b, i] as const).sort((a, b) => b[0] - a[0]).slice(0, topK).map(([, i]) => i);
    const support = createSupportIndex(items);
    const cites = new Map<number, string[]>();
    const spans = new Map<number, SupportSpan[]>();
    const score = new Map<number, number>();
    for (const i of top) {
      const x = cands[i]!;
      const src = support.sources(x.text, { articleId: x.articleId, start: x.start, end: x.end });
      src.sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0));
      spans.set(i, src);
      const ids = [...new Set([...x.carriers, ...src.map((s) => s.articleId)])];
      ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      cites.set(i, ids);
      score.set(i, base[i]! * (0.5 + ids.length / nArticles));
    }
    const maxScore = Math.max(...score.values(), 1e-9);
    const events = top.filter((i) => isEventSentence(cands[i]!));
    const pool = events.length > 0 ? events : top;
    // The very first sentence of an article is where news states the event: favour it for the lead.
    const leadScore = (i: number) => score.get(i)! * (cands[i]!.position === 0 ? 1.5 : 1);
    const lead = pool.reduce((b, i) => (leadScore(i) > leadScore(b) ? i : b), pool[0]!);
    const chosen = [lead];
    let budget = words(cands[lead]!.text);
    const done = () => (opts.wordBudget !== undefined ? budget >= opts.wordBudget : chosen.length >= count);
    while (!done()) {
      let best = -1;
      let bestVal = -Infinity;
      for (const i of top) {
        if (chosen.includes(i)) continue;
        const sim = Math.max(...chosen.map((j) => cosine(space, i, j)));
        if (sim > maxSim) continue;
        const val = (lambda * score.get(i)!) / maxScore - (1 - lambda) * sim;
        if (val > bestVal) {
          bestVal = val;
          best = i;
        }
      }
      if (best < 0) break;
      chosen.push(best);
      budget += words(cands[best]!.text);
    }
    return {
      summary: chosen.map((i) => ({ text: cands[i]!.text, articleIds: cites.get(i)!, sources: spans.get(i)! })).filter((s) => s.articleIds.length > 0),
      lead: cands[lead]!.text,
    };
  };
}
