/**
 * Spelling-neutral key of a name word, so that one name matches across languages and
 * romanisations ("Tokió"/"Tokyo", "Jomart"/"Zhomart"): the entity canonicaliser's transliteration
 * folding (story/entity-name-folding.ts). Cached: names repeat across a stream, and the folding
 * runs a dozen regular expressions. The cache is cleared when full, so memory stays bounded.
 * Cyrillic and Greek names are romanised first (a letter table, as in passports: "Путин" ->
 * "putin"), so a Russian or Greek report's names meet the Latin-script ones.
 */
import { foldName } from '../story/entity-name-folding.js';

const MAX_CACHE = 200_000;
const cache = new Map<string, string>();
const skeletons = new Map<string, string>();

// Passport-style romanisation of lower-case Cyrillic and Greek (folded tokens are lower case).
const ROMAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const CYRILLIC_GREEK_RE = /[\u0370-\u03ff\u0400-\u04ff]/;

/** Romanises Cyrillic and Greek letters of a folded word; other characters are kept. */
export function romanize(norm: string): string {
  if (!CYRILLIC_GREEK_RE.test(norm)) return norm;
  let out = '';
  for (const c of norm) out += ROMAN[c] ?? c;
  return out;
}

/** nameKey() without the cache (for callers that cache per word themselves, word-facts.ts). */
export function foldNameKey(norm: string): string {
  return (asciiFoldName(norm) ?? foldName(romanize(norm))) || norm;
}

export function nameKey(norm: string): string {
  let k = cache.get(norm);
  if (k === undefined) {
    k = foldNameKey(norm);
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(norm, k);
  }
  return k;
}

const VOWELS_RE = /[aeiou]/g;

/** skeletonKey() without the cache. */
export function consonantsOf(key: string): string {
  return key.replace(VOWELS_RE, '').slice(0, 4);
}

/** Consonant skeleton of a folded name key, at most four consonants ("japon", "japan" -> "jpn"). */
export function skeletonKey(key: string): string {
  let k = skeletons.get(key);
  if (k === undefined) {
    k = consonantsOf(key);
    if (skeletons.size >= MAX_CACHE) skeletons.clear();
    skeletons.set(key, k);
  }
  return k;
}

// foldName's abbreviations and spelling rules (entity-name-folding.ts), for asciiFoldName.
const ABBREVIATIONS = new Map([['mt', 'mount'], ['ft', 'fort'], ['pt', 'port'], ['st', 'street'], ['rd', 'road'], ['ave', 'avenue']]);
const RULES: [string, string][] = [['dzh', 'j'], ['zh', 'j'], ['dj', 'j'], ['kh', 'h'], ['ph', 'f'], ['ck', 'k'], ['q', 'k'], ['x', 'ks'], ['w', 'v'], ['y', 'i'], ['ou', 'u']];
const ASCII_NAME_RE = /^[a-z][a-z0-9]*$/;
const isVowel = (c: number): boolean => c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;

/**
 * foldName() of a word of lower-case ASCII letters and digits (most names met), with string
 * operations instead of a dozen regular expressions (test/match/cross-script.test.ts checks the
 * two agree); null for other words. Unlike foldName, a word such as "constructor" is not taken
 * for an abbreviation (foldName looks abbreviations up in a plain object).
 */
export function asciiFoldName(word: string): string | null {
  if (!ASCII_NAME_RE.test(word)) return null;
  let s = ABBREVIATIONS.get(word) ?? word;
  for (const [from, to] of RULES) if (s.includes(from)) s = s.replaceAll(from, to);
  if (s.endsWith('ie')) s = `${s.slice(0, -2)}i`;
  if (s.includes('ee')) s = s.replaceAll('ee', 'i');
  // An "i" between vowels is a glide; doubled letters (not digits) are one.
  let out = '';
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x69 && i > 0 && i < s.length - 1 && isVowel(s.charCodeAt(i - 1)) && isVowel(s.charCodeAt(i + 1))) continue;
    if (c === last && !(c >= 0x30 && c <= 0x39)) continue;
    out += s[i];
    last = c;
  }
  return out;
}
