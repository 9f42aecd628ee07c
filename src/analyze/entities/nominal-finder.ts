import type { EntityMention } from '../../model/entity.js';
import { NOMINAL_HEADS } from './data/nominal-heads.js';
import { PERSON_NOUNS, PLACE_NOUNS } from './data/role-nouns.js';
import type { Token } from './name-tokenizer.js';
import { PERSON_PRONOUNS, PLURAL_PRONOUNS, ROLE_NOUNS } from './word-lists.js';

/**
 * Mentions that are not names: common-noun phrases that refer to people or places ("the
 * actress", "police", "the facility") and personal pronouns. ECB+ marks these as entity
 * mentions; the story report keeps names only, so the finder runs only when asked
 * (`includeNominal`). The words come from the ECB+ Train split (scripts/gen-entity-nominals.mjs):
 * a word is kept when it heads a gold mention often enough (smoothed precision over its
 * occurrences; threshold tuned on Dev), plus the general role nouns of word-lists.
 * The mention is the head word alone, as ECB+ marks it.
 */

export interface NominalOptions {
  /** Minimum smoothed share of a word's occurrences that head a gold mention. Default 0.5. */
  minPrecision?: number;
  /** Minimum number of gold mentions the word heads in the Train split. Default 2. */
  minCount?: number;
  /** Include pronouns ("he", "they", "who"). Default true. */
  pronouns?: boolean;
  /** Also nouns whose first WordNet sense is a person or a place, after a determiner ("the pirates"). Default true. */
  wordnet?: boolean;
}

const ALL_PRONOUNS = new Set([...PERSON_PRONOUNS, ...PLURAL_PRONOUNS, 'who', 'whom', 'whose', 'it', 'its', 'we', 'us', 'our', 'you', 'i', 'me', 'my', 'which', 'where', 'there', 'those', 'some', 'one', 'two', 'three', 'others', 'someone']);

export type NominalClass = 'HUM' | 'LOC';

/** A word's class, or null for a Train word that heads too few gold mentions (never taken from WordNet either). */
export type NominalHeads = Map<string, NominalClass | null>;

const cache = new Map<string, NominalHeads>();

let wordnet: Map<string, NominalClass> | null = null;

function wordnetNouns(): Map<string, NominalClass> {
  if (wordnet) return wordnet;
  wordnet = new Map();
  for (const w of PLACE_NOUNS.split(' ')) wordnet.set(w, 'LOC');
  for (const w of PERSON_NOUNS.split(' ')) wordnet.set(w, 'HUM');
  return wordnet;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'another', 'two', 'three', 'four', 'five', 'several', 'many', 'some', 'other', 'both', 'each', 'every', 'no', 'one', "'s"]);

/** The head-word table for one set of options (cached). */
export function nominalHeads(opts: NominalOptions = {}): NominalHeads {
  const minP = opts.minPrecision ?? 0.5;
  const minN = opts.minCount ?? 2;
  const pron = opts.pronouns ?? true;
  const key = `${minP}|${minN}|${pron}`;
  let m = cache.get(key);
  if (m) return m;
  m = new Map();
  for (const w of ROLE_NOUNS) m.set(w, 'HUM');
  for (const [w, cls, g, n] of NOMINAL_HEADS) {
    const isPron = ALL_PRONOUNS.has(w);
    if (isPron && !pron) continue;
    // Smoothed: one unseen occurrence that is not a mention.
    if (g >= minN && g / (n + 1) >= minP) m.set(w, cls);
    else if (!isPron && g / (n + 1) < minP / 2) m.set(w, null);
    else if (!m.has(w)) m.set(w, null);
  }
  if (!pron) for (const w of ALL_PRONOUNS) m.set(w, null);
  cache.set(key, m);
  return m;
}

/** The class of a WordNet person or place noun that follows a determiner within three words, or null. */
function wordnetClass(tokens: Token[], i: number): NominalClass | null {
  const t = tokens[i]!;
  const cls = wordnetNouns().get(t.lower);
  if (cls === undefined) return null;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const p = tokens[j]!;
    if (DETERMINERS.has(p.lower)) return cls;
    if (!p.word) return null;
  }
  return null;
}

/**
 * Nominal and pronoun mentions in one sentence's tokens, outside the spans `taken` (the names
 * found there, as [start, end] pairs).
 */
export function findNominals(tokens: Token[], sentence: number, heads: NominalHeads, taken: [number, number][], useWordnet = true): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const known = heads.get(t.lower);
    const cls = known === undefined ? (useWordnet && !t.cap ? wordnetClass(tokens, i) : null) : known;
    if (cls === null) continue;
    // A capital only at the start of the sentence (or after a quote mark): "She", "Police".
    if (t.cap && i > 0 && !/^["'\u201c\u2018(]$/.test(tokens[i - 1]!.text)) continue;
    if (taken.some(([s, e]) => t.start < e && s < t.end)) continue;
    // A noun used as a modifier ("police officer", "prison guard"): the next word is the head.
    const next = tokens[i + 1];
    if (next && next.word && !next.cap && (heads.get(next.lower) || (useWordnet && wordnetNouns().has(next.lower))) && !ALL_PRONOUNS.has(t.lower)) continue;
    const pronoun = ALL_PRONOUNS.has(t.lower);
    out.push({
      start: t.start, end: t.end, text: t.text, type: cls === 'LOC' ? 'place' : 'person', sentence,
      rule: pronoun ? 'pronoun' : 'nominal', certainty: 'inferred', evidence: 'lexicon',
    });
  }
  return out;
}
