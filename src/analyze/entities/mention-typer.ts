import type { EntityType } from '../../model/entity.js';
import type { Candidate } from './candidate-finder.js';
import { hasOrgOf, isRoleWord } from './candidate-rules.js';
import { isKnownPlace, type Lexicon } from './lexicon.js';
import type { Token } from './name-tokenizer.js';
import {
  EVENT_PREFIXES, FACILITY_HEADS, INSTITUTION_WORDS, ROLE_ABBREVIATIONS, SPEECH_VERBS, STREET_ABBREVIATIONS, WEAK_PLACE_HEADS, COMMON_ABBREVIATIONS, GROUP_NOUN_CUES, THING_HEADS, GROUP_PRE_CUES, GROUP_WORDS, ORG_HEADS, PERSON_TITLES, TITLE_MODIFIERS, PLACE_CUES, PLACE_HEADS, PLACE_PREFIXES,
} from './word-lists.js';

/**
 * Gives a candidate its type, with how strong the evidence is: 3 = lexicon or an explicit cue
 * (title, organisation head, gazetteer), 2 = a context cue ("in X", "X, 58,"), 1 = name shape
 * only. Rules run from the most specific to the least; the first that fires wins. Weak types are
 * revised by the document refiner with evidence from the rest of the article.
 */

export interface TypedCandidate extends Candidate {
  type: EntityType;
  strength: 1 | 2 | 3;
  rule: string;
  /** Nationality word used as an adjective ("French officials"), or a role word standing alone
   *  ("MPs", "PM", "Ministers"): not an entity mention. */
  adjective?: boolean;
}

/** Cues that mark a place only for a one-word name ("flew to Lisbon", not "spoke to John Smith"). */
const WEAK_PLACE_CUES = new Set(['from', 'at', 'visiting', 'visited', 'via', 'toward', 'towards']);

const ROLE_BEFORE = new Set([...PERSON_TITLES, 'predecessor', 'successor', 'wife', 'husband', 'son', 'daughter', 'widow', 'brother', 'sister', 'father', 'mother', 'counterpart', 'host', 'actor', 'spokesman', 'spokeswoman', 'by', 'dear']);

function plainPlural(lower: string): string | null {
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : null;
}

function typed(c: Candidate, type: EntityType, strength: 1 | 2 | 3, rule: string, adjective = false): TypedCandidate {
  const out: TypedCandidate = { from: c.from, to: c.to, titled: c.titled, initial: c.initial, type, strength, rule };
  if (c.titleFrom !== undefined) out.titleFrom = c.titleFrom;
  if (adjective) out.adjective = true;
  return out;
}

function allPlainCaps(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!tokens[k]!.cap || tokens[k]!.upper) return false;
  return true;
}

const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

const ADJECTIVE_END = /(?:ian|ean|ese|ish)$/;
const AREA_WORDS = new Set(['greater', 'upper', 'lower', 'inner', 'outer', 'old', 'new', 'downtown', 'metropolitan', 'metro']);
const STANCE_END = /(?:ist|ian)$/;
const COMPASS = new Set(['central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'southeast', 'northeast', 'southwest', 'northwest']);

const OPENING_QUOTES = new Set(['\u201c', '\u2018', ':']);
const STRAIGHT_QUOTES = new Set(['"', "'"]);

function quoteStart(prev: Token | undefined, prev2: Token | undefined): boolean {
  if (!prev) return false;
  return OPENING_QUOTES.has(prev.text) || (STRAIGHT_QUOTES.has(prev.text) && (!prev2 || !prev2.word));
}

function isLoneRole(t: Token, prev: Token | undefined): boolean {
  const l = t.lower;
  if (ROLE_ABBREVIATIONS.has(l)) return true;
  if (t.upper || prev?.lower === 'the') return false;
  const singular = l.length > 3 && l.endsWith('s') && !l.endsWith('ss') ? l.slice(0, -1) : null;
  return singular !== null && PERSON_TITLES.has(singular) && !TITLE_MODIFIERS.has(singular);
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const POSSESSIVES = new Set(['our', 'their', 'its', 'my', 'your', "'s", '\u2019s']);
const NUMBERED_PLACES = new Set(['route', 'highway', 'interstate', 'motorway', 'road', 'exit', 'gate', 'terminal', 'pier', 'platform', 'junction']);
const HAS_DIGIT_RE = /\d/;

/**
 * Capitalised words shaped like a name but unlike a person's: a word that is a country or a
 * nationality ("Kenya Railways", "France Telecom": a firm), a digit, or only common words that
 * the article also writes in lower case ("Flower Show", "Tea Trolley"; not "Mark Felt",
 * whose words are common but which the article does not write in lower case).
 */
function notPersonShape(tokens: Token[], c: Candidate, lex: Lexicon, lowerWords: Set<string>): EntityType | null {
  // "Acmephone Z", "Plan B": a lone capital letter ends a thing's name.
  if (tokens[c.to - 1]!.text.length === 1) return 'other';
  let common = 0;
  for (let k = c.from; k < c.to; k++) {
    const t = tokens[k]!;
    if (HAS_DIGIT_RE.test(t.text)) return 'other';
    if (lex.countries.has(t.lower) || lex.nationalities.has(t.lower)) return 'organization';
    if (lex.commonWords.has(t.lower) && !lex.firstNames.has(t.lower) && lowerWords.has(t.lower)) common++;
  }
  return common === c.to - c.from ? 'other' : null;
}

/** `shouting`: the sentence is in capitals, so an all-capital word is not an acronym. */
/** `lowerWords`: the words the article writes in lower case. */
export function typeCandidate(tokens: Token[], c: Candidate, lex: Lexicon, shouting = false, lowerWords: Set<string> = new Set()): TypedCandidate {
  const first = tokens[c.from]!;
  const last = tokens[c.to - 1]!;
  const n = c.to - c.from;
  let full = first.lower;
  for (let k = c.from + 1; k < c.to; k++) full += ` ${tokens[k]!.lower}`;
  const prev = tokens[c.from - 1];
  const prev2 = tokens[c.from - 2];
  const next = tokens[c.to];

  if (n > 1 && FACILITY_HEADS.has(last.lower)) return typed(c, 'place', 3, 'facility-head');
  if (n > 1 && ORG_HEADS.has(last.lower)) return typed(c, 'organization', 3, 'org-head');
  if (n > 2 && hasOrgOf(tokens, c.from, c.to)) return typed(c, 'organization', 3, 'org-of');
  if (n > 1 && !c.titled && (THING_HEADS.has(last.lower) || EVENT_PREFIXES.has(first.lower))) return typed(c, 'other', 3, 'thing-head');
  if (c.titled) return typed(c, 'person', 3, 'title');
  // "Mr. Blair", "Gov. Palin": the title's dot ended the run.
  if (prev?.text === '.' && prev2 && PERSON_TITLES.has(prev2.lower) && prev2.cap) {
    let from = c.from - 2;
    while (from > 0 && (PERSON_TITLES.has(tokens[from - 1]!.lower) || TITLE_MODIFIERS.has(tokens[from - 1]!.lower)) && tokens[from - 1]!.cap) from--;
    return typed({ ...c, titled: true, titleFrom: from }, 'person', 3, 'title');
  }
  if (n === 1 && GROUP_WORDS.has(first.lower)) return typed(c, 'group', 3, 'group-word');
  // A role word alone ("PM", "MPs", "Ministers"; a lone singular title never gets here) is no
  // name; but "the Chiefs", "the Senators" may be a team.
  if (n === 1 && isLoneRole(first, prev)) return typed(c, 'other', 1, 'role-word', true);
  // The first word of a quote is capitalised whatever it is ('said: "Nothing is settled"'):
  // a common word there is no name (names at a quote's start stay).
  if (n === 1 && quoteStart(prev, prev2) && lex.commonWords.has(first.lower) && !lex.firstNames.has(first.lower) && !first.upper) return typed(c, 'other', 1, 'quote-start', true);
  // "GMT", "TV", a lone letter ("Plan B" is cut at the letter), a two-letter word that is not an
  // acronym ("La", "Ky": abbreviations cut at their dot): no names; "Xi" or "Li" as a person's
  // surname come back through the document refiner's full names.
  if (n === 1 && (COMMON_ABBREVIATIONS.has(first.lower) || (first.text.length === 1 && !isKnownPlace(lex, first.lower)))) return typed(c, 'other', 1, 'abbreviation', true);
  if (n === 1 && first.text.length === 2 && !first.upper && !lex.countryCodes.has(first.text.toUpperCase())) return typed(c, 'other', 1, 'short-word');
  // "Parliament", "the Treasury": a capitalised institution word names that institution; at the
  // start of a sentence only weakly ("Police said", which the document refiner may drop).
  if (n === 1 && INSTITUTION_WORDS.has(first.lower) && !first.upper) return typed(c, 'organization', c.initial ? 1 : 2, 'institution');

  // Nationality words: a noun ("ethnic Tamils", "the Americans") is a group; an adjective is not a mention.
  const singular = n === 1 ? plainPlural(first.lower) : null;
  if (n === 1 && (lex.nationalities.has(first.lower) || (singular !== null && lex.nationalities.has(singular)))) {
    const adjective = singular === null && next !== undefined && next.word && !next.cap && !GROUP_NOUN_CUES.has(next.lower);
    return typed(c, 'group', 3, 'nationality', adjective);
  }
  if (n === 1 && (lex.countries.has(full) || lex.countryCodes.has(first.text.replace(/\./g, '')))) return typed(c, 'place', 3, 'gazetteer');
  if (isKnownPlace(lex, full)) return typed(c, 'place', 3, n === 1 && !lex.countries.has(full) ? 'gazetteer-city' : 'gazetteer');
  // "Central Asian nation": a nationality-like adjective before a common noun is not a mention.
  if ((n === 1 || (n === 2 && COMPASS.has(first.lower))) && ADJECTIVE_END.test(last.lower) && next?.word && !next.cap && !lex.firstNames.has(first.lower)) {
    return typed(c, 'group', 1, 'adjective', true);
  }
  // "Centrist", "Leninist": an -ist / -ian word alone describes a view or an origin, not a person.
  if (n === 1 && STANCE_END.test(first.lower) && !lex.firstNames.has(first.lower)) return typed(c, 'other', 1, 'stance-word');
  // "Tory MPs", "Labour Senators": a plural role word heads a group of people.
  const role = last.lower.length >= 3 && last.lower.endsWith('s') ? last.lower.slice(0, -1) : '';
  if (n > 1 && role && (lex.firstNames.has(first.lower) ? PERSON_TITLES.has(role) : isRoleWord(role, lex))) {
    return typed(c, 'group', 2, 'role-plural');
  }
  if (n > 1 && PLACE_HEADS.has(last.lower)) return typed(c, 'place', 3, 'place-head');
  // "Elm St", "Mill Rd" (not "Mary St. J. Smith", where a name goes on after the dot).
  if (n > 1 && STREET_ABBREVIATIONS.has(last.lower) && !(next?.text === '.' && tokens[c.to + 1]?.cap)) return typed(c, 'place', 2, 'street-abbreviation');
  // "Atletico Madrid", "Inter Milan": a word that is not a first name before a known city names a club or firm.
  if (n === 2 && lex.cities.has(last.lower) && !lex.firstNames.has(first.lower) && !COMPASS.has(first.lower) && !AREA_WORDS.has(first.lower) && !isKnownPlace(lex, first.lower)
    && !PLACE_PREFIXES.has(first.lower) && !lex.nationalities.has(first.lower) && !lex.commonWords.has(first.lower) && !first.upper) {
    return typed(c, 'organization', 1, 'city-club');
  }
  if (n > 1 && PLACE_PREFIXES.has(first.lower)) return typed(c, 'place', 3, 'place-prefix');
  if (lex.ambiguousPlaces.has(full) && !(next?.cap)) return typed(c, 'place', 1, 'gazetteer-ambiguous');
  if (n > 2 && PLACE_HEADS.has(first.lower) && tokens[c.from + 1]!.lower === 'of') return typed(c, 'place', 3, 'place-of');

  // Group cues: "ethnic Tamils", "Rohingya Muslims", "Rohingya minority".
  if (n === 1 && ((prev && GROUP_PRE_CUES.has(prev.lower)) || (next && GROUP_NOUN_CUES.has(next.lower)))) return typed(c, 'group', 2, 'group-cue');

  // Person cues: a role word before, an age apposition after ("X, 58,"), a known first name.
  if (prev && ROLE_BEFORE.has(prev.lower) && !(prev.lower === 'by' && n === 1)) return typed(c, 'person', 2, 'role-before');
  if (next?.text === ',' && /^\d{1,3}$/.test(tokens[c.to + 1]?.text ?? '') && tokens[c.to + 2]?.text === ',') return typed(c, 'person', 3, 'age');
  // "Pelican Key", "Georgia Keys" (a first name that is also a place), not "John Key".
  if (n > 1 && WEAK_PLACE_HEADS.has(last.lower) && (!lex.firstNames.has(first.lower) || lex.ambiguousPlaces.has(first.lower)) && allPlainCaps(tokens, c.from, c.to)) {
    return typed(c, 'place', 2, 'weak-place-head');
  }
  if (n > 1 && lex.firstNames.has(first.lower) && !last.upper) return typed(c, 'person', 3, 'first-name');
  // "Route 94", "Interstate 10", "Terminal 5": a numbered road or site.
  if (n > 1 && /^\d+$/.test(last.text) && NUMBERED_PLACES.has(tokens[c.to - 2]!.lower)) return typed(c, 'place', 2, 'numbered-place');
  // "Okafor said", "Tavo told reporters": a lone plain name right before a verb of speech is
  // a person more often than not, even sentence-initially; but firms speak too ("Acme said"),
  // so the cue stays weak (the story builder needs more to call the entry a person).
  if (n === 1 && !first.upper && next && SPEECH_VERBS.has(next.lower) && /^\p{Lu}\p{Ll}+$/u.test(first.text) && !lex.commonWords.has(first.lower)) {
    return typed(c, 'person', 1, 'speech-cue');
  }
  // An acronym is short and not a word in capitals ("NATO", not "SOUNDBITE" or "SAYING").
  if (first.upper && n === 1 && !shouting && first.text.replace(/\./g, '').length <= 6 && !lex.commonWords.has(first.lower)) {
    return typed(c, 'organization', 2, 'acronym');
  }

  // Place cues: "in X", "the capital X", a hyphenated single name ("Winston-Salem").
  if (prev && (PLACE_CUES.has(prev.lower) || (n === 1 && WEAK_PLACE_CUES.has(prev.lower))) && !(prev2 && ROLE_BEFORE.has(prev2.lower))) {
    return typed(c, 'place', 2, 'place-cue');
  }
  if (n === 1 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(first.text)) return typed(c, 'place', 1, 'hyphen-place');
  if (n >= 2 && n <= 3 && allPlainCaps(tokens, c.from, c.to)) {
    // "Northern Norway", "Western Norway": a compass word before a known place is a place.
    // "Riverton South", "East Lakeside": a compass word after or before a place's name (also
    // one that is a given name) is a place.
    if (COMPASS.has(first.lower) || COMPASS.has(last.lower)) {
      const rest = tokens.slice(c.from + 1, c.to).map((t) => t.lower).join(' ');
      const head = tokens.slice(c.from, c.to - 1).map((t) => t.lower).join(' ');
      if ((COMPASS.has(first.lower) && (isKnownPlace(lex, rest) || lex.ambiguousPlaces.has(rest)))
        || (COMPASS.has(last.lower) && (isKnownPlace(lex, head) || lex.ambiguousPlaces.has(head)))) return typed(c, 'place', 2, 'compass-place');
    }
    const shape = notPersonShape(tokens, c, lex, lowerWords);
    if (shape) return typed(c, shape, 1, 'name-shape-thing');
    // "the Indianapolis Colts", "the Solar System": a person's name takes no article; a team, firm or
    // band does (ECB+ Train: organisations, as often as things).
    if (prev && DETERMINERS.has(prev.lower)) return typed(c, 'organization', 1, 'name-shape-article');
    // "our Solar System", "the town's Spring Fair": a possessive before a name marks a thing.
    if (prev && POSSESSIVES.has(prev.lower)) return typed(c, 'other', 1, 'name-shape-possessed');
    return typed(c, 'person', 1, 'name-shape');
  }
  // "Anthony LaCalamita III", "Arcade Joseph Comeaux Jr": a generational suffix ends a person's name.
  if (n >= 3 && NAME_SUFFIX.test(last.text) && allPlainCaps(tokens, c.from, c.to - 1)) return typed(c, 'person', 2, 'name-suffix');
  // "Academy of Motion Picture Arts": a long name joined by "of" is an institution.
  if (n >= 3 && tokens.slice(c.from, c.to).some((x) => x.text === 'of')) return typed(c, 'organization', 1, 'of-name');
  // A lone capitalised word inside a sentence with no other evidence: in news mostly a surname,
  // or, plural, a team or group ("the Colts"); the document refiner and the canonicalizer treat
  // this shape-only type as weak.
  if (n === 1 && !c.initial && !first.upper && /^\p{Lu}\p{Ll}+$/u.test(first.text)) {
    return first.lower.endsWith('s') && !first.lower.endsWith('ss') ? typed(c, 'organization', 1, 'shape-plural') : typed(c, 'person', 1, 'shape-single');
  }
  return typed(c, 'other', 1, 'shape');
}
