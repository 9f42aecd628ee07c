/**
 * Keys that let one name meet itself across scripts and languages, for story matching:
 * - a phonetic skeleton of a romanised name ("Madrid", Arabic "مدريد", Japanese "マドリード" ->
 *   "mdrd"): romanisation by any-ascii (a table per script, offline), then the consonants that
 *   survive transcription. Vowels, y, w and h are dropped (Arabic and Indic scripts write vowels
 *   as those letters or not at all), a soft c read as s, voiced and unvoiced pairs that scripts conflate are merged
 *   (v/f, p/b, c/k/q, z/s), doubled letters collapsed. Three to four consonants: shorter
 *   skeletons meet too many other words by chance;
 * - a country key from the country's name in any of ~25 languages (data/country-exonyms.ts).
 * Scripts without capitals (Arabic, Hebrew, the Indic scripts, Thai, Georgian...) give no clue to
 * which words are names, so every word of theirs gets a skeleton; the IDF weighting and the
 * evidence gate of the similarity keep chance meetings of common words from counting.
 */
import anyAscii from 'any-ascii';
import { COUNTRY_EXONYMS } from './data/country-exonyms.js';
import { numberKey } from './number-key.js';
import { scaleAt, scaledNumberKey } from './number-scale.js';

const LETTER_RE = /\p{L}/u;
// Scripts written without spaces between words (Chinese, Japanese): handled by cjkKeys().
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const SCRIPT_RUN_RE = /\p{Script=Han}+|\p{Script=Katakana}[\p{Script=Katakana}ー]*|\p{Script=Hiragana}+/gu;
const HAN_RE = /^\p{Script=Han}/u;
const KATAKANA_RE = /^\p{Script=Katakana}/u;
const HANGUL_RE = /^\p{Script=Hangul}/u;
const HEBREW_RE = /\p{Script=Hebrew}/u;
const DIGITS_RE = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;
const ARABIC_RE = /^\p{Script=Arabic}/u;
// Arabic clitics written on the word: a conjunction or preposition ("and", "with/in", "to", "so",
// "like"), then the article "the".
const ARABIC_PARTICLE_RE = /^[وبفكل](?=\p{L}{3})/u;
const ARABIC_ARTICLE_RE = /^ال(?=\p{L}{3})/u;
const COUNTRIES = new Map(Object.entries(COUNTRY_EXONYMS));
const FIRST_WORDS = new Set([...COUNTRIES.keys()].map((k) => k.split(' ')[0]!));
const MAX_CACHE = 200_000;
const skeletons = new Map<string, string>();

/** Whether a folded word is written in a script without letter case (and not a skipped one). */
export function caselessWord(norm: string): boolean {
  // Latin, Greek and the rest below U+0370 have case (or are not letters): the common case, fast.
  if (!(norm.charCodeAt(0) >= 0x370)) return false;
  const c = norm[0] ?? '';
  if (!LETTER_RE.test(c) || c.toLowerCase() !== c.toUpperCase()) return false;
  return !CJK_RE.test(c);
}

/** A Hebrew word with its vav read as Latin script reads it: doubled, a consonant (v or w);
 *  single, most often the vowel o or u, which a skeleton drops. */
function hebrewConsonants(word: string): string {
  return word.replace(/וו/g, 'v').replace(/ו/g, '');
}

/** Phonetic skeleton of a word in any script; '' when too short to be worth a key. */
export function phoneticSkeleton(word: string): string {
  let k = skeletons.get(word);
  if (k !== undefined) return k;
  k = skeletonOf(word);
  if (skeletons.size >= MAX_CACHE) skeletons.clear();
  skeletons.set(word, k);
  return k;
}

/** phoneticSkeleton() without the cache (for callers that cache per word themselves, word-facts.ts). */
export function skeletonOf(word: string): string {
  return asciiSkeleton(word) ?? slowSkeleton(word);
}

/** The skeleton as defined: romanised by any-ascii, then the rules above. */
export function slowSkeleton(word: string): string {
  const latin = anyAscii(HEBREW_RE.test(word) ? hebrewConsonants(word) : word).toLowerCase()
    .replace(/ph/g, 'f').replace(/[^a-z]/g, '')
    // A c before e, i or y is an s in the languages that write it so ("France", "Vincent").
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[aeiouyhw]/g, '').replace(/v/g, 'f').replace(/p/g, 'b').replace(/[cq]/g, 'k').replace(/z/g, 's')
    // A nasal before a b is an m in some transcriptions, an n in others ("hanburuku" for Hamburg).
    .replace(/nb/g, 'mb')
    .replace(/(.)\1+/g, '$1');
  return latin.length >= 3 ? latin.slice(0, 4) : '';
}

// Consonant classes of a-z for asciiSkeleton: 0 dropped (vowels, y, h, w), else the letter kept.
const CONSONANT = new Uint8Array(128);
for (let c = 0x61; c <= 0x7a; c++) CONSONANT[c] = 'aeiouyhw'.includes(String.fromCharCode(c)) ? 0 : c;
for (const [from, to] of [['v', 'f'], ['p', 'b'], ['c', 'k'], ['q', 'k'], ['z', 's']] as const) CONSONANT[from.charCodeAt(0)] = to.charCodeAt(0);

/**
 * slowSkeleton() of an ASCII word, step for step without regular expressions (most names met are
 * ASCII; test/match/cross-script.test.ts checks the two agree); null for other words.
 */
/** Whether the next ASCII letter from `from` on is an e, i or y. */
function softC(word: string, from: number): boolean {
  for (let j = from; j < word.length; j++) {
    let d = word.charCodeAt(j);
    if (d >= 0x41 && d <= 0x5a) d += 0x20;
    if (d >= 0x61 && d <= 0x7a) return d === 0x65 || d === 0x69 || d === 0x79;
  }
  return false;
}

export function asciiSkeleton(word: string): string | null {
  const out: number[] = [];
  const n = word.length;
  for (let i = 0; i < n; i++) {
    let c = word.charCodeAt(i);
    if (c >= 0x80) return null;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    // "ph" -> "f" first (on the lower-case word, before non-letters are dropped).
    if (c === 0x70 && i + 1 < n) {
      let d = word.charCodeAt(i + 1);
      if (d >= 0x41 && d <= 0x5a) d += 0x20;
      if (d === 0x68) { out.push(0x66); i++; continue; }
    }
    if (c < 0x61 || c > 0x7a) continue;
    // A soft c: before e, i or y (the next letter, other characters skipped).
    if (c === 0x63 && softC(word, i + 1)) { out.push(0x73); continue; }
    const k = CONSONANT[c]!;
    if (k !== 0) out.push(k);
  }
  // "nb" -> "mb", then runs of one letter collapsed.
  for (let i = 0; i + 1 < out.length; i++) if (out[i] === 0x6e && out[i + 1] === 0x62) { out[i] = 0x6d; i++; }
  let m = 0;
  for (let i = 0; i < out.length; i++) if (m === 0 || out[i] !== out[m - 1]) out[m++] = out[i]!;
  return m >= 3 ? String.fromCharCode(...out.slice(0, Math.min(m, 4))) : '';
}

/** Skeletons of a caseless-script word: the word's, and for Arabic script the word's without a clitic. */
export function caselessSkeletons(norm: string): string[] {
  const out = new Set<string>();
  const whole = phoneticSkeleton(norm);
  if (whole) out.add(whole);
  for (const bare of arabicBareForms(norm)) { const k = phoneticSkeleton(bare); if (k) out.add(k); }
  if (HANGUL_RE.test(norm)) for (const k of [...out]) out.add(otherLiquid(k));
  return [...out];
}

/**
 * A skeleton with its l and r swapped. Korean writes both with one letter, romanised l ("크로아티아"
 * -> "keuloatia" for Croatia), Japanese with one romanised r ("リスボン" -> "risubon" for Lisbon):
 * their words get the other liquid's skeleton too.
 */
export function otherLiquid(k: string): string {
  return k.replace(/[lr]/g, (c) => (c === 'l' ? 'r' : 'l'));
}

/** A Korean word without one or two final syllables: the particles written on it ("프랑스의"). */
function hangulStems(norm: string): string[] {
  if (!HANGUL_RE.test(norm) || norm.length < 3) return [];
  return norm.length > 3 ? [norm.slice(0, -1), norm.slice(0, -2)] : [norm.slice(0, -1)];
}

/** An Arabic-script word without its clitics: without a particle, then also without the article. */
function arabicBareForms(norm: string): string[] {
  if (!ARABIC_RE.test(norm)) return [];
  const out: string[] = [];
  const noParticle = norm.replace(ARABIC_PARTICLE_RE, '');
  if (noParticle !== norm) out.push(noParticle);
  const noArticle = noParticle.replace(ARABIC_ARTICLE_RE, '');
  if (noArticle !== noParticle) out.push(noArticle);
  return out;
}

/** Whether a folded word may start a country's name (one set look-up rules most words out). */
export function isCountryStart(w: string): boolean {
  return FIRST_WORDS.has(w) || w.charCodeAt(0) >= 0x600;
}

/**
 * The country named from word `i` on (a word for which isCountryStart holds): the longest name
 * (up to three words) starting there, or the word without an Arabic clitic or Korean particle;
 * its code and how many words it takes, or null.
 */
export function countryAt(norms: readonly string[], i: number): [string, number] | null {
  const w = norms[i]!;
  if (FIRST_WORDS.has(w)) {
    for (let n = Math.min(3, norms.length - i); n >= 1; n--) {
      const hit = COUNTRIES.get(n === 1 ? w : norms.slice(i, i + n).join(' '));
      if (hit !== undefined) return [hit, n];
    }
  }
  const hit = bareCountry(w);
  return hit === null ? null : [hit, 1];
}

/** Whether a folded word is the first of some country's name (in some language). */
export function startsCountryName(w: string): boolean {
  return FIRST_WORDS.has(w);
}

/** The country a word names without an Arabic clitic or Korean particle, or null. */
export function bareCountry(w: string): string | null {
  for (const bare of [...arabicBareForms(w), ...hangulStems(w)]) {
    const hit = COUNTRIES.get(bare);
    if (hit !== undefined) return hit;
  }
  return null;
}

/**
 * Country codes named by a run of folded words: the longest name (up to three words) starting at
 * each word; an Arabic-script word is also tried without a clitic.
 */
export function countryCodes(norms: readonly string[], isCandidate: (i: number) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < norms.length; i++) {
    if (!isCountryStart(norms[i]!) || !isCandidate(i)) continue;
    const hit = countryAt(norms, i);
    if (hit !== null) { out.push(hit[0]); i += hit[1] - 1; }
  }
  return out;
}

/**
 * Keys of a token holding Chinese or Japanese text (written without spaces, so one token is a
 * whole phrase): overlapping character pairs of its Han runs as words (the usual unit of search in
 * these scripts), Katakana runs as words and, since Japanese writes foreign names in Katakana, as
 * names with their phonetic skeleton ("マドリード" -> "madorido" -> the skeleton of "Madrid"); and the
 * countries named inside Han and Katakana runs. Null for a token without such text.
 */
export function cjkKeys(norm: string): { words: string[]; names: string[]; countries: string[]; numbers: string[] } | null {
  // Chinese and Japanese characters are all at U+2E80 or above: most tokens are ruled out by a scan.
  let high = false;
  for (let i = 0; i < norm.length && !high; i++) high = norm.charCodeAt(i) >= 0x2e80;
  if (!high || !CJK_RE.test(norm)) return null;
  // Numbers are written inside the phrase ("412人"): the tokenizer kept them in the token.
  // The number as written and, with a scale after its digits ("440億"), its value (number-scale.ts).
  const numbers: string[] = [];
  for (const m of norm.matchAll(DIGITS_RE)) {
    numbers.push(m[0]);
    const scale = scaleAt(norm, m.index + m[0].length);
    const scaled = scale === 0 ? null : scaledNumberKey(numberKey(m[0]), scale);
    if (scaled !== null) numbers.push(scaled);
  }
  const words: string[] = [];
  const names: string[] = [];
  const countries: string[] = [];
  for (const m of norm.matchAll(SCRIPT_RUN_RE)) {
    const run = m[0];
    if (HAN_RE.test(run)) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) words.push(chars[i]! + chars[i + 1]!);
      if (chars.length === 1) words.push(run);
      for (let i = 0; i < chars.length; i++) {
        for (let n = Math.min(4, chars.length - i); n >= 2; n--) {
          const hit = COUNTRIES.get(chars.slice(i, i + n).join(''));
          if (hit !== undefined) { countries.push(hit); i += n - 1; break; }
        }
      }
    } else if (KATAKANA_RE.test(run) && run.length >= 2) {
      words.push(run);
      const k = phoneticSkeleton(run);
      if (k) names.push(k);
      if (k && /[lr]/.test(k)) names.push(otherLiquid(k));
      const hit = COUNTRIES.get(run);
      if (hit !== undefined) countries.push(hit);
    }
  }
  return { words, names, countries, numbers };
}
