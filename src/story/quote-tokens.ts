/**
 * Token forms used to match one quote printed by several outlets: lower case, straight
 * apostrophes, contractions expanded ("what's" -> "what is"), small numbers as digits,
 * punctuation dropped. Plus a token-level longest common subsequence for fuzzy containment.
 */

const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon't\b/g, 'will not'], [/\bcan't\b/g, 'can not'], [/\bcannot\b/g, 'can not'], [/n't\b/g, ' not'],
  [/'re\b/g, ' are'], [/'ll\b/g, ' will'], [/'ve\b/g, ' have'], [/'m\b/g, ' am'], [/'d\b/g, ' would'],
  [/\b(it|that|what|there|here|who|he|she|where|how|let)'s\b/g, '$1 is'],
];
const NUMBERS = new Map([['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'], ['eight', '8'], ['nine', '9'], ['ten', '10']]);
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

export function quoteTokens(text: string): string[] {
  let s = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  for (const [re, rep] of CONTRACTIONS) s = s.replace(re, rep);
  const out: string[] = [];
  for (const t of s.match(TOKEN) ?? []) {
    const w = t.replace(/'s$/, '');
    out.push(NUMBERS.get(w) ?? w);
  }
  return out;
}

/** Length of the longest common subsequence of two token lists. */
export function lcsLength(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [x, y] = a.length < b.length ? [b, a] : [a, b];
  let prev = new Array<number>(y.length + 1).fill(0);
  let cur = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length]!;
}

/** Share of the shorter list found, in order, in the longer one (1 = contained). */
export function containment(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  return n === 0 ? 0 : lcsLength(a, b) / n;
}

/** English function words: a quote printed with one of these changed ("to"/"for") is still the same quote. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'to', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'and', 'or', 'but', 'that', 'which', 'who',
  'whom', 'this', 'these', 'those', 'it', 'is', 'are', 'was', 'were', 'be', 'been', 'am', 'will', 'would', 'shall', 'should',
  'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'have', 'has', 'had', 'so', 'than', 'then', 'there', 'here',
  'just', 'very', 'also', 'too', 'all', 'some', 'any', 'into', 'onto', 'about', 'we', 'i', 'you', 'he', 'she', 'they', 'us',
  'them', 'our', 'my', 'your', 'his', 'her', 'their', 'its', 'me', 'him', 'what', 'more', 'most', 'such', 'if', 'when',
]);

/** Content words of `shorter` missing from `longer` (as a multiset difference). */
export function missingContentWords(shorter: string[], longer: string[]): number {
  const have = new Map<string, number>();
  for (const t of longer) have.set(t, (have.get(t) ?? 0) + 1);
  let missing = 0;
  for (const t of shorter) {
    if (FUNCTION_WORDS.has(t)) continue;
    const n = have.get(t) ?? 0;
    if (n > 0) have.set(t, n - 1); else missing++;
  }
  return missing;
}

export function contentWordCount(tokens: string[]): number {
  let n = 0;
  for (const t of tokens) if (!FUNCTION_WORDS.has(t)) n++;
  return n;
}
