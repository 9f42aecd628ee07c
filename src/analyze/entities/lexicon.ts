import { LEXICON_DATA } from './data/lexicon-data.js';

/** Lower-cased lookup sets over the generated gazetteer (see scripts/gen-entity-lexicon.mjs). */
export interface Lexicon {
  countries: Set<string>;
  countryCodes: Set<string>;
  /** Demonyms and language names ("American", "Tamil"): nationality adjectives and nouns. */
  nationalities: Set<string>;
  cities: Set<string>;
  /** Places that are also first names or common words ("Washington", "Jackson"): weak evidence. */
  ambiguousPlaces: Set<string>;
  regions: Set<string>;
  firstNames: Set<string>;
  /** First names found only in the male or only in the female list (for he / she agreement). */
  maleNames: Set<string>;
  femaleNames: Set<string>;
  commonWords: Set<string>;
}

const lower = (xs: string[] | undefined): Set<string> => new Set((xs ?? []).map((x) => x.toLowerCase()));

let cached: Lexicon | null = null;

export function getLexicon(): Lexicon {
  if (cached) return cached;
  const d = LEXICON_DATA;
  cached = {
    countries: lower(d['countries']),
    countryCodes: new Set(d['countryCodes'] ?? []),
    nationalities: lower([...(d['demonyms'] ?? []), ...(d['languages'] ?? [])]),
    cities: lower(d['cities']),
    ambiguousPlaces: lower(d['ambiguousPlaces']),
    regions: lower(d['regions']),
    firstNames: lower(d['firstNames']),
    maleNames: lower(d['maleOnlyNames']),
    femaleNames: lower(d['femaleOnlyNames']),
    commonWords: lower(d['commonWords']),
  };
  return cached;
}

/** True when `name` (any case) is a known place: country, city, state or region. */
export function isKnownPlace(lex: Lexicon, name: string): boolean {
  const l = name.toLowerCase();
  return lex.countries.has(l) || lex.cities.has(l) || lex.regions.has(l);
}
