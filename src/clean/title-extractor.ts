/**
 * A headline printed as the first paragraph of a plain-text article: short, several words,
 * no sentence punctuation at the end, followed by more text. Hand-written heuristic.
 */

const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 25;
const ENDS_LIKE_SENTENCE = /[.,;:]["'”’)\]]*$/;

export function isHeadlineLike(line: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (line.length < 10 || line.length > MAX_TITLE_CHARS) return false;
  const words = line.split(/\s+/).length;
  if (words < 3 || words > MAX_TITLE_WORDS) return false;
  if (ENDS_LIKE_SENTENCE.test(line)) return false;
  // A headline does not open with a quote continuation or a lower-case word.
  if (!/^[\p{Lu}\p{N}"'“‘]/u.test(line)) return false;
  return true;
}

/** Splits the first paragraph off as the title when it looks like a headline. */
export function takeHeadline(lines: string[]): { title: string | null; lines: string[] } {
  const first = lines[0];
  if (first !== undefined && isHeadlineLike(first, lines[1])) return { title: first, lines: lines.slice(1) };
  return { title: null, lines };
}
