/**
 * Parses numbers written in digits or words ("12,500", "4.2 million", "1M", "two million",
 * "two decades" -> 2, "a million"). Hand-written: the npm word-to-number packages either
 * throw on mixed text or do not handle digit + scale ("4.2 million", "5bn") forms.
 */

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};

export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12,
};

/** Alternation of every number word, for the candidate regex. */
export const NUMBER_WORD_SOURCE = [...Object.keys(SMALL), 'hundred', 'thousand', 'million', 'billion', 'trillion'].sort((a, b) => b.length - a.length).join('|');

/** Value of a digit string with an optional scale word: "12,500" -> 12500, "4.2", "million" -> 4.2e6. */
export function digitValue(digits: string, scale: string | undefined): number {
  const base = Number(digits.replace(/,/g, ''));
  const mult = scale ? SCALES[scale.toLowerCase()] ?? 1 : 1;
  return base * mult;
}

/** Value of a run of number words ("two million", "a million", "twenty five thousand"); null when not a number. */
export function wordsValue(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w === 'a' || w === 'an') {
      current = 1;
      continue;
    }
    if (w === 'and') continue;
    const small = SMALL[w];
    if (small !== undefined) {
      current = w === 'dozen' ? (current || 1) * 12 : current + small;
      seen = true;
      continue;
    }
    const scale = SCALES[w];
    if (scale === undefined) return null;
    seen = true;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return seen ? total + current : null;
}

/** True when the number text carries a scale (million, bn ...), used to spread a scale over a range. */
export function hasScale(text: string): boolean {
  return /(?:hundred|thousand|million|billion|trillion|\d\s*(?:k|m|mn|bn|tn))\b/i.test(text);
}

/** Scale multiplier of a text, 1 when none: "two million" -> 1e6. */
export function scaleOf(text: string): number {
  const m = /(hundred|thousand|million|billion|trillion)\b|\d\s*(k|m|mn|bn|tn)\b/i.exec(text);
  if (!m) return 1;
  return SCALES[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 1;
}
