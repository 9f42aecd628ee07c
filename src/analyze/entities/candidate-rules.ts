import { stemmer } from 'stemmer';
import type { Lexicon } from './lexicon.js';
import type { Token } from './name-tokenizer.js';
import { PERSON_NOUNS } from './data/role-nouns.js';
import {
  NEVER_NAMES, ORG_HEADS, ORG_OF_HEADS, PERSON_TITLES, PLACE_HEADS, THING_HEADS, TITLE_MODIFIERS,
} from './word-lists.js';

/** Tests on tokens and runs used by the candidate finder (and the typer): what may be part of
 *  a name, headline case, titles, nationality and place prefixes. */

export function sep(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

const PARTICLE_NAME_RE = /^(?:al|el|ad|as|an|bin|ibn|abu|de|van|von|d)['\u2019-]\p{Lu}/u;

// "X-rays", "T-shirts": a one-letter capital prefix on a common word is no name.
const LETTER_PREFIX_RE = /^\p{Lu}-\p{Ll}/u;

// "xPad", "eBay", "iOS": a brand's lower-case prefix before a capital.
const CAMEL_RE = /^\p{Ll}{1,2}\p{Lu}[\p{L}\p{N}]+$/u;

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;

export function isNameToken(t: Token): boolean {
  // Hot path (every token): cheap character tests before any regular expression.
  if (t.cap) return t.text.charCodeAt(1) !== 45 || !LETTER_PREFIX_RE.test(t.text);
  if (!t.word || t.text.length < 3) return false;
  const c1 = t.text.charCodeAt(1);
  const c2 = t.text.charCodeAt(2);
  if ((isAsciiUpper(c1) || isAsciiUpper(c2)) && CAMEL_RE.test(t.text)) return true;
  return (sep(c1) || sep(c2) || t.text.length > 4) && PARTICLE_NAME_RE.test(t.text);
}

/** Function words that only headline case capitalises inside a sentence. */
const HEADLINE_FUNCTION_WORDS = new Set(['to', 'on', 'in', 'of', 'for', 'with', 'at', 'by', 'from', 'and', 'as', 'over', 'after', 'into', 'about', 'is', 'are', 'be', 'its', 'than', 'amid', 'after', 'before']);

/** Headline case: most longer words are capitalised, and so are function words ("To", "On"), or the line has no closing punctuation. */
export function isHeadlineCase(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  let commonCaps = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    if (i > 0 && t.cap && !t.upper && HEADLINE_FUNCTION_WORDS.has(t.lower)) commonCaps++;
    if (t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  if (words < 3 || caps / words < 0.7) return false;
  // Common words in capitals, or a line with no closing punctuation (a title).
  const lastTok = tokens[tokens.length - 1];
  return commonCaps >= 1 || (lastTok !== undefined && !/^[.!?"'\u201d\u2019)]$/.test(lastTok.text));
}

/** "of" joins only after a head that takes it ("Ministry of", "Republic of", "Secretary of"). */
export function connects(connector: string, before: Token): boolean {
  if (connector === 'and') return false;
  if (connector !== 'of' && connector !== 'for') return true;
  return ORG_HEADS.has(before.lower) || ORG_OF_HEADS.has(before.lower) || PLACE_HEADS.has(before.lower) || PERSON_TITLES.has(before.lower) || OF_HEADS.has(before.lower);
}

const OF_HEADS = new Set(['states', 'academy', 'chamber', 'house', 'people', 'friends', 'bay', 'isle', 'gulf', 'sea']);

export function isCommonWord(t: Token, lex: Lexicon): boolean {
  return (lex.commonWords.has(t.lower) || NEVER_NAMES.has(t.lower)) && !lex.firstNames.has(t.lower) && !lex.countries.has(t.lower) && !lex.nationalities.has(t.lower);
}

export function hasOrgOf(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b - 1; k++) if (tokens[k + 1]!.text === 'of' && ORG_OF_HEADS.has(tokens[k]!.lower)) return true;
  return false;
}

export function isHeadlineWord(t: Token, lex: Lexicon, bodyWords: Set<string>): boolean {
  if (ORG_HEADS.has(t.lower)) return false;
  if (isCommonWord(t, lex)) return true;
  if (bodyWords.has(t.lower)) return true;
  // "Urges" in a headline, "urged" in the body: same stem.
  const stem = stemmer(t.lower);
  if (stem.length < 3) return false;
  for (const w of bodyWords) if (w.length <= stem.length + 3 && w.startsWith(stem) && stemmer(w) === stem) return true;
  return false;
}

/** Two or three capitalised words, none a common word, or led by a known first name. */
export function looksLikePersonName(tokens: Token[], a: number, b: number, lex: Lexicon): boolean {
  if (lex.firstNames.has(tokens[a]!.lower)) return true;
  if (b - a < 2 || b - a > 3) return false;
  for (let k = a; k < b; k++) if (!tokens[k]!.cap || tokens[k]!.upper || isCommonWord(tokens[k]!, lex)) return false;
  return true;
}

export function isNationalityWord(l: string, lex: Lexicon): boolean {
  if (lex.nationalities.has(l)) return true;
  const m = /^(\p{L}+?)(?:man|woman|men|women)$/u.exec(l);
  return m !== null && (lex.nationalities.has(m[1]!) || lex.nationalities.has(`${m[1]}ish`));
}

export function isKnownPlaceName(tokens: Token[], a: number, b: number, lex: Lexicon): boolean {
  let name = tokens[a]!.lower;
  for (let k = a + 1; k < b; k++) name += ` ${tokens[k]!.lower}`;
  return lex.countries.has(name) || lex.cities.has(name) || lex.regions.has(name);
}

export function isPlacePrefix(tokens: Token[], a: number, e: number, lex: Lexicon): boolean {
  if (e - a === 1) {
    const t = tokens[a]!;
    if (lex.countryCodes.has(t.text.replace(/\./g, '')) || lex.nationalities.has(t.lower)) return true;
  }
  const name = tokens.slice(a, e).map((t) => t.lower).join(' ');
  return lex.countries.has(name) || lex.cities.has(name) || lex.regions.has(name);
}

export const isTitleWord = (t: Token): boolean => PERSON_TITLES.has(t.lower) || TITLE_MODIFIERS.has(t.lower);

/** [start of the title, start of the name] of the last title sequence inside a run, if a name follows it. */
export function innerTitle(tokens: Token[], a: number, b: number): [number, number] | null {
  for (let k = b - 2; k > a; k--) {
    const t = tokens[k]!;
    if (!PERSON_TITLES.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || !t.cap) continue;
    let e = k + 1;
    if (tokens[e]?.text === '.') e++;
    if (e >= b || isTitleWord(tokens[e]!)) continue;
    let s = k;
    while (s > a && (isTitleWord(tokens[s - 1]!) || tokens[s - 1]!.text === 'of')) s--;
    if (s === a) return null;
    return [s, e];
  }
  return null;
}

let personNouns: Set<string> | null = null;

/** A common noun whose first sense is a person ("counsel", "officer", "analyst"): a role word before a name. */
export function isRoleWord(lower: string, lex: Lexicon): boolean {
  if (PERSON_TITLES.has(lower)) return true;
  if (lex.firstNames.has(lower)) return false;
  personNouns ??= new Set(PERSON_NOUNS.split(' '));
  return personNouns.has(lower);
}

/**
 * "Legal Counsel Vijaya Gadde", "Chief Financial Officer Ned Segal" (after "Chief" was peeled):
 * capitalised words ending in a role word, then a known first name and at least one more name
 * word. Returns where the name starts, or -1.
 */
export function roleBeforeFirstName(tokens: Token[], a: number, b: number, lex: Lexicon): number {
  for (let m = a + 1; m <= a + 3 && m <= b - 2; m++) {
    const t = tokens[m]!;
    if (!lex.firstNames.has(t.lower) || t.upper || !t.cap) continue;
    for (let k = a; k < m; k++) if (lex.firstNames.has(tokens[k]!.lower) || !tokens[k]!.cap || tokens[k]!.upper) return -1;
    return isRoleWord(tokens[m - 1]!.lower, lex) ? m : -1;
  }
  // No known first name: a role word right before a final two-word name ("Legal Counsel Jo Bloggs").
  // Not after a title modifier or a nationality alone ("State Tea Trolley", "Atlantic Cup
  // Final"), nor before the head of a thing, nor when the two words are common
  // words or hold a place ("Great Boston Flood", "Atlantic Cup Final").
  const m = b - 2;
  if (m > a && isRoleWord(tokens[m - 1]!.lower, lex) && !TITLE_MODIFIERS.has(tokens[m - 1]!.lower) && !isNationalityWord(tokens[m - 1]!.lower, lex)
    && !THING_HEADS.has(tokens[b - 1]!.lower) && !PERSON_TITLES.has(tokens[m]!.lower) && !isRoleWord(tokens[m]!.lower, lex)) {
    for (let k = a; k < b; k++) if (!tokens[k]!.cap || tokens[k]!.upper || !/^\p{Lu}[\p{Ll}'-]+$/u.test(tokens[k]!.text)) return -1;
    let common = 0;
    for (let k = m; k < b; k++) {
      const l = tokens[k]!.lower;
      if (lex.countries.has(l) || lex.cities.has(l) || lex.nationalities.has(l)) return -1;
      if (lex.commonWords.has(l)) common++;
    }
    return common === b - m ? -1 : m;
  }
  return -1;
}
