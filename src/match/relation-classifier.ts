/**
 * Classifies how two articles' texts relate, from word 5-gram containment and shared passages:
 * - duplicate: each text stands almost whole in the other (containment >= 0.9 both ways);
 * - reprint: at least a third of the shorter text's 5-grams stand in the other, counting all its
 *   5-grams and also counting only those in the reporter's own words (outside quotation marks):
 *   two outlets quoting the same statement are not copying each other;
 * - shares-passages: less than that, but at least one sentence-long passage in common.
 */
import type { Relation, RelationKind } from '../model/match.js';
import type { Fingerprint } from './fingerprint-builder.js';
import { containment } from './shingle-hasher.js';
import { DEFAULT_MIN_PASSAGE_TOKENS, findSharedPassages, tokensCovered } from './passage-finder.js';
import { resolveOrigin } from './origin-resolver.js';

export interface RelationOptions {
  duplicateContainment?: number;
  reprintContainment?: number;
  minPassageTokens?: number;
}

const EPS = 1e-9;

/** `shorterInLonger` and `narrativeInLonger`: containment of the shorter text, all and own words. */
export function classifyContainment(
  aInB: number, bInA: number, shorterInLonger: number, narrativeInLonger: number, passages: number, o: RelationOptions = {},
): RelationKind | null {
  if (Math.min(aInB, bInA) >= (o.duplicateContainment ?? 0.9) - EPS) return 'duplicate';
  const reprint = (o.reprintContainment ?? 1 / 3) - EPS;
  if (shorterInLonger >= reprint && narrativeInLonger >= reprint) return 'reprint';
  return passages > 0 ? 'shares-passages' : null;
}

/** The relation of two fingerprinted articles, or null when they share no sentence-long passage. */
export function relateArticles(a: Fingerprint, b: Fingerprint, o: RelationOptions = {}): Relation | null {
  const aInB = containment(a.shingleSet, b.shingleSet);
  const bInA = containment(b.shingleSet, a.shingleSet);
  if (aInB === 0 && bInA === 0) return null;
  const aShorter = a.shingleSet.size <= b.shingleSet.size;
  const shorterInLonger = aShorter ? aInB : bInA;
  const narrativeInLonger = aShorter ? containment(a.narrativeSet, b.shingleSet) : containment(b.narrativeSet, a.shingleSet);
  const passages = findSharedPassages(a, b, o.minPassageTokens ?? DEFAULT_MIN_PASSAGE_TOKENS);
  const kind = classifyContainment(aInB, bInA, shorterInLonger, narrativeInLonger, passages.length, o);
  if (kind === null) return null;
  const aShared = tokensCovered(a.tokens, passages.map((p) => ({ start: p.aStart, end: p.aStart + p.length })));
  const bShared = tokensCovered(b.tokens, passages.map((p) => ({ start: p.bStart, end: p.bStart + p.bLength })));
  const rel: Relation = {
    kind,
    a: a.id,
    b: b.id,
    similarity: round3(shorterInLonger),
    sharedPassages: passages,
    aOnlyWords: a.tokens.length - aShared,
    bOnlyWords: b.tokens.length - bShared,
  };
  const origin = resolveOrigin(a, b);
  if (origin) rel.origin = origin;
  return rel;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
