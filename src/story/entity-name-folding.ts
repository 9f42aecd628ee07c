/**
 * Transliteration-aware name comparison. Names from Cyrillic, Arabic or Chinese reach English
 * news in several romanisations (q/k, zh/j, y/i, ae/aye, doubled letters, hyphens); folding
 * maps them to one spelling-neutral key, and a bounded edit distance on the folded form plus
 * an equal consonant skeleton absorbs what is left (an inserted vowel). Hand-written: the
 * phonetic libraries on npm (Soundex, Metaphone) are built for English names and fold too much.
 */

const ACCENTS_RE = /[\u0300-\u036f]/g;
// Digits stay: "Pioneer 10" is not "Pioneer 11", nor "Zenit-2" "Zenit-3".
const NON_LETTERS_RE = /[^a-z0-9]/g;
const VOWEL = /[aeiou]/;
const DIGIT_RE = /\d/;
const NON_DIGITS_RE = /\D/g;

// Ordered: multi-letter spellings before the single letters they contain.
const RULES: [RegExp, string][] = [
  [/dzh/g, 'j'], [/zh/g, 'j'], [/dj/g, 'j'], [/kh/g, 'h'], [/ph/g, 'f'], [/ck/g, 'k'], [/q/g, 'k'],
  [/x/g, 'ks'], [/w/g, 'v'], [/y/g, 'i'], [/ou/g, 'u'], [/ie$/g, 'i'], [/ee/g, 'i'],
];

/** Spelling-neutral key of a name or name part: "Khrushchyov" and "Khrushchev" give one key. */
// A Map, not an object: a word such as "constructor" must not find Object's own members.
const ABBREVIATIONS = new Map([['mt', 'mount'], ['ft', 'fort'], ['pt', 'port'], ['st', 'street'], ['rd', 'road'], ['ave', 'avenue']]);

const ALL_CAPS_RE = /^[\p{Lu}\d.&-]+$/u;

export function foldName(name: string): string {
  // Short acronyms and model letters ("ZS", "X", "ZR") are no transliterations: letters as
  // written (a word in capitals, "WARSAW", still folds like "Warsaw").
  if (name.length <= 3 && ALL_CAPS_RE.test(name)) return name.toLowerCase().replace(NON_LETTERS_RE, '');
  const abbr = ABBREVIATIONS.get(name.toLowerCase().replace(/\.$/, ''));
  if (abbr) name = abbr;
  let s = name.normalize('NFD').replace(ACCENTS_RE, '').toLowerCase().replace(NON_LETTERS_RE, '');
  for (const [re, to] of RULES) s = s.replace(re, to);
  // An "i" (from y) between vowels is a glide: Dostoyevsky/Dostoevsky, Yeltsin/Eltsin.
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === 'i' && i > 0 && i < s.length - 1 && VOWEL.test(s[i - 1]!) && VOWEL.test(s[i + 1]!)) continue;
    if (c === out[out.length - 1] && !DIGIT_RE.test(c)) continue; // doubled letters
    out += c;
  }
  return out;
}

/** Consonants of a folded name: "abdelaziz" and "abdulaziz" give "bdlz". */
export function consonantSkeleton(folded: string): string {
  return folded.replace(/[aeiou]/g, '');
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Whether two folded names are spellings of one name. */
export function similarFolded(a: string, b: string): boolean {
  if (a === b) return true;
  // Numbers are never misspelt: names that differ in their digits are different things.
  if ((DIGIT_RE.test(a) || DIGIT_RE.test(b)) && a.replace(NON_DIGITS_RE, '') !== b.replace(NON_DIGITS_RE, '')) return false;
  const len = Math.min(a.length, b.length);
  if (len < 5) return false;
  const sameSkeleton = consonantSkeleton(a) === consonantSkeleton(b);
  const max = sameSkeleton ? 1 + Math.floor(len / 8) : len >= 8 ? 1 : 0;
  return max > 0 && editDistance(a, b, max) <= max && a[0] === b[0];
}

/** Whether two names (any spelling) are variants of one name. */
export function similarNames(a: string, b: string): boolean {
  return similarFolded(foldName(a), foldName(b));
}
