import type { Span } from '../../model/text.js';
import { isCueWord, DETERMINERS, PRONOUNS, ROLE_WORDS, SPEAKER_NOUNS } from './cue-lexicon.js';
import { getLexicon } from '../entities/lexicon.js';
import { CONNECTORS, nameFromRun, type NameMention } from './person-name-finder.js';
import type { Token } from './word-tokens.js';

/**
 * Reads the speaker noun phrase next to a cue: forwards after "said"/"according to", backwards
 * before "said", and classifies it as a pronoun, a person name (with its role), an organisation
 * or a description ("the Chinese official").
 */

export interface SpeakerPhrase extends Span {
  text: string;
  type: 'pronoun' | 'person' | 'organisation' | 'description';
  /** For persons: the name mention inside the phrase. */
  name: NameMention | null;
  role: string | null;
  /** For pronouns: gender or plural. */
  pronoun: 'm' | 'f' | 'p' | null;
}

const STOP = new Set([
  'and', 'but', 'or', 'that', 'which', 'who', 'whom', 'when', 'while', 'after', 'before', 'because', 'if', 'as', 'is', 'was',
  'are', 'were', 'be', 'been', 'to', 'in', 'on', 'at', 'with', 'by', 'during', 'about', 'than', 'so', 'said', 'says', 'not',
  'this', 'there', 'then', 'also', 'it', 'what', 'how', 'why', 'where', 'into', 'over', 'under', 'against', 'has', 'had', 'have',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'i', 'we', 'you', 'me', 'us', 'them',
  'him', 'told', 'via', 'since', 'until', 'though', 'although', 'whether', 'like', 'just', 'even', 'only', 'no', 'yes', 'its',
  'in', 'later', 'earlier', 'today', 'yesterday', 'tonight', 'here', 'now', 'again',
]);
const LINKS = new Set(['of', 'for', 'at', 'from', "'s", 'with', 'to', 'in']);
const CONTRACTED_PRONOUN = /^(he|she|they)['\u2019](?:s|re|d|ll|ve)$/i;
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
const MAX_WORDS = 10;

function isLink(t: Token): boolean {
  return LINKS.has(t.lower);
}

/** The noun phrase ending just before token index `j` (exclusive), read backwards. */
export function phraseBefore(toks: Token[], j: number): SpeakerPhrase | null {
  const first = toks[j - 1];
  if (!first || !first.word) return null;
  if (SPEAKER_PRONOUNS.has(first.lower)) return makePronoun(first);
  const contracted = CONTRACTED_PRONOUN.exec(first.text);
  if (contracted) return makePronoun({ ...first, text: contracted[1]!, lower: contracted[1]!.toLowerCase(), end: first.start + contracted[1]!.length });
  let i = j - 1;
  let n = 0;
  let afterDeterminer = false;
  while (i >= 0 && n < MAX_WORDS) {
    const t = toks[i]!;
    if (!t.word) break;
    if (afterDeterminer && isLink(t)) { afterDeterminer = false; i--; n++; continue; }
    // "Jane Doe and John Roe said": coordinated names.
    if (t.lower === 'and' && toks[i + 1]?.cap && toks[i - 1]?.cap && toks[i - 1]!.word) { i--; n++; continue; }
    afterDeterminer = false;
    if (DETERMINERS.has(t.lower)) {
      // A determiner ends the phrase unless a link word ("a spokesman for the ministry") precedes it.
      const before = toks[i - 1];
      if (!(before && before.word && isLink(before) && i - 2 >= 0)) { i--; break; }
      afterDeterminer = true;
    } else if (!t.cap && (STOP.has(t.lower) || (isCueWord(t.lower) && !SPEAKER_NOUNS.has(t.lower)))) break;
    i--; n++;
  }
  const span = toks.slice(i + 1, j);
  return classify(trimLeft(span));
}

/** The noun phrase starting at token index `i`, read forwards. */
export function phraseAfter(toks: Token[], i: number): SpeakerPhrase | null {
  const first = toks[i];
  if (!first || !first.word) return null;
  if (SPEAKER_PRONOUNS.has(first.lower)) return makePronoun(first);
  const span: Token[] = [];
  // A phrase opening with a capital is a name: it ends at the first lower-case word that is not a
  // link between capitals ("Minister of Finance"). Otherwise it is a description read up to a stop word.
  const nameMode = first.cap && !DETERMINERS.has(first.lower);
  for (let k = i; k < toks.length && span.length < MAX_WORDS; k++) {
    const t = toks[k]!;
    if (!t.word) break;
    if (nameMode && !t.cap) {
      const next = toks[k + 1];
      const roleBeforeName = (ROLE_WORDS.has(t.lower) || SPEAKER_NOUNS.has(t.lower)) && next?.cap === true;
      // "Juan del Toro", "Ludwig van Beethoven": a name particle between capitals stays in the name.
      const particle = CONNECTORS.has(t.lower) && next?.cap === true && next.word;
      if (!roleBeforeName && !particle && !(isLink(t) && next && next.word && (next.cap || DETERMINERS.has(next.lower)))) break;
    }
    const afterDet = span.length > 0 && DETERMINERS.has(span[span.length - 1]!.lower);
    if (!t.cap && !DETERMINERS.has(t.lower) && !isLink(t) && (STOP.has(t.lower) || (isCueWord(t.lower) && !afterDet))) break;
    if (!t.cap && isLink(t) && span.length === 0) break;
    span.push(t);
  }
  while (span.length > 0 && (isLink(span[span.length - 1]!) || DETERMINERS.has(span[span.length - 1]!.lower))) span.pop();
  return classify(span);
}

function makePronoun(t: Token): SpeakerPhrase {
  return { start: t.start, end: t.end, text: t.text, type: 'pronoun', name: null, role: null, pronoun: PRONOUNS.get(t.lower) as 'm' | 'f' | 'p' };
}

/** Drops leading words until the phrase starts with a determiner, a capital or a speaker noun. */
function trimLeft(span: Token[]): Token[] {
  let k = 0;
  while (k < span.length && !span[k]!.cap && !DETERMINERS.has(span[k]!.lower) && !SPEAKER_NOUNS.has(span[k]!.lower)) k++;
  return span.slice(k);
}

/** Head of a phrase: its last word before any "of/for" link. */
function head(span: Token[]): Token {
  const link = span.findIndex((t, k) => k > 0 && isLink(t) && !t.cap);
  return link > 0 ? span[link - 1]! : span[span.length - 1]!;
}

export function classify(span: Token[]): SpeakerPhrase | null {
  if (span.length === 0) return null;
  const start = span[0]!.start;
  const end = span[span.length - 1]!.end;
  const text = span.map((t, k) => (k > 0 && t.start === span[k - 1]!.end ? '' : k > 0 ? ' ' : '') + t.text).join('');
  // A phrase ending in a capitalised name ("master of ceremonies Jane Doe") is that person.
  const lastTok = span[span.length - 1]!;
  const h = lastTok.cap && span.length >= 2 && span[span.length - 2]!.cap && !head(span).cap ? lastTok : head(span);
  if (!h.cap) {
    // A lower-case head is a speaker when it is a known speaker noun or the phrase opens with a determiner.
    const det = DETERMINERS.has(span[0]!.lower) && span.length >= 2;
    if (!SPEAKER_NOUNS.has(h.lower) && !det) return null;
    return { start, end, text, type: 'description', name: null, role: text, pronoun: null };
  }
  if (SPEAKER_NOUNS.has(h.lower) || ROLE_WORDS.has(h.lower)) {
    // "the State Department" is an organisation; "The Spokesperson" alone is a description.
    const org = nameFromRun(span.slice(0, span.indexOf(h) + 1).filter((t) => t.cap));
    if (org && org.kind === 'organisation') return { start, end, text, type: 'organisation', name: org, role: null, pronoun: null };
    return { start, end, text, type: 'description', name: null, role: text, pronoun: null };
  }
  // Capitalised head: the trailing capitalised run is a name (person or organisation).
  const hi = span.indexOf(h);
  let k = hi;
  while (k > 0 && (span[k - 1]!.cap || (span[k - 1]!.lower === 'of' && k - 2 >= 0 && span[k - 2]!.cap))) k--;
  const run = span.slice(k, hi + 1);
  const nm = nameFromRun(run);
  if (!nm) return null;
  const lead = span.slice(0, k).filter((t) => !DETERMINERS.has(t.lower)).map((t) => t.text).join(' ');
  const role = [lead, nm.role ?? ''].filter((s) => s !== '').join(' ') || null;
  // A country speaking ("China slammed ...") stands for its government: an organisation.
  if (nm.kind === 'organisation' || (nm.size === 1 && nm.role === null && getLexicon().countries.has(nm.name.toLowerCase()))) return { start, end, text, type: 'organisation', name: nm, role: null, pronoun: null };
  // A single capitalised word after a determiner is an adjective or a group, not a name ("the Chinese").
  if (nm.size === 1 && nm.role === null && k > 0 && DETERMINERS.has(span[k - 1]!.lower)) return { start, end, text, type: 'description', name: null, role: text, pronoun: null };
  return { start, end, text, type: 'person', name: nm, role, pronoun: null };
}
