import type { EntityType } from '../model/entity.js';
import { EVENT_PREFIXES, ORG_HEADS } from '../analyze/entities/word-lists.js';
import { similarFolded } from './entity-name-folding.js';

/**
 * Decides whether two distinct names denote one entity: the same type (or one untyped), and
 * for people, the same surname with compatible first names ("Angela Merkel" ~ "Merkel",
 * "Muammar Gaddafi" ~ "Moammar Qadhafi"); for places, organisations and groups the
 * whole name, with a plural "s" ignored for groups ("Rohingyas" ~ "Rohingya").
 */

export interface NameUnit {
  /** Type that keeps names apart (from a lexicon or explicit cue; 'other' when weak). */
  type: EntityType;
  /** Best guess of the type, however weak: chooses the matching rule (person, group ...). */
  hint: EntityType;
  /** Folded tokens. */
  folded: string[];
  /** Folded tokens joined. */
  key: string;
  /** Written in capitals ("NATO"). */
  acronym: string | null;
  count: number;
}

export function typesCompatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other';
}

const singular = (s: string): string => (s.length > 4 && s.endsWith('s') && !s.endsWith('ss') ? s.slice(0, -1) : s);

function compatibleGiven(a: string, b: string): boolean {
  // An initial or a two-letter short form ("J.", "Mo" for "Maurice"): the first letter decides.
  if (a.length <= 2 || b.length <= 2) return a[0] === b[0];
  // A short form that begins the long one: "Fred" / "Frederick", "Alex" / "Alexander".
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (s.length >= 3 && l.startsWith(s)) return true;
  return similarFolded(a, b);
}

/** Same name, written differently. Both units have more than one token or both one. */
const LEADING_NUMBER_RE = /^\d+$/;

export function sameName(a: NameUnit, b: NameUnit): boolean {
  if (!typesCompatible(a.type, b.type)) return false;
  if (a.key === b.key) return true;
  // "12 Elm Street" ~ "Elm Street": an address number before a name of two words or more.
  const [s, l] = a.folded.length < b.folded.length ? [a, b] : [b, a];
  if (l.folded.length === s.folded.length + 1 && s.folded.length >= 2 && LEADING_NUMBER_RE.test(l.folded[0]!)) {
    return s.folded.every((x, i) => x === l.folded[i + 1]);
  }
  const person = a.hint === 'person' || b.hint === 'person';
  if (person && a.folded.length > 1 && b.folded.length > 1) {
    if (!similarFolded(a.folded[a.folded.length - 1]!, b.folded[b.folded.length - 1]!)) return false;
    if (compatibleGiven(a.folded[0]!, b.folded[0]!)) return true;
    // A longer run that ends with the full name ("Moviemaker Gary Ross" ~ "Gary Ross").
    const [s, l] = a.folded.length < b.folded.length ? [a.folded, b.folded] : [b.folded, a.folded];
    return s.length < l.length && s.every((x, i) => x === l[l.length - s.length + i]);
  }
  if (a.folded.length !== b.folded.length && !(a.folded.length === 1 || b.folded.length === 1)) return false;
  if (a.hint === 'group' || b.hint === 'group') return similarFolded(singular(a.key), singular(b.key));
  return similarFolded(a.key, b.key);
}

/** A one-word person mention ("Merkel") matches a full name's surname ("Angela Merkel"). */
export function surnameOf(single: NameUnit, full: NameUnit): boolean {
  if (single.folded.length !== 1 || full.folded.length < 2) return false;
  // Teams and organisations by their last word: "Colts" ~ "Indianapolis Colts".
  if (single.hint === 'organization' && full.hint !== 'place' && typesCompatible(single.type, full.type)) {
    return single.key === full.folded[full.folded.length - 1] && single.key.length >= 4;
  }
  if (!typesCompatible(single.type, full.type) || single.hint !== 'person' && single.type !== 'other' || full.hint !== 'person') return false;
  return similarFolded(single.key, full.folded[full.folded.length - 1]!);
}

/** "UN" ~ "United Nations": an acronym of the initials of a longer organisation name. */
export function acronymOf(short: NameUnit, long: NameUnit, longTokens: string[]): boolean {
  if (!short.acronym || long.folded.length < 2) return false;
  if (!typesCompatible(short.type, long.type) || long.type === 'other') return false;
  const initials = longTokens.filter((t) => !/^(?:of|the|and|for|de|la)$/i.test(t)).map((t) => t[0]!.toUpperCase()).join('');
  return initials === short.acronym.replace(/\./g, '');
}

/** "Betty Ford" ~ "Betty Ford Center", "Promises" ~ "Promises Treatment Center": the short name
 *  begins the long one, for names that are not people's ("Jack" is not "Jack Smith"). */
export function prefixOf(short: NameUnit, long: NameUnit, longTokens: string[]): boolean {
  if (short.folded.length >= long.folded.length) return false;
  if (!typesCompatible(short.type, long.type)) return false;
  const lastLong = longTokens[longTokens.length - 1]!;
  const personLike = long.hint === 'person' && /^\p{Lu}/u.test(lastLong) && !ORG_HEADS.has(lastLong.toLowerCase());
  if (personLike || short.hint === 'other' || long.hint === 'other') return false;
  for (let i = 0; i < short.folded.length; i++) if (short.folded[i] !== long.folded[i]) return false;
  return true;
}

const REGNAL_RE = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/** "Henry" ~ "Henry VIII": a given name alone joins the one ruler's name it begins. */
export function regnalOf(single: NameUnit, full: NameUnit, fullTokens: string[]): boolean {
  if (single.folded.length !== 1 || fullTokens.length !== 2 || !REGNAL_RE.test(fullTokens[1]!)) return false;
  return typesCompatible(single.type, full.type) && single.key === full.folded[0];
}

/** "Zelda" ~ "Hurricane Zelda", "Kappa" ~ "Typhoon Kappa": the name of a storm or an operation without its prefix. */
export function eventNameOf(single: NameUnit, full: NameUnit, fullTokens: string[]): boolean {
  if (single.folded.length !== 1 || fullTokens.length < 2 || single.hint === 'place') return false;
  if (!EVENT_PREFIXES.has(fullTokens[fullTokens.length - 2]!.toLowerCase())) return false;
  return single.key === full.folded[full.folded.length - 1];
}

/** "Tavo" ~ "Tavo Reis": a lone word that begins a person's full name of two or three words, not typed otherwise. */
export function givenNameOf(single: NameUnit, full: NameUnit): boolean {
  if (single.folded.length !== 1 || full.folded.length < 2 || full.folded.length > 3) return false;
  if (full.hint !== 'person' || (single.hint !== 'person' && single.hint !== 'other') || !typesCompatible(single.type, full.type)) return false;
  return single.key === full.folded[0];
}
