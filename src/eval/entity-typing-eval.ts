import type { EntityType } from '../model/entity.js';
import type { EcbGoldMention } from './entity-ecb-reader.js';
import type { PredictedSpan } from './entity-mention-eval.js';

/**
 * Typing accuracy of found names on ECB+: every predicted named mention that overlaps a gold
 * HUM, LOC or NON mention in the same sentence (the exact span first, else the shortest) is
 * checked against that mention's class: person, organization and group are HUM (ECB+ marks
 * people, organisations and groups acting as participants as HUM), place is LOC, other is NON.
 * ECB+ also marks a country acting as a participant HUM, so a perfect place typer does not score
 * 100; the figure compares versions of the typer, it is no absolute NER accuracy.
 */

export type GoldClass = 'HUM' | 'LOC' | 'NON';

export interface TypingScores {
  /** Predicted names aligned to a gold HUM/LOC/NON mention. */
  aligned: number;
  agree: number;
  accuracy: number;
  /** Per gold class: aligned and agreeing. */
  byClass: Record<GoldClass, { aligned: number; agree: number }>;
}

export const goldClassOfType = (t: EntityType): GoldClass => (t === 'place' ? 'LOC' : t === 'other' ? 'NON' : 'HUM');

const CLASSES = new Set<string>(['HUM', 'LOC', 'NON']);

export function scoreTyping(pred: PredictedSpan[], gold: EcbGoldMention[]): TypingScores {
  const bySent = new Map<string, EcbGoldMention[]>();
  for (const g of gold) {
    if (!CLASSES.has(g.mentionType)) continue;
    const k = `${g.docId}:${g.sent}`;
    let l = bySent.get(k);
    if (!l) bySent.set(k, (l = []));
    l.push(g);
  }
  const byClass: TypingScores['byClass'] = { HUM: { aligned: 0, agree: 0 }, LOC: { aligned: 0, agree: 0 }, NON: { aligned: 0, agree: 0 } };
  let aligned = 0;
  let agree = 0;
  for (const p of pred) {
    const cands = (bySent.get(`${p.doc}:${p.sent}`) ?? []).filter((g) => g.first <= p.last && p.first <= g.last);
    if (cands.length === 0) continue;
    const exact = cands.find((g) => g.first === p.first && g.last === p.last);
    const g = exact ?? cands.reduce((a, b) => (b.last - b.first < a.last - a.first ? b : a));
    const cls = g.mentionType as GoldClass;
    aligned++;
    byClass[cls].aligned++;
    if (goldClassOfType(p.mention.type) === cls) {
      agree++;
      byClass[cls].agree++;
    }
  }
  return { aligned, agree, accuracy: aligned ? agree / aligned : 0, byClass };
}
