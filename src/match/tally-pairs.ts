/**
 * Tallies: two counts joined by a word such as "to" or "against" ("432 votes to 202",
 * "391 voix contre 242", "won 3 to 1") or by a dash ("391-242"). A tally names one happening (one vote, one match): two
 * reports that each give tallies, none in common, are most likely about different votes or
 * matches of the same parties. Only falling pairs count: a rising pair is a range ("6 to 12
 * inches", "from 256 GB to 512 GB"), which forecasts and specifications give.
 */
import type { MatchToken } from './match-tokenizer.js';

const COUNT_RE = /^\d{1,6}$/;
const YEAR_RE = /^(?:19|20)\d\d$/;
// Between the counts: an optional word ("votes", "voix", "votos", "głosów", "صوتا") and a connector
// of one of some thirty languages.
const GAP_RE = /^\s+(?:[\p{L}]+\s+)?(?:to|against|versus|vs\.?|contre|a|à|contra|gegen|zu|contro|tegen|mot|ellen|do|til|till|против|проти|proti|ضد|مقابل|έναντι|karşı|बनाम|lawan|melawan)\s+$/iu;
// Or a hyphen or dash between counts of two digits or more: "rejected the deal 391-242" (not a
// date: see DATE_TAIL_RE).
const DASH_GAP_RE = /^\s?[-\u2013]\s?$/;
// What follows the second count of a date written with dashes ("15-01-2019").
const DATE_TAIL_RE = /^[-\u2013/.]\d/;
// Chinese and Japanese write the connector between the counts without spaces ("432票对202票", "3対1"),
// and a whole phrase is one token: its tallies are found inside it.
const CJK_GAP_RE = /^\s*\p{Script=Han}?\s*[对對対比]\s*$/u;
const CJK_TALLY_RE = /(?<!\d)(\d{1,6})\s*\p{Script=Han}?\s*[对對対比]\s*(\d{1,6})(?!\d)/gu;

/** Tally keys ("432-202") of an article's tokens. */
export function tallyPairs(tokens: readonly MatchToken[], text: string): string[] {
  return tallyPairsOf(tokens, Int32Array.from(tokens, (t) => t.start), Int32Array.from(tokens, (t) => t.end), tokens.length, text);
}

/**
 * tallyPairs() of tokens given as columns: folded forms (with whether they start with a number,
 * when known: the others are skipped without reading their text), starts and ends, n tokens.
 */
export function tallyPairsOf(words: readonly { norm: string; num?: boolean }[], start: ArrayLike<number>, end: ArrayLike<number>, n: number, text: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < n; i++) {
    const wa = words[i]!;
    const a = wa.norm;
    if (a.charCodeAt(0) >= 0x2e80) { cjkTallies(a, out); continue; }
    if (wa.num === false) continue;
    if (!isCount(a) || YEAR_RE.test(a)) continue;
    for (let j = i + 1; j <= i + 3 && j < n; j++) {
      const wb = words[j]!;
      if (wb.num === false) continue;
      const b = wb.norm;
      if (!isCount(b)) continue;
      const gap = text.slice(end[i]!, start[j]!);
      // Dashed pairs of small numbers are game scores, which reports give for every goal: left out.
      const dashed = DASH_GAP_RE.test(gap) && b.length >= 2 && !DATE_TAIL_RE.test(text.slice(end[j]!, end[j]! + 2));
      if (!YEAR_RE.test(b) && (dashed || GAP_RE.test(gap) || CJK_GAP_RE.test(gap))) {
        const x = Number(a);
        const y = Number(b);
        if (x > y) out.add(`${x}-${y}`);
      }
      break;
    }
  }
  return [...out];
}

/** Tallies inside a Chinese or Japanese phrase. */
function cjkTallies(phrase: string, out: Set<string>): void {
  for (const m of phrase.matchAll(CJK_TALLY_RE)) {
    const x = Number(m[1]);
    const y = Number(m[2]);
    if (x > y && !YEAR_RE.test(m[1]!) && !YEAR_RE.test(m[2]!)) out.add(`${x}-${y}`);
  }
}

/** COUNT_RE.test(s), most words ruled out by their first character. */
function isCount(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && COUNT_RE.test(s);
}

/** The tallies a story names most often: its own; others are its members' asides or mistakes. */
function topTallies(b: Readonly<Record<string, number>>): string[] {
  let max = 0;
  for (const k in b) max = Math.max(max, b[k]!);
  return Object.keys(b).filter((k) => b[k] === max);
}

/**
 * Whether an article's tallies miss the story's most frequent ones (both sides naming some). The
 * most frequent, not any: once a report of another vote has slipped in, its tally must not open
 * the story to every report of that vote.
 */
export function talliesConflict(a: readonly string[], b: Readonly<Record<string, number>>): boolean {
  if (a.length === 0) return false;
  const top = topTallies(b);
  return top.length > 0 && !a.some((k) => top.includes(k));
}

/** Whether two stories both name tallies and their most frequent ones differ. */
export function storyTalliesConflict(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  return talliesConflict(topTallies(a), b);
}
