import type { Span } from '../../model/text.js';
import { getLexicon } from '../entities/lexicon.js';
import type { NameMention } from './person-name-finder.js';

/**
 * Resolves "he"/"she" to a person named earlier: the subject (first person named, or the
 * resolved speaker of a quote) of the pronoun's own sentence before it, then of each earlier
 * sentence, nearest first, skipping persons whose courtesy title shows the other gender.
 * "they" is not resolved to a single person.
 */

export interface PersonRef extends Span {
  name: string;
  gender: 'm' | 'f' | null;
  /** Sentence index. */
  sentence: number;
  /** True when this is the resolved speaker of a quote (it outranks a plain mention). */
  speaker: boolean;
}

const LOOKBACK = 6;
/** A capitalised run after one of these is a place more often than a person ("in El Paso"). */
const PLACE_PREPS = new Set(['in', 'at', 'from', 'near', 'across', 'into', 'outside', 'inside', 'throughout', 'toward', 'towards']);

export function createPronounResolver(refsIn: PersonRef[], subjectPronoun: (sentence: number) => 'm' | 'f' | null = () => null): {
  add(ref: PersonRef): void;
  resolve(pos: number, sentence: number, gender: 'm' | 'f' | 'p' | null): PersonRef | null;
} {
  const bySentence = new Map<number, PersonRef[]>();
  const genderOf = new Map<string, 'm' | 'f'>();
  const add = (r: PersonRef): void => {
    const list = bySentence.get(r.sentence);
    if (list) list.push(r); else bySentence.set(r.sentence, [r]);
    if (r.gender) genderOf.set(r.name, r.gender);
  };
  for (const r of refsIn) add(r);
  return {
    add,
    resolve(pos, sentence, gender) {
      if (gender === 'p' || gender === null) return null;
      const ok = (r: PersonRef): boolean => {
        const g = r.gender ?? genderOf.get(r.name) ?? null;
        return g === null || g === gender;
      };
      for (let s = sentence; s >= 0 && s >= sentence - LOOKBACK; s--) {
        const inS = (bySentence.get(s) ?? []).filter((r) => r.start < pos && ok(r)).sort((a, b) => a.start - b.start);
        // An earlier sentence whose subject is the same pronoun continues the chain further back.
        if (s < sentence && subjectPronoun(s) === gender && !inS.some((r) => r.speaker)) continue;
        if (inS.length === 0) continue;
        const spk = inS.find((r) => r.speaker);
        return spk ?? inS[0]!;
      }
      return null;
    },
  };
}

export function personRefs(names: NameMention[], sentenceOf: (pos: number) => number, normalize: (n: string) => string): PersonRef[] {
  const surnames = new Set(names.filter((n) => n.kind === 'person' && n.size >= 2).map((n) => n.name.split(' ').pop()!.toLowerCase()));
  // A single capitalised word counts as a person only with a title, a role, or as a known surname.
  return names
    .filter((n) => n.kind === 'person' && !(n.prev !== null && PLACE_PREPS.has(n.prev) && n.role === null) && (n.size >= 2 || n.gender !== null || n.role !== null || surnames.has(n.name.toLowerCase())))
    .map((n) => {
      const name = normalize(n.name);
      return { start: n.start, end: n.end, name, gender: n.gender ?? nameGender(name), sentence: sentenceOf(n.start), speaker: false };
    });
}

/**
 * Gender shown by a first name found in only one of the gazetteer's male and female lists
 * ("Hillary Clinton" -> 'f'); null for one-word names (a surname) and names in both or neither.
 */
export function nameGender(name: string): 'm' | 'f' | null {
  const sp = name.indexOf(' ');
  if (sp < 0) return null;
  const first = name.slice(0, sp).toLowerCase();
  const lex = getLexicon();
  if (lex.maleNames.has(first)) return 'm';
  if (lex.femaleNames.has(first)) return 'f';
  return null;
}

const SUBJECT_PRONOUN = /^(?:(?:but|and|so|yet|then|still|later|now),?\s+)?(he|she)\b/i;

/** The gender of a sentence-opening "He"/"She" ("But he said ..."), else null. */
export function subjectPronounOf(ctx: { sentences: { text: string }[] }, i: number): 'm' | 'f' | null {
  const m = SUBJECT_PRONOUN.exec(ctx.sentences[i]?.text ?? '');
  if (!m) return null;
  return m[1]!.toLowerCase() === 'he' ? 'm' : 'f';
}
