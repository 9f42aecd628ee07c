import { extractMentions, type ExtractMentionsOptions } from '../analyze/entities/index.js';
import { getLexicon } from '../analyze/entities/lexicon.js';
import type { EntityMention, EntityType } from '../model/entity.js';
import type { EcbDocument, EcbGoldMention } from './entity-ecb-reader.js';
import type { Prf } from './entity-coref-metrics.js';

/**
 * Mention detection scored against ECB+ gold HUM and LOC mentions, by exact token span and by
 * overlap in the same sentence. ECB+ marks every participant (names, common nouns, pronouns)
 * and a country acting as a participant is HUM, so recall is also given on the named gold
 * mentions only (a capitalised word that is not a common word).
 */

export type MentionClass = 'HUM' | 'LOC' | 'HUM+LOC';

export interface SpanRef {
  doc: string;
  sent: number;
  first: number;
  last: number;
}

export interface PredictedSpan extends SpanRef {
  mention: EntityMention;
  start: number;
  end: number;
}

export interface MentionScores {
  cls: MentionClass;
  gold: number;
  goldNamed: number;
  predicted: number;
  exact: Prf;
  overlap: Prf;
  /** Recall (overlap) on named gold mentions. */
  namedRecall: number;
}

export const classOfType = (t: EntityType): 'HUM' | 'LOC' | null => (t === 'place' ? 'LOC' : t === 'other' ? null : 'HUM');

/** Token range of a character span in an ECB document. */
export function toTokenSpan(doc: EcbDocument, start: number, end: number): SpanRef | null {
  const toks = doc.tokens;
  let lo = 0;
  let hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (toks[mid]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  const a = toks[lo];
  if (!a) return null;
  let b = lo;
  while (b + 1 < toks.length && toks[b + 1]!.start < end && toks[b + 1]!.sent === a.sent) b++;
  return { doc: doc.id, sent: a.sent, first: a.tok, last: toks[b]!.tok };
}

export function predictMentions(docs: EcbDocument[], opts: ExtractMentionsOptions = {}): PredictedSpan[] {
  const out: PredictedSpan[] = [];
  for (const d of docs) {
    for (const m of extractMentions(d.text, d.sentences, opts)) {
      const s = toTokenSpan(d, m.start, m.end);
      if (s) out.push({ ...s, mention: m, start: m.start, end: m.end });
    }
  }
  return out;
}

export function isNamedGold(m: EcbGoldMention): boolean {
  const lex = getLexicon();
  return m.text.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && (!lex.commonWords.has(w.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w)));
}

const overlaps = (a: SpanRef, b: SpanRef): boolean => a.doc === b.doc && a.sent === b.sent && a.first <= b.last && b.first <= a.last;
const same = (a: SpanRef, b: SpanRef): boolean => a.doc === b.doc && a.sent === b.sent && a.first === b.first && a.last === b.last;

const prf = (tpP: number, nP: number, tpR: number, nR: number): Prf => {
  const p = nP ? tpP / nP : 0;
  const r = nR ? tpR / nR : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function scoreMentions(cls: MentionClass, gold: EcbGoldMention[], pred: (SpanRef & { cls: 'HUM' | 'LOC' | null })[]): MentionScores {
  const inCls = (c: string | null): boolean => c !== null && (cls === 'HUM+LOC' ? c === 'HUM' || c === 'LOC' : c === cls);
  const g = gold.filter((m) => inCls(m.mentionType)).map((m) => ({ doc: m.docId, sent: m.sent, first: m.first, last: m.last, named: isNamedGold(m) }));
  const p = pred.filter((m) => inCls(m.cls));
  const bySent = new Map<string, typeof g>();
  for (const m of g) {
    const k = `${m.doc}:${m.sent}`;
    let l = bySent.get(k);
    if (!l) bySent.set(k, (l = []));
    l.push(m);
  }
  const predBySent = new Map<string, typeof p>();
  for (const m of p) {
    const k = `${m.doc}:${m.sent}`;
    let l = predBySent.get(k);
    if (!l) predBySent.set(k, (l = []));
    l.push(m);
  }
  let pExact = 0;
  let pOver = 0;
  for (const m of p) {
    const cands = bySent.get(`${m.doc}:${m.sent}`) ?? [];
    if (cands.some((x) => same(x, m))) pExact++;
    if (cands.some((x) => overlaps(x, m))) pOver++;
  }
  let rExact = 0;
  let rOver = 0;
  let named = 0;
  let namedHit = 0;
  for (const m of g) {
    const cands = predBySent.get(`${m.doc}:${m.sent}`) ?? [];
    const hit = cands.some((x) => overlaps(x, m));
    if (cands.some((x) => same(x, m))) rExact++;
    if (hit) rOver++;
    if (m.named) {
      named++;
      if (hit) namedHit++;
    }
  }
  return {
    cls, gold: g.length, goldNamed: named, predicted: p.length,
    exact: prf(pExact, p.length, rExact, g.length), overlap: prf(pOver, p.length, rOver, g.length), namedRecall: named ? namedHit / named : 0,
  };
}
