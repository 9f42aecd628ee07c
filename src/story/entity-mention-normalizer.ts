import { stemmer } from 'stemmer';
import { getLexicon } from '../analyze/entities/lexicon.js';
import {
  FACILITY_HEADS, ORG_HEADS, PERSON_PRONOUNS, PERSON_TITLES, PLACE_HEADS, PLURAL_PRONOUNS, TITLE_MODIFIERS,
} from '../analyze/entities/word-lists.js';
import { foldName } from './entity-name-folding.js';

/**
 * Reads one mention's text for grouping: drops leading articles, prepositions and titles
 * (kept apart: "President" links a role to a name), the possessive, and tells a name
 * ("Angela Merkel") from a pronoun ("he") and a common-noun phrase ("the polygamist group",
 * whose head lemma is "group").
 */

export type MentionForm = 'name' | 'pronoun' | 'nominal';

export interface NormalizedMention {
  form: MentionForm;
  /** Name tokens without titles and articles, as written. */
  tokens: string[];
  /** Folded name tokens (see entity-name-folding). */
  folded: string[];
  /** Title and role words that stood before the name, lower case ("president"). */
  titles: string[];
  /** Head word lemma of a common-noun phrase or pronoun, lower case. */
  head: string;
}

const LEADING = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'at', 'on', 'from', 'to', 'of', 'for', 'by', 'with', 'near', 'into', 'inside', 'outside', 'across', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'all', 'both', 'two', 'three', 'former', 'late']);
const OTHER_PRONOUNS = new Set(['it', 'its', 'itself', 'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'who', 'whom', 'whose', 'which', 'that', 'one', 'there', 'here', 'this', 'these', 'those']);
const HEAD_STOP = new Set(['of', 'who', 'that', 'which', 'in', 'at', 'on', 'from', 'with', 'for', ',', '(']);
const CAP_RE = /^\p{Lu}/u;
const INNER_DOT_RE = /\.\p{L}+\.$/u;
// A capital, or a brand's lower-case prefix before one ("xPad", "eBay").
const NAMEISH_RE = /^(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})/u;
const NUMBER_RE = /^\d{1,4}$/;
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.'\u2019&-]*|[,(]/gu;

/** `knownName`: the mention came from the name finder, so a capitalised word is a name even if it is also a common word ("Felt"). */
export function normalizeMention(text: string, knownName = false): NormalizedMention {
  // A final dot goes ("Jr."), except in an abbreviation with dots inside ("U.K.").
  const raw = (text.match(TOKEN_RE) ?? []).map((t) => {
    const u = t.replace(/['\u2019]s?$/, '');
    return INNER_DOT_RE.test(u) ? u : u.replace(/\.$/, '');
  }).filter((t) => t.length > 0);
  const only = raw.length === 1 && !/^\p{Lu}{2,}$/u.test(raw[0]!) ? raw[0]!.toLowerCase() : '';
  if (only !== '' && (PERSON_PRONOUNS.has(only) || PLURAL_PRONOUNS.has(only) || OTHER_PRONOUNS.has(only))) {
    return { form: 'pronoun', tokens: raw, folded: [], titles: [], head: raw[0]!.toLowerCase() };
  }
  let a = 0;
  while (a < raw.length - 1 && LEADING.has(raw[a]!.toLowerCase())) a++;
  const titles: string[] = [];
  let k = a;
  // "State Department", "Foreign Ministry": title words inside an organisation's name stay.
  const lastLower = raw[raw.length - 1]!.toLowerCase();
  const institution = ORG_HEADS.has(lastLower) || FACILITY_HEADS.has(lastLower) || PLACE_HEADS.has(lastLower);
  while (!institution && k < raw.length - 1 && (PERSON_TITLES.has(raw[k]!.toLowerCase()) || TITLE_MODIFIERS.has(raw[k]!.toLowerCase()) || (raw[k] === 'of' && titles.length > 0))) {
    titles.push(raw[k]!.toLowerCase());
    k++;
  }
  let b = raw.length;
  for (let i = k; i < raw.length; i++) {
    // "Chamber of Deputies": "of" between capitalised words of a name is part of it; in a phrase
    // ("the mayor of the town") it ends the head.
    if (knownName && raw[i] === 'of' && CAP_RE.test(raw[i - 1] ?? '') && CAP_RE.test(raw[i + 1] ?? '')) continue;
    if (i > k && HEAD_STOP.has(raw[i]!)) { b = i; break; }
  }
  const core = raw.slice(k, b).filter((t) => t !== ',' && t !== '(');
  const lex = getLexicon();
  const caps = core.filter((t) => NAMEISH_RE.test(t));
  // A number ends some found names ("Pioneer 10", "No 7"): the word before it is the name's last
  // word. (Only for the name finder's mentions, which join a number only after a name.)
  let numbered = core.length;
  while (knownName && numbered > 1 && NUMBER_RE.test(core[numbered - 1]!) && CAP_RE.test(core[numbered - 2]!)) numbered--;
  const last = core[numbered - 1] ?? raw[raw.length - 1] ?? '';
  const isName = caps.length > 0 && NAMEISH_RE.test(last) && (knownName || caps.length > 1 || !lex.commonWords.has(last.toLowerCase()) || /^\p{Lu}{2,}$/u.test(last));
  if (isName) {
    // The name is the capitalised tail: "western Canada" -> "Canada".
    let s = core.length - 1;
    while (s > 0 && (NAMEISH_RE.test(core[s - 1]!) || /^(?:of|de|van|von|al|bin|la|du|del|da)$/.test(core[s - 1]!) || (knownName && NUMBER_RE.test(core[s - 1]!)))) s--;
    // A leading number stays in a found name ("1866 Committee"), not in a phrase ("two Britons").
    while (s < core.length - 1 && !NAMEISH_RE.test(core[s]!) && !(knownName && NUMBER_RE.test(core[s]!))) s++;
    const tokens = core.slice(s);
    return { form: 'name', tokens, folded: tokens.map(foldName), titles, head: tokens[tokens.length - 1]!.toLowerCase() };
  }
  const headWord = (core[core.length - 1] ?? last).toLowerCase();
  return { form: 'nominal', tokens: core, folded: [], titles, head: stemmer(headWord) };
}
