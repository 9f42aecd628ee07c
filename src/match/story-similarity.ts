/** Similarity of an article (or story) to a story: IDF-weighted cosine and time proximity. */
import { screen, type SparseVector } from './sparse-vector.js';
import type { KeyRecords } from './key-vocabulary.js';


/**
 * Feature channels compared separately: words (and title words), names as spelt (with their
 * skeletons and pairs), numbers, dates, and the cross-script keys of names (phonetic skeletons,
 * countries: cross-script.ts), which stand for names between languages only: within one language
 * they would count the same names twice, and in a caseless script they come from every word.
 */
export const CHANNELS = 5;

export function channelOf(key: string): number {
  const c = key.charCodeAt(0);
  if (c === 110) { const d = key.charCodeAt(2); return d === 37 || d === 61 ? 4 : 1; } // 'n:%', 'n:=' cross-script names
  return c === 78 ? 1 : c === 35 ? 2 : c === 100 ? 3 : 0; // 'N' names; '#' numbers; 'd' dates
}

/** IDF-weighted norm of each channel of a centroid (`rec`, `logDocs`: key-vocabulary.ts). */
export function channelNorms(v: SparseVector, rec: KeyRecords, logDocs: number): number[] {
  const s = [0, 0, 0, 0, 0];
  const { ids, vals } = v;
  const { f64, i32 } = rec;
  for (let i = 0; i < v.size; i++) {
    const id = ids[i]!;
    const w = vals[i]! * (logDocs - f64[2 * id]!);
    s[i32[4 * id + 3]! & 7]! += w * w;
  }
  return s.map(Math.sqrt);
}

/**
 * IDF-weighted dot product of each channel of two centroids, iterating the smaller one (in its
 * insertion order), into out[0..CHANNELS); out[CHANNELS + channel] receives the summed IDF of the
 * shared keys per channel. The big side's filter (sparse-vector.ts) rules out most absent keys;
 * the index cells of the rest are touched a block ahead of the look-ups, so that their cache
 * misses overlap (see band-table.ts).
 */
export function channelDots(a: SparseVector, b: SparseVector, rec: KeyRecords, logDocs: number, out: Float64Array): void {
  const small = a.size <= b.size ? a : b;
  const big = small === a ? b : a;
  out.fill(0, 0, 2 * CHANNELS);
  const { ids, vals } = small;
  const { cf, ci, shift } = big;
  const mask = (ci.length >> 2) - 1;
  const { f64, i32 } = rec;
  const may = blockScratch;
  for (let lo = 0; lo < small.size; lo += BLOCK) {
    const k = screen(big, ids, lo, Math.min(small.size, lo + BLOCK), may);
    for (let q = 0; q < k; q++) {
      const i = may[q]!;
      const id = ids[i]!;
      for (let h = Math.imul(id, 0x9e3779b1) >>> shift; ci[4 * h + 3] !== 0; h = (h + 1) & mask) {
        if (ci[4 * h + 2] !== id) continue;
        const idf = logDocs - f64[2 * id]!;
        const c = i32[4 * id + 3]! & 7;
        out[c]! += vals[i]! * cf[2 * h]! * idf * idf;
        out[CHANNELS + c]! += idf;
        break;
      }
    }
  }
}

/** Look-ups per block of channelDots(). */
const BLOCK = 64;
/** Indexes of one block's keys that pass the filter. */
const blockScratch = new Int32Array(BLOCK);

/**
 * Weighted mean of the channels' cosines. Channels are compared apart so that a text with many
 * words cannot drown its names and numbers (which are what survives translation and what tells
 * two similar events apart). Words, names and numbers: an empty channel counts as 0 but keeps
 * its weight. Dates: a channel empty on either side is left out (no evidence either way).
 * `mass` and `gate`: a channel earns its full cosine only with enough shared evidence (evidence());
 * `requireNames` (for pairs of languages): names count as spelt or by their cross-script keys,
 * whichever meets better, and the whole scales with that evidence.
 * `dotsAt`, `massAt`: where the figures start in `dots` and `mass` (one buffer may hold both).
 */
export function channelCosine(dots: ArrayLike<number>, na: ArrayLike<number>, nb: ArrayLike<number>, weights: readonly number[], mass?: ArrayLike<number>, gate?: readonly number[], requireNames = false, dotsAt = 0, massAt = 0): number {
  let s = 0;
  let wsum = 0;
  for (let c = 0; c < CHANNELS; c++) {
    const w = weights[c] ?? 0;
    const d = na[c]! * nb[c]!;
    if (c === 3 && d === 0) continue;
    if (requireNames && c === 1) {
      // Between languages a name is met as spelt or by its cross-script keys: the better of the two.
      wsum += w;
      s += w * Math.max(d > 0 ? (dots[dotsAt + 1]! * evidence(1, mass, gate, massAt)) / d : 0, crossNames(dots, na, nb, mass, gate, dotsAt, massAt));
      continue;
    }
    wsum += w;
    if (d > 0) s += (w * dots[dotsAt + c]! * evidence(c, mass, gate, massAt)) / d;
  }
  if (wsum === 0) return 0;
  // Across languages (no words compared) names must be shared: numbers and dates alone are chance.
  // Not when a side has no names at all (a script whose names cannot be found, such as Chinese):
  // its numbers and dates are all there is to go on.
  if (!requireNames) return s / wsum;
  const named = (na[1]! > 0 || na[4]! > 0) && (nb[1]! > 0 || nb[4]! > 0);
  return (s / wsum) * (named ? Math.max(na[1]! * nb[1]! > 0 ? evidence(1, mass, gate, massAt) : 0, na[4]! * nb[4]! > 0 ? evidence(4, mass, gate, massAt) : 0) : 1);
}

function crossNames(dots: ArrayLike<number>, na: ArrayLike<number>, nb: ArrayLike<number>, mass: ArrayLike<number> | undefined, gate: readonly number[] | undefined, dotsAt: number, massAt: number): number {
  const d = na[4]! * nb[4]!;
  return d > 0 ? (dots[dotsAt + 4]! * evidence(4, mass, gate, massAt)) / d : 0;
}

/**
 * Share of a channel's cosine that its evidence earns: a cosine of 1 from one shared small number
 * ("2") or one shared common name is chance, not evidence. Full when the shared keys' summed IDF
 * reaches the channel's gate (0: no gate).
 */
function evidence(c: number, mass: ArrayLike<number> | undefined, gate: readonly number[] | undefined, at: number): number {
  const g = gate?.[c] ?? 0;
  if (!mass || g <= 0) return 1;
  return Math.min(1, mass[at + c]! / g);
}

/**
 * The day a story is about: the dated member with the most members within `grace` days of it
 * (ties: the latest), from a sorted list; null when no member is dated. A robust mode rather than
 * a span or mean: one mis-dated member cannot stretch or shift a story, and a story cannot creep
 * forward a day at a time to swallow the next days' events.
 */
export function storyDay(days: readonly number[], grace: number): number | null {
  if (days.length === 0) return null;
  let best = days[0]!;
  let bestCount = 0;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!;
    while (days[lo]! < d - grace) lo++;
    while (hi < days.length && days[hi]! <= d + grace) hi++;
    if (hi - lo >= bestCount) { bestCount = hi - lo; best = d; }
  }
  return best;
}

/** A closed range of days (days since 1970-01-01): one day, a month, a date with tolerance. */
export type DaySpan = readonly [number, number];

/** Days between two spans (0 when they meet); null when either is unknown. */
export function spanDistance(a: DaySpan | null, b: DaySpan | null): number | null {
  if (a === null || b === null) return null;
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

/** The smallest span holding both. */
export function hull(a: DaySpan | null, b: DaySpan): [number, number] {
  return a === null ? [b[0], b[1]] : [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/**
 * Multiplier for time proximity: 1 within `graceDays` (same day, next-day tallies and reactions),
 * then halving every `halfLifeDays`. Unknown dates are neutral (1).
 */
export function timeFactor(distance: number | null, graceDays: number, halfLifeDays: number): number {
  if (distance === null || distance <= graceDays) return 1;
  return Math.pow(0.5, (distance - graceDays) / halfLifeDays);
}
