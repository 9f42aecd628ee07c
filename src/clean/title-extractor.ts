/**
 * A headline printed as the first paragraph of a plain-text article: short, several words,
 * no sentence punctuation at the end, followed by more text. Hand-written heuristic.
 */

const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 25;
const ENDS_LIKE_SENTENCE = /[.,;:]["'”’)\]]*$/;
/** A sentence end inside the line ("... on Saturday. More photos at ..."): a caption, not a headline. */
const INNER_SENTENCE_END = /\p{Ll}{3,}[.!?]\s+\p{Lu}/u;
/** A photo credit at the end: a caption. */
const PHOTO_CREDIT = /(?:getty images|\((?:picture|photo|image|credit)s?:[^)]*\)|\bphoto:[^\n]*|\bap photo\b[^\n]*|\/(?:afp|reuters|ap|epa)\b[^\n]*)$/i;
/** A site name after a bar, as in a <title>: "Headline | Site". */
const SITE_SUFFIX = /\s+\|\s+[^|]{2,40}$/;

export function isHeadlineLike(line: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (line.length < 10 || line.length > MAX_TITLE_CHARS) return false;
  const words = line.split(/\s+/).length;
  if (words < 3 || words > MAX_TITLE_WORDS) return false;
  if (ENDS_LIKE_SENTENCE.test(line) || INNER_SENTENCE_END.test(line) || PHOTO_CREDIT.test(line)) return false;
  // Mostly digits and dates ("Fri | Nov 16, 2018") is a time stamp.
  if ((line.match(/\p{L}{3,}/gu) ?? []).length < 3) return false;
  // A headline does not open with a quote continuation or a lower-case word.
  if (!/^[\p{Lu}\p{N}"'“‘]/u.test(line) || /^by\s/i.test(line)) return false;
  return true;
}

/** Splits the first paragraph off as the title when it looks like a headline. */
export function takeHeadline(lines: string[]): { title: string | null; lines: string[] } {
  const first = lines[0];
  if (first !== undefined && isHeadlineLike(first, lines[1])) return { title: first.replace(SITE_SUFFIX, ''), lines: lines.slice(1) };
  return { title: null, lines };
}
