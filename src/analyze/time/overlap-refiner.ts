import type { Candidate, CandidateRefiner } from './candidate.js';

/**
 * Resolves overlaps between candidates from different parsers: the longest span wins (it has
 * read more of the expression: "two years ago" over "two years", "March 6, 2021" over
 * "2020"); on equal length the higher priority wins (relative rules over chrono over bare
 * numbers). Output is sorted by position with no two spans overlapping.
 */
export const overlapRefiner: CandidateRefiner = (cands) => {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};
