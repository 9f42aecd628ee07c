/**
 * What story feature extraction needs to know about one folded word, worked out on the word's
 * first sight and cached (feature-key-cache.ts): words repeat heavily across a stream, and these
 * facts cost a dozen regular expressions and string concatenations when redone per occurrence.
 * Every fact depends on the word alone; what depends on its place in an article (capitals,
 * neighbours) stays in article-features.ts.
 */
import { featureKey, touchWords, wordFacts, wordFactsPacked, type FeatureKey } from './feature-key-cache.js';
import type { TokenColumns } from './match-tokenizer.js';
import { dayNumber, MONTH_OF, WEEKDAY_OF } from './calendar-terms.js';
import { bareCountry, caselessSkeletons, caselessWord, cjkKeys, isCountryStart, skeletonOf, startsCountryName } from './cross-script.js';
import { consonantsOf, foldNameKey } from './name-key.js';
import { numberKey } from './number-key.js';
import { scaleOfWord } from './number-scale.js';
import { fnv1a } from './hash-util.js';

const DIGIT_RE = /^\p{N}/u;
const LETTER_RE = /^\p{L}/u;
const YEAR_RE = /^(?:19|20)\d\d$/;

/** Keys of a Chinese or Japanese token (cjkKeys, cross-script.ts); numbers without the years. */
export interface CjkFacts {
  words: FeatureKey[];
  names: FeatureKey[];
  countries: FeatureKey[];
  numbers: FeatureKey[];
}

export interface WordFacts {
  norm: string;
  /** norm.length (kept here: reading it through the string costs a memory access). */
  len: number;
  /** Starts with a number character (\p{N}). */
  num: boolean;
  /** Starts with a letter (\p{L}). */
  letter: boolean;
  /** A letter word longer than three characters (what counts on a title-case line). */
  long: boolean;
  /** Written in a script without letter case (caselessWord, cross-script.ts). */
  caseless: boolean;
  /** May start a country's name (countryAt, cross-script.ts). */
  countryStart: boolean;
  /** Starts a country's name as written (else only without a clitic or particle). */
  countryFirst: boolean;
  /** The `n:=` key of the country the word names without a clitic (bareCountry), made on first use. */
  bareCountry: FeatureKey | null | undefined;
  /** Weekday 1..7, month 1..12, day of month 1..31 (calendar-terms.ts); 0 when not one. */
  weekday: number;
  month: number;
  day: number;
  /** The year (1900-2099) a number names, else 0. */
  year: number;
  /** `#:` key of a number that is not a year. */
  number: FeatureKey | null;
  /** The number key of that `number` (number-key.ts), for scaling by a following word. */
  numberText: string | null;
  /** What the word multiplies a number before it by ("billion" -> 1e9, number-scale.ts); 0 if nothing. */
  scale: number;
  /** `w:` key (words of two characters or more). */
  word: FeatureKey | null;
  cjk: CjkFacts | null;
  /** Name keys (`n:`, `n:~`, `n:%`), made on first use as a name. */
  name: FeatureKey | null;
  nameSkeleton: FeatureKey | null;
  namePhonetic: FeatureKey | null;
  /** `n:%` keys of a caseless-script word, made on first use. */
  caselessKeys: FeatureKey[] | null;
  /** `t:` key, made on first use in a title. */
  title: FeatureKey | null | undefined;
  /** The article (stamp) in which the word was last seen capitalised as a name. */
  nameStamp: number;
}

function numberFeature(raw: string): { year: number; key: FeatureKey | null; text: string } {
  const num = numberKey(raw);
  return YEAR_RE.test(num) ? { year: Number(num), key: null, text: num } : { year: 0, key: featureKey(`#:${num}`), text: num };
}

function make(norm: string): WordFacts {
  const num = DIGIT_RE.test(norm);
  const letter = !num && LETTER_RE.test(norm);
  // Fields in the order of use (an object's fields lie in that order: the first ones share the
  // object's first cache line).
  const f: WordFacts = {
    word: null, num, cjk: null, nameStamp: 0, long: letter && norm.length > 3,
    letter, weekday: WEEKDAY_OF.get(norm) ?? 0, len: norm.length, caseless: caselessWord(norm), countryStart: isCountryStart(norm),
    month: MONTH_OF.get(norm) ?? 0, day: num ? dayNumber(norm) ?? 0 : 0, number: null, numberText: null, scale: num ? 0 : scaleOfWord(norm), year: 0,
    norm, countryFirst: startsCountryName(norm), bareCountry: undefined, name: null, nameSkeleton: null, namePhonetic: null, caselessKeys: null, title: undefined,
  };
  if (num) {
    const n = numberFeature(norm);
    f.year = n.year;
    f.number = n.key;
    if (n.key !== null) f.numberText = n.text;
    return f;
  }
  const cjk = cjkKeys(norm);
  if (cjk) {
    f.cjk = {
      words: cjk.words.map((k) => featureKey(`w:${k}`)),
      names: cjk.names.map((p) => featureKey(`n:%${p}`)),
      countries: cjk.countries.map((c) => featureKey(`n:=${c}`)),
      numbers: cjk.numbers.map((n) => numberFeature(n).key).filter((k): k is FeatureKey => k !== null),
    };
    return f;
  }
  if (norm.length >= 2) f.word = featureKey(`w:${norm.slice(0, 6)}`);
  return f;
}

/** The facts of a word; `hash`: its fnv1a (hash-util.ts). */
export function factsOf(norm: string, hash: number = fnv1a(norm)): WordFacts {
  return wordFacts(norm, hash, make);
}

/** Fills `cols.words` with the facts of the tokens scanWords() (match-tokenizer.ts) found in `text`. */
export function lookupWords(cols: TokenColumns<WordFacts>, text: string): void {
  const { n, start, end, hashes, packs, norms, words } = cols;
  _sink += touchWords(hashes, n);
  for (let i = 0; i < n; i++) {
    const norm = norms[i]!;
    words[i] = wordFactsPacked(norm, hashes[i]!, norm === null ? end[i]! - start[i]! : norm.length, packs, 5 * i, text, start[i]!, make);
  }
}

/** Where prefetching loads go, so that they are not optimised away. */
let _sink = 0;

/** Makes the name keys of a word used as a name. */
export function nameFacts(f: WordFacts): FeatureKey {
  if (f.name === null) {
    // Uncached: the word's facts are the cache.
    const key = foldNameKey(f.norm);
    f.nameSkeleton = featureKey(`n:~${consonantsOf(key)}`);
    const p = skeletonOf(key);
    f.namePhonetic = p ? featureKey(`n:%${p}`) : null;
    f.name = featureKey(`n:${key}`);
  }
  return f.name;
}

/** The `n:%` keys of a caseless-script word (none for other words). */
export function caselessFacts(f: WordFacts): FeatureKey[] {
  if (f.caselessKeys === null) f.caselessKeys = f.caseless ? caselessSkeletons(f.norm).map((p) => featureKey(`n:%${p}`)) : [];
  return f.caselessKeys;
}

/** The `n:=` key of the country a word (not the first of a country's name) names without a clitic, or null. */
export function bareCountryFacts(f: WordFacts): FeatureKey | null {
  if (f.bareCountry === undefined) { const c = bareCountry(f.norm); f.bareCountry = c === null ? null : featureKey(`n:=${c}`); }
  return f.bareCountry;
}

export function titleFacts(f: WordFacts): FeatureKey | null {
  if (f.title === undefined) f.title = f.norm.length >= 2 ? featureKey(`t:${f.norm.slice(0, 6)}`) : null;
  return f.title;
}
