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
 * Speed (every article of a stream): what a word yields is worked out once per word (word-facts.ts),
 * keys are objects counted by a stamp (feature-key-cache.ts), and the story clusterer hands over
 * tokens as columns from its fingerprint scan (extractFeatureColumns), so that an article costs
 * no string or object per known word.
 */
import type { Article } from '../model/article.js';
import { growColumns, scanWords, splitHeader, tokenColumns, tokenize, TOKEN_CAP, TOKEN_INITIAL, TOKEN_NEWLINE, TOKEN_QUOTED, type MatchToken, type TokenColumns } from './match-tokenizer.js';
import { explicitDays } from './calendar-terms.js';
import { guessLanguage } from './language-guesser.js';
import { tallyPairsOf } from './tally-pairs.js';
import { countryAt } from './cross-script.js';
import { featureKey, indexedKey, KIND_OTHER, pairKey, sortPrefix, startArticle, type FeatureKey } from './feature-key-cache.js';
import { tokenHashes } from './shingle-hasher.js';
import { scaledNumberKey } from './number-scale.js';
import { bareCountryFacts, caselessFacts, factsOf, lookupWords, nameFacts, titleFacts, type WordFacts } from './word-facts.js';
import { articleYearBounds, titleYears, yearOfDay, type YearBounds } from './year-bounds.js';

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

const ISO_DAY_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

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

/** Date keys by index (indexedKey, feature-key-cache.ts): weekday 1..7, else 8 + 32 * month + day. */
function dateKeyName(i: number): string {
  return i < 8 ? `d:wd${i}` : `d:${(i - 8) >> 5}-${(i - 8) & 31}`;
}

/**
 * Title-case lines (headlines, captions in capitals) say nothing about which words are names:
 * sets `positional[i]` for their tokens, and for tokens that start a sentence.
 */
function markPositionalCapitals(cols: TokenColumns<WordFacts>, positional: Uint8Array): void {
  const { n, flags, words: facts } = cols;
  for (let i = 0; i < n; i++) positional[i] = flags[i]! & TOKEN_INITIAL ? 1 : 0;
  let lineStart = 0;
  for (let i = 0; i <= n; i++) {
    let newLine = i === n;
    if (!newLine && i > lineStart) newLine = (flags[i]! & TOKEN_NEWLINE) !== 0;
    if (!newLine) continue;
    let words = 0;
    let caps = 0;
    for (let k = lineStart; k < i; k++) {
      const f = facts[k]!;
      if (f.long) { words++; if (flags[k]! & TOKEN_CAP) caps++; }
    }
    // Headlines and caption titles are short; a long line heavy with capitals is names.
    if (words >= 4 && i - lineStart <= MAX_TITLE_TOKENS && caps / words >= 0.6) for (let k = lineStart; k < i; k++) positional[k] = 1;
    lineStart = i;
  }
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
function textDate(norms: () => string[], w: FeatureWeights): { day: number; tolerance: number } | null {
  if (w.textDateTolerance < 0) return null;
  const days = explicitDays(norms());
  if (days.length === 0) return null;
  return { day: Math.max(...days), tolerance: w.textDateTolerance };
}

/** The article's tokens when already computed (see fingerprint-builder.ts). */
export interface PreTokenized { tokens: MatchToken[]; hashes?: Uint32Array; bodyStart: number; headerDate: string | null }

/**
 * An article's features with its keys as key objects (feature-key-cache.ts) in first-counted
 * order and their weights: `keys[0..size)`, `values[0..size)`. The arrays are reused by the next
 * call: use them before extracting another article.
 */
export interface FeatureList extends Omit<ArticleFeatures, 'terms'> {
  keys: FeatureKey[];
  values: Float64Array;
  size: number;
  /** Copied from the keys when first counted (read there while in cache): key strings and
   *  sort prefixes packUnits(key, 0 | 3) (rank-sort.ts). */
  strings: string[];
  p1: Float64Array;
  p2: Float64Array;
}

export function extractFeatures(a: Article, w: FeatureWeights = DEFAULT_FEATURE_WEIGHTS, pre?: PreTokenized): ArticleFeatures {
  const list = extractFeatureList(a, w, pre);
  const { keys, values, size, strings: _s, p1: _1, p2: _2, ...rest } = list;
  const terms = new Map<string, number>();
  for (let i = 0; i < size; i++) terms.set(keys[i]!.key, values[i]!);
  return { ...rest, title: list.title, terms };
}

// Scratch of extractFeatureList, reused from article to article.
const listKeys: FeatureKey[] = [];
const listStrings: string[] = [];
let listValues = new Float64Array(256);
let listKinds = new Uint8Array(256);
let listP1 = new Float64Array(256);
let listP2 = new Float64Array(256);

function growList(): void {
  const n = listValues.length * 2;
  const f = (a: Float64Array): Float64Array<ArrayBuffer> => { const b = new Float64Array(n); b.set(a); return b; };
  listValues = f(listValues); listP1 = f(listP1); listP2 = f(listP2);
  const k = new Uint8Array(n); k.set(listKinds); listKinds = k;
}
let size = 0;
let stamp = 0;
let positionalBuf = new Uint8Array(256);
const kindWeight = new Float64Array(KIND_OTHER + 1);
/** 1 + ln(d / 2) for d < LOG_HALVES: most counts are whole or half (a name's skeletons count half). */
const LOG_HALVES = 512;
const logHalves = Float64Array.from({ length: LOG_HALVES }, (_, d) => 1 + Math.log(d / 2));
/** Where prefetching loads go, so that they are not optimised away. */
let _sink = 0;

/** Starts an article's count; true when the word table was emptied. */
function startCount(): boolean {
  const s = startArticle();
  stamp = s.stamp;
  size = 0;
  return s.cleared;
}

/** Counts `by` more of a key (in the order keys are first counted). */
function bump(k: FeatureKey, by: number): void {
  if (k.stamp === stamp) { listValues[k.slot]! += by; return; }
  k.stamp = stamp;
  k.slot = size;
  if (size === listValues.length) growList();
  listKeys[size] = k;
  listValues[size] = by;
  listStrings[size] = k.key;
  listKinds[size] = k.kind;
  listP1[size] = sortPrefix(k.p1h, k.p1l);
  listP2[size] = sortPrefix(k.p2h, k.p2l);
  size++;
}

/** The words from a possible country name on (countryAt), reused. */
const countryWords: string[] = [];

// Columns of extractFeatureList() when given tokens, reused from article to article.
const listCols = tokenColumns<WordFacts>();

export function extractFeatureList(a: Article, w: FeatureWeights = DEFAULT_FEATURE_WEIGHTS, pre?: PreTokenized): FeatureList {
  const { bodyStart, headerDate } = pre ?? splitHeader(a.text);
  const cols = listCols;
  if (pre === undefined) { scanWords(a.text, bodyStart, cols); lookupWords(cols, a.text); }
  else {
    const { tokens } = pre;
    const n = tokens.length;
    while (cols.start.length < n) growColumns(cols);
    const hashes = pre.hashes ?? tokenHashes(tokens);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      cols.start[i] = t.start;
      cols.end[i] = t.end;
      cols.flags[i] = (t.cap ? TOKEN_CAP : 0) | (t.initial ? TOKEN_INITIAL : 0) | (t.quoted ? TOKEN_QUOTED : 0)
        | (i > 0 && a.text.slice(tokens[i - 1]!.end, t.start).includes('\n') ? TOKEN_NEWLINE : 0);
      cols.hashes[i] = hashes[i]!;
      cols.words[i] = factsOf(t.norm, hashes[i]!);
    }
    cols.n = n;
  }
  return extractFeatureColumns(a, w, cols, bodyStart, headerDate);
}

/**
 * The key of the number at token `i` times the scale words right after it ("44 milliards",
 * "4,400 करोड़", "44 mil millones": number-scale.ts), or null when no scale word follows.
 */
function scaledNumber(cols: TokenColumns<WordFacts>, i: number): FeatureKey | null {
  const { n, start, end, words } = cols;
  let scale = 1;
  let j = i + 1;
  for (; j < n && j <= i + 2 && start[j]! - end[j - 1]! <= 1; j++) {
    const s = words[j]!.scale;
    if (s === 0) break;
    scale *= s;
  }
  if (j === i + 1) return null;
  const key = scaledNumberKey(words[i]!.numberText!, scale);
  return key === null ? null : featureKey(`#:${key}`);
}

/**
 * extractFeatureList() of an article tokenised by scanWords() (match-tokenizer.ts) from
 * `bodyStart` on, its words looked up by lookupWords() (word-facts.ts): see scanArticle(),
 * fingerprint-builder.ts.
 */
export function extractFeatureColumns(a: Article, w: FeatureWeights, cols: TokenColumns<WordFacts>, bodyStart: number, headerDate: string | null): FeatureList {
  // Starting the article's count may empty the word table: look the words up again then (their
  // facts must be the table's, one object per word).
  if (startCount()) for (let i = 0; i < cols.n; i++) cols.words[i] = factsOf(cols.words[i]!.norm, cols.hashes[i]!);
  const { n, flags, words: facts } = cols;
  if (positionalBuf.length < n) positionalBuf = new Uint8Array(Math.max(n, positionalBuf.length * 2));
  const positional = positionalBuf;
  // Touch every word's facts and `w:` key first: independent loads overlap their cache misses,
  // which the passes below would otherwise take one after another. A field near each object's
  // end is read too: an object (not aligned to cache lines) mostly spans two, and the second
  // line's miss would otherwise come later, alone (reading the key's string, its day).
  let t = 0;
  for (let i = 0; i < n; i++) { const f = facts[i]!; const k = f.word; t += f.day; if (k !== null) t += k.stamp + k.p2l; }
  _sink += t;
  markPositionalCapitals(cols, positional);
  // Words capitalised as names somewhere in the article. Weekdays are capitalised in many
  // languages but name nothing (they are date evidence).
  for (let i = 0; i < n; i++) {
    const f = facts[i]!;
    if (flags[i]! & TOKEN_CAP && positional[i] === 0 && f.letter && f.weekday === 0) f.nameStamp = stamp;
  }
  const { crossScript, nameSkeleton, country } = w;
  let prevName: FeatureKey | null = null;
  let years: Set<number> | null = null;
  for (let i = 0; i < n; i++) {
    const f = facts[i]!;
    const by = i < w.ledeTokens ? 1 + w.lede : 1;
    if (f.num) {
      // Years are not counts: every event of a year names it (they go to the year bounds).
      if (f.number !== null) {
        // The number as written and, after a scale word, its value: a translation may keep either.
        bump(f.number, by);
        const scaled = scaledNumber(cols, i);
        if (scaled !== null && scaled !== f.number) bump(scaled, by);
      }
      else (years ??= new Set()).add(f.year);
      prevName = null;
      continue;
    }
    const cjk = f.cjk;
    if (cjk !== null) {
      for (const k of cjk.words) bump(k, by);
      if (crossScript > 0) for (const k of cjk.names) bump(k, by * crossScript);
      if (country > 0) for (const k of cjk.countries) bump(k, country);
      for (const k of cjk.numbers) bump(k, by);
      prevName = null;
      continue;
    }
    if (f.word !== null) bump(f.word, by);
    if (flags[i]! & TOKEN_CAP && f.nameStamp === stamp && f.len >= 2) {
      const key = nameFacts(f);
      bump(key, by);
      if (nameSkeleton > 0) bump(f.nameSkeleton!, by * nameSkeleton);
      if (prevName !== null) bump(pairKey(prevName, key), by);
      if (crossScript > 0 && f.namePhonetic !== null) bump(f.namePhonetic, by * crossScript);
      prevName = key;
    } else {
      prevName = null;
      if (crossScript > 0 && f.caseless) for (const k of caselessFacts(f)) bump(k, by * crossScript);
    }
  }
  let normList: string[] | null = null;
  const norms = (): string[] => normList ??= facts.slice(0, n).map((f) => f.norm);
  if (country > 0) {
    for (let i = 0; i < n; i++) {
      const f = facts[i]!;
      if (!f.countryStart || !(flags[i]! & TOKEN_CAP || f.caseless)) continue;
      if (!f.countryFirst) { const k = bareCountryFacts(f); if (k !== null) bump(k, country); continue; }
      // countryAt reads the words from i to i + 2 only.
      countryWords.length = 0;
      for (let j = i; j < n && j < i + 3; j++) countryWords.push(facts[j]!.norm);
      const hit = countryAt(countryWords, 0);
      if (hit !== null) { bump(featureKey(`n:=${hit[0]}`), country); i += hit[1] - 1; }
    }
  }
  // Date evidence: weekdays, and day-month pairs ("Sept 19", "19 septembre", "19 de septiembre").
  for (let i = 0; i < n; i++) {
    const f = facts[i]!;
    if (f.weekday !== 0) { bump(indexedKey(f.weekday, dateKeyName), 1); continue; }
    if (f.month === 0) continue;
    const d = (i + 1 < n ? facts[i + 1]!.day : 0) || (i > 0 ? facts[i - 1]!.day : 0) || (i > 1 && facts[i - 1]!.norm === 'de' ? facts[i - 2]!.day : 0);
    if (d !== 0) bump(d <= 31 && f.month <= 12 ? indexedKey(8 + 32 * f.month + d, dateKeyName) : featureKey(`d:${f.month}-${d}`), 1);
  }
  if (a.title) for (const t of tokenize(a.title)) { const k = titleFacts(factsOf(t.norm)); if (k !== null) bump(k, 1); }
  kindWeight.set([w.word, w.name, w.namePair, w.number, w.title, w.date, 1]);
  // Counts become weights in place.
  for (let i = 0; i < size; i++) {
    const v = listValues[i]!;
    const d = v * 2;
    listValues[i] = (d < LOG_HALVES && d === Math.floor(d) ? logHalves[d]! : 1 + Math.log(v)) * kindWeight[listKinds[i]!]!;
  }
  const published = parseDay(a.publishedAt) ?? parseDay(headerDate);
  const date = published ?? textDate(norms, w);
  const yearBounds = articleYearBounds(years === null ? [] : [...years], published && published.tolerance < 31 ? yearOfDay(published.day) : null, titleYears(a.title));
  if (published) (years ??= new Set()).add(yearOfDay(published.day)!);
  return new ExtractedList(
    a, bodyStart, size, date?.day ?? null, date?.tolerance ?? 0, published === null && date !== null,
    years === null ? [] : [...years].sort((x, y) => x - y), yearBounds,
    tallyPairsOf(facts, cols.start, cols.end, n, a.text),
    a.lang ? a.lang.toLowerCase().slice(0, 2) : guessLanguage(norms()),
  );
}

/**
 * A FeatureList whose title is made when read (the clusterer reads it only for an article that
 * starts a story): a getter on a class, where a getter in an object literal cost a closure and
 * the literal's slow path per article.
 */
class ExtractedList implements FeatureList {
  readonly keys = listKeys;
  readonly values = listValues;
  readonly strings = listStrings;
  readonly p1 = listP1;
  readonly p2 = listP2;
  readonly id: string;
  readonly #a: Article;
  readonly #bodyStart: number;
  constructor(
    a: Article, bodyStart: number, readonly size: number, readonly day: number | null, readonly dayTolerance: number, readonly dayFromText: boolean,
    readonly years: number[], readonly yearBounds: YearBounds, readonly tallies: string[], readonly lang: string | null,
  ) {
    this.id = a.id;
    this.#a = a;
    this.#bodyStart = bodyStart;
  }

  get title(): string { return this.#a.title ?? firstSentence(this.#a.text, this.#bodyStart); }
}
