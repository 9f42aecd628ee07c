import { splitSentences } from '../analyze/sentence-splitter.js';
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { QuoteCarrier, QuoteMention, StoryQuote } from '../model/quote.js';
import { containment, contentWordCount, missingContentWords, quoteTokens } from './quote-tokens.js';
import { chainGroups } from './quote-regrouper.js';

/**
 * Merges the quotes of a story's articles into StoryQuotes.
 *
 * Unit: one sentence of a quote. Outlets cut and split long quotes differently (one prints
 * three sentences in one quote, another prints one of them, a third splits it around "X
 * added"), so whole quotes rarely match, while their sentences do.
 * Match: two units are the same quote when the shorter one's normalised tokens (quote-tokens:
 * contractions expanded, punctuation dropped) are found in order in the longer one for at
 * least MIN_CONTAINMENT of its length (token LCS; absorbs "to"/"for", "-"/",", a cut clause,
 * a sub-part of a longer quote), and at most one content word in ten of the shorter one is missing
 * from the longer one (so "taxes will go up" and "taxes will go down" stay apart, while function
 * words may change). Units under MIN_TOKENS tokens ("quick action") must match
 * exactly. Candidate pairs come from an index of token bigrams, not from all pairs: only pairs
 * sharing at least 30% of the shorter unit's bigrams get the LCS test.
 * Clusters: union-find over matching pairs.
 * Canonical text: the form printed by the most articles; ties go to the longest form, then
 * to the earliest carrier. Speaker: the named person most carriers give; without any, the
 * most given description or organisation; else null.
 * Regrouping: groups of sentences that every carrier prints one after the other in the same
 * quote are joined back into one StoryQuote (quote-regrouper).
 * Reported speech (kind 'indirect') is not merged: its wording is the reporter's.
 */

const MIN_TOKENS = 4;
const MIN_CONTAINMENT = 0.8;
/** Pre-filter: a pair is tested only when it shares this share of the shorter unit's bigrams. */
const MIN_SHARED_BIGRAMS = 0.3;

interface Unit extends QuoteCarrier {
  tokens: string[];
  speakerType: QuoteMention['speakerType'];
  order: number;
  /** The printing (one quote mention of one article) and the unit's place in it, for regrouping. */
  printing: number;
  seq: number;
}

function displayText(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,;:\-\u2014\u2013.]+|[\s,;:\-\u2014\u2013]+$/g, '').trim();
}

function unitsOf(a: AnalyzedArticle, order: number, counter: { printing: number }): Unit[] {
  const out: Unit[] = [];
  for (const q of a.quotes) {
    if (q.kind === 'indirect') continue;
    const printing = counter.printing++;
    let seq = 0;
    if (q.embed !== undefined) {
      // An embedded post: its text lives in article.embeds, not in the article text.
      const text = displayText(q.text);
      const tokens = quoteTokens(text);
      if (tokens.length > 0) {
        out.push({
          articleId: a.article.id, outlet: a.article.outlet, publishedAt: a.article.publishedAt,
          start: 0, end: 0, text, speaker: q.speaker, kind: q.kind, tokens, speakerType: q.speakerType, order, printing, seq: seq++,
        });
      }
      continue;
    }
    for (const part of q.parts) {
      const ptext = a.article.text.slice(part.start, part.end);
      const sents = splitSentences(ptext);
      for (const s of sents.length > 0 ? sents : [{ start: 0, end: ptext.length, text: ptext }]) {
        const text = displayText(s.text);
        const tokens = quoteTokens(text);
        if (tokens.length === 0) continue;
        out.push({
          articleId: a.article.id, outlet: a.article.outlet, publishedAt: a.article.publishedAt,
          start: part.start + s.start, end: part.start + s.end, text, speaker: q.speaker, kind: q.kind,
          tokens, speakerType: q.speakerType, order, printing, seq: seq++,
        });
      }
    }
  }
  return out;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
  return i;
}

function matches(a: Unit, b: Unit): boolean {
  if (a.tokens.length < MIN_TOKENS || b.tokens.length < MIN_TOKENS) return a.tokens.join(' ') === b.tokens.join(' ');
  if (containment(a.tokens, b.tokens) < MIN_CONTAINMENT) return false;
  const [short, long] = a.tokens.length <= b.tokens.length ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
  return missingContentWords(short, long) <= Math.floor(contentWordCount(short) / 10);
}

export function mergeQuotes(items: AnalyzedArticle[]): StoryQuote[] {
  const counter = { printing: 0 };
  const units = items.flatMap((a, i) => unitsOf(a, i, counter));
  const parent = units.map((_, i) => i);
  const index = new Map<string, number[]>();
  units.forEach((u, i) => {
    const keys = new Set<string>();
    if (u.tokens.length < MIN_TOKENS) keys.add(`=${u.tokens.join(' ')}`);
    else for (let k = 0; k + 1 < u.tokens.length; k++) keys.add(`${u.tokens[k]} ${u.tokens[k + 1]}`);
    // Count shared bigrams per earlier unit; only pairs sharing enough of them get the LCS test.
    const shared = new Map<number, number>();
    for (const key of keys) {
      const list = index.get(key);
      if (!list) { index.set(key, [i]); continue; }
      for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
      list.push(i);
    }
    for (const [j, n] of shared) {
      const other = units[j]!;
      const minLen = Math.min(u.tokens.length, other.tokens.length);
      if (minLen >= MIN_TOKENS && n < MIN_SHARED_BIGRAMS * (minLen - 1)) continue;
      if (find(parent, i) !== find(parent, j) && matches(u, other)) parent[find(parent, i)] = find(parent, j);
    }
  });
  const rootOf = units.map((_, i) => find(parent, i));
  // Sentences that every carrier prints together become one quote again (quote-regrouper).
  const byRoot = new Map<number, Unit[]>();
  units.forEach((u, i) => {
    const g = byRoot.get(rootOf[i]!);
    if (g) g.push(u); else byRoot.set(rootOf[i]!, [u]);
  });
  const at = new Map<string, Unit>();
  for (const u of units) at.set(`${u.printing}:${u.seq}`, u);
  const out = chainGroups(units, rootOf).map((chain) => toStoryQuote(joinChain(byRoot, at, chain)));
  // Reading order of each quote's first carrier, computed once (not inside the comparator).
  const unitOrder = new Map<string, number>();
  units.forEach((u, i) => { const key = `${u.articleId}\u0000${u.start}`; if (!unitOrder.has(key)) unitOrder.set(key, i); });
  const orderOf = new Map(out.map((q) => [q, unitOrder.get(`${q.carriers[0]!.articleId}\u0000${q.carriers[0]!.start}`) ?? -1]));
  return out.sort((a, b) => b.articleIds.length - a.articleIds.length || orderOf.get(a)! - orderOf.get(b)!);
}

/** The units of a chain of groups, each printing's consecutive units joined into one. */
function joinChain(byRoot: Map<number, Unit[]>, at: Map<string, Unit>, chain: number[]): Unit[] {
  const heads = byRoot.get(chain[0]!)!;
  if (chain.length === 1) return heads;
  return heads.map((h) => {
    const parts = [h];
    for (let k = 1; k < chain.length; k++) parts.push(at.get(`${h.printing}:${h.seq + k}`)!);
    const last = parts[parts.length - 1]!;
    return { ...h, end: last.end, text: parts.map((p) => p.text).join(' '), tokens: parts.flatMap((p) => p.tokens) };
  });
}

function byDate(a: Unit, b: Unit): number {
  if (a.publishedAt === b.publishedAt) return a.order - b.order || a.start - b.start;
  if (a.publishedAt === null) return 1;
  if (b.publishedAt === null) return -1;
  return a.publishedAt < b.publishedAt ? -1 : 1;
}

function majority(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) { best = v; n = c; }
  return best;
}

function toStoryQuote(group: Unit[]): StoryQuote {
  const carriers = [...group].sort(byDate);
  const variants = new Map<string, { text: string; articleIds: string[]; len: number; first: number }>();
  carriers.forEach((u, k) => {
    const v = variants.get(u.text);
    if (v) { if (!v.articleIds.includes(u.articleId)) v.articleIds.push(u.articleId); }
    else variants.set(u.text, { text: u.text, articleIds: [u.articleId], len: u.tokens.length, first: k });
  });
  const ranked = [...variants.values()].sort((a, b) => b.articleIds.length - a.articleIds.length || b.len - a.len || a.first - b.first);
  const articleIds = [...new Set(carriers.map((u) => u.articleId))];
  const persons = carriers.filter((u) => u.speakerType === 'person' && u.speaker !== null).map((u) => u.speaker!);
  const others = carriers.filter((u) => u.speaker !== null).map((u) => u.speaker!);
  return {
    text: ranked[0]!.text,
    speaker: majority(persons) ?? majority(others),
    variants: ranked.map((v) => ({ text: v.text, articleIds: v.articleIds })),
    articleIds,
    firstCarrier: carriers[0]?.articleId ?? null,
    singleSource: articleIds.length === 1,
    kind: carriers.some((u) => u.kind === 'direct') ? 'direct' : carriers[0]!.kind,
    carriers: carriers.map(({ tokens: _t, speakerType: _s, order: _o, printing: _p, seq: _q, ...c }) => c),
  };
}
