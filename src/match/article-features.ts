/**
 * The features a story is recognised by, built from one article:
 * - `w:` content words (folded, cut to 6 letters: a cheap stemmer that works in every Latin-script
 *   language and keeps cognates together: "cathedral"/"cathédrale" -> "cathed");
 * - `n:` names: capitalised words that are not capitalised merely by position (sentence start,
 *   title-case lines), folded for transliteration (name-key.ts), with their consonant skeleton
 *   (`n:~`), and `N:` pairs of adjacent names. Names survive translation;
 * - `#:` numbers (separators removed) but years: counts and scores survive translation too;
 * - `t:` title words, when the article has a title;
 * - `d:` date evidence: weekdays and day-month pairs (calendar-terms.ts).
 * Weights are sublinear term frequencies times a per-kind weight; IDF is applied by the clusterer.
 */
import type { Article } from '../model/article.js';
import { splitHeader, tokenize, type MatchToken } from './match-tokenizer.js';
import { calendarKeys, explicitDays, WEEKDAY_OF } from './calendar-terms.js';
import { guessLanguage } from './language-guesser.js';
import { nameKey, skeletonKey } from './name-key.js';
import { tallyPairs } from './tally-pairs.js';
import { caselessSkeletons, caselessWord, cjkKeys, countryCodes, phoneticSkeleton } from './cross-script.js';
import { numberKey } from './number-key.js';
import { articleYearBounds, yearOfDay, type YearBounds } from './year-bounds.js';

export interface FeatureWeights {
  word: number;
  name: number;
  namePair: number;
  /** Share of a name's count given to its consonant skeleton ("jpn" for Japan/Japón), which
   *  matches names across languages where the spelling differs by vowels. */
  nameSkeleton: number;
  number: number;
  title: number;
  /** Share of a name's count given to its phonetic skeleton (`n:%`, cross-script.ts), which every
   *  word of a script without capitals gets too: names met across scripts. */
  crossScript: number;
  /** Weight of a country named in any language (`n:=`, cross-script.ts). */
  country: number;
  /** Date evidence: weekdays and day-month pairs named in the text. */
  date: number;
  /** Extra count for a word in the first `ledeTokens` words (the lede states the happening). */
  lede: number;
  ledeTokens: number;
  /** Tolerance in days of a date read from an undated article's text (-1: do not read one). */
  textDateTolerance: number;
}

export const DEFAULT_FEATURE_WEIGHTS: FeatureWeights = { word: 1, name: 1, namePair: 1, nameSkeleton: 0.5, crossScript: 0.5, country: 1, number: 1, title: 1, date: 1, lede: 0, ledeTokens: 60, textDateTolerance: 7 };

export interface ArticleFeatures {
  id: string;
  /** Key -> weight before IDF. */
  terms: Map<string, number>;
  /** Days since 1970-01-01 of the publication date, or null when unknown. */
  day: number | null;
  /** Half-width in days of the date's uncertainty (0 for a day, 15 for a month). */
  dayTolerance: number;
  /** The day was read from the text (no publication date): not a clock for freezing stories. */
  dayFromText: boolean;
  title: string;
  /** Language code (from the article, else guessed) or script name; null when unknown. */
  lang: string | null;
  /** Years named in the text (1900-2099), and the publication year. */
  years: number[];
  /** Bounds on the year the article is about (year-bounds.ts). */
  yearBounds: YearBounds;
  /** Tallies named in the text ("432-202", tally-pairs.ts). */
  tallies: string[];
}

const DIGIT_RE = /^\p{N}/u;
const YEAR_RE = /^(?:19|20)\d\d$/;
const ISO_DAY_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;
const LETTER_TOKEN_RE = /^\p{L}/u;

export function parseDay(iso: string | null): { day: number; tolerance: number } | null {
  if (!iso) return null;
  const m = ISO_DAY_RE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  if (mo < 1 || mo > 12) return null;
  const t = Date.UTC(y, mo - 1, d ?? 15);
  return Number.isFinite(t) ? { day: Math.floor(t / 86_400_000), tolerance: d === null ? 15 : 0 } : null;
}

const MAX_TITLE_TOKENS = 25;

/** Title-case lines (headlines, captions in capitals) say nothing about which words are names. */
function markPositionalCapitals(tokens: MatchToken[], text: string): boolean[] {
  const positional = tokens.map((t) => t.initial);
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const newLine = i === tokens.length || (i > lineStart && text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n'));
    if (!newLine) continue;
    let words = 0;
    let caps = 0;
    for (let k = lineStart; k < i; k++) {
      const t = tokens[k]!;
      if (t.norm.length > 3 && LETTER_TOKEN_RE.test(t.norm)) { words++; if (t.cap) caps++; }
    }
    // Headlines and caption titles are short; a long line heavy with capitals is names.
    if (words >= 4 && i - lineStart <= MAX_TITLE_TOKENS && caps / words >= 0.6) for (let k = lineStart; k < i; k++) positional[k] = true;
    lineStart = i;
  }
  return positional;
}

function bump(m: Map<string, number>, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

const SENTENCE_RE = /[^.!?\n]+(?:[.!?]+|$)/gm;

/** A title for an untitled article: its first line or sentence of at least five words. */
export function firstSentence(text: string, from: number): string {
  const body = text.slice(from);
  let pick = body.trim();
  for (const m of body.matchAll(SENTENCE_RE)) {
    const s = m[0].trim();
    if (s.split(/\s+/).length >= 5) { pick = s; break; }
  }
  return pick.length > 140 ? `${pick.slice(0, 137).trimEnd()}...` : pick;
}

/**
 * An undated article's day from the text: the latest explicit full date it names (a report names
 * the day of its event, and earlier days as background), with a wide tolerance since the text may
 * look ahead. Null when off or none.
 */
function textDate(tokens: readonly MatchToken[], w: FeatureWeights): { day: number; tolerance: number } | null {
  if (w.textDateTolerance < 0) return null;
  const days = explicitDays(tokens.map((t) => t.norm));
  if (days.length === 0) return null;
  return { day: Math.max(...days), tolerance: w.textDateTolerance };
}

/** `pre`: the article's tokens when already computed (see fingerprint-builder.ts). */
export function extractFeatures(a: Article, w: FeatureWeights = DEFAULT_FEATURE_WEIGHTS, pre?: { tokens: MatchToken[]; bodyStart: number; headerDate: string | null }): ArticleFeatures {
  const { bodyStart, headerDate } = pre ?? splitHeader(a.text);
  const tokens = pre?.tokens ?? tokenize(a.text, bodyStart);
  const positional = markPositionalCapitals(tokens, a.text);
  const nameForms = new Set<string>();
  // Weekdays are capitalised in many languages but name nothing (they are date evidence).
  tokens.forEach((t, i) => { if (t.cap && !positional[i] && LETTER_TOKEN_RE.test(t.norm) && !WEEKDAY_OF.has(t.norm)) nameForms.add(t.norm); });
  const tf = new Map<string, number>();
  let prevName: string | null = null;
  // Years are not counts: every event of a year names it (they go to the year bounds).
  const countNumber = (raw: string, by: number): void => {
    const num = numberKey(raw);
    if (!YEAR_RE.test(num)) bump(tf, `#:${num}`, by);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const by = i < w.ledeTokens ? 1 + w.lede : 1;
    const isNum = DIGIT_RE.test(t.norm);
    if (isNum) {
      countNumber(t.norm, by);
      prevName = null;
      continue;
    }
    const cjk = cjkKeys(t.norm);
    if (cjk) {
      for (const k of cjk.words) bump(tf, `w:${k}`, by);
      if (w.crossScript > 0) for (const p of cjk.names) bump(tf, `n:%${p}`, by * w.crossScript);
      if (w.country > 0) for (const c of cjk.countries) bump(tf, `n:=${c}`, w.country);
      for (const n of cjk.numbers) countNumber(n, by);
      prevName = null;
      continue;
    }
    if (t.norm.length >= 2) bump(tf, `w:${t.norm.slice(0, 6)}`, by);
    if (t.cap && nameForms.has(t.norm) && t.norm.length >= 2) {
      const key = nameKey(t.norm);
      bump(tf, `n:${key}`, by);
      if (w.nameSkeleton > 0) bump(tf, `n:~${skeletonKey(key)}`, by * w.nameSkeleton);
      if (prevName) bump(tf, `N:${prevName}_${key}`, by);
      if (w.crossScript > 0) { const p = phoneticSkeleton(key); if (p) bump(tf, `n:%${p}`, by * w.crossScript); }
      prevName = key;
    } else {
      prevName = null;
      if (w.crossScript > 0 && caselessWord(t.norm)) for (const p of caselessSkeletons(t.norm)) bump(tf, `n:%${p}`, by * w.crossScript);
    }
  }
  const norms = tokens.map((t) => t.norm);
  if (w.country > 0) for (const c of countryCodes(norms, (i) => tokens[i]!.cap || caselessWord(norms[i]!))) bump(tf, `n:=${c}`, w.country);
  for (const k of calendarKeys(norms)) bump(tf, k);
  if (a.title) for (const t of tokenize(a.title)) if (t.norm.length >= 2) bump(tf, `t:${t.norm.slice(0, 6)}`);
  const kindWeight: Record<string, number> = { 'w': w.word, 'n': w.name, 'N': w.namePair, '#': w.number, 't': w.title, 'd': w.date };
  // Counts become weights in place (same keys, same order): no second map per article.
  const terms = tf;
  for (const [k, c] of tf) terms.set(k, (1 + Math.log(c)) * (kindWeight[k[0]!] ?? 1));
  const published = parseDay(a.publishedAt) ?? parseDay(headerDate);
  const date = published ?? textDate(tokens, w);
  const years = new Set<number>();
  for (const t of tokens) if (DIGIT_RE.test(t.norm)) { const y = numberKey(t.norm); if (YEAR_RE.test(y)) years.add(Number(y)); }
  const yearBounds = articleYearBounds([...years], published && published.tolerance < 31 ? yearOfDay(published.day) : null);
  if (published) years.add(yearOfDay(published.day)!);
  return {
    id: a.id,
    terms,
    day: date?.day ?? null,
    dayTolerance: date?.tolerance ?? 0,
    dayFromText: published === null && date !== null,
    title: a.title ?? firstSentence(a.text, bodyStart),
    years: [...years].sort((x, y) => x - y),
    yearBounds,
    tallies: tallyPairs(tokens, a.text),
    lang: a.lang ? a.lang.toLowerCase().slice(0, 2) : guessLanguage(norms),
  };
}
