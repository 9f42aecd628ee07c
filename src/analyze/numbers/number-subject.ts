/**
 * What a number is about: the verb of its clause ("killed more than 200", "have been arrested",
 * "injured over 50"), the population of a place ("Portugal, a country of 10 million"),
 * or the age of a person ("Smith, 54,"). Rules are general English patterns, no names.
 */

const ED_NON_VERBS = new Set([
  'united', 'limited', 'related', 'interested', 'based', 'red', 'bed', 'need', 'seed', 'speed', 'feed', 'indeed', 'hundred', 'privileged',
  'advanced', 'skilled', 'armed', 'detailed', 'so-called', 'called', 'sized', 'aged', 'concerned', 'supposed', 'noted', 'wanted', 'alleged',
  'embed', 'breed', 'greed', 'shed', 'sled', 'wed', 'med', 'proceed', 'exceed', 'succeed', 'unprecedented', 'talented', 'renowned',
]);
const IRREGULAR = new Set([
  'held', 'kept', 'taken', 'sent', 'hurt', 'built', 'seen', 'given', 'made', 'found', 'lost', 'put', 'left', 'slain', 'shot', 'struck',
  'caught', 'brought', 'paid', 'sold', 'bought', 'won', 'spent', 'stolen', 'driven', 'fled', 'dead', 'born', 'bitten', 'beaten', 'thrown',
  'kill', 'kills', 'infect', 'infects', 'hold', 'holds', 'die', 'died', 'killing', 'leaving', 'injuring', 'wounding',
]);
const AUX_RE = /^(?:is|are|was|were|be|been|being|has|have|had|get|got|gotten|reportedly|reported|believed|thought|said|to|allegedly|currently|presently|now|already|so|far|also|still|since|then)$/i;
const RELATIVE_RE = /^(?:that|who|which)$/i;
const CLAUSE_BREAK_RE = /^(?:where|when|while|if|because|as|and|but|or|than|that|who|which|to)$/i;
const BACK_SKIP_RE = /^(?:more|than|over|nearly|almost|about|around|some|an|a|estimated|at|least|up|to|as|many|much|under|less|fewer|roughly|approximately|close|just|by|of|has|have|had|currently|presently|now|already|so|far|also|reportedly)$/i;
const WORD_RE = /[\p{L}][\p{L}'’-]*/gu;

export function isVerb(w: string): boolean {
  const l = w.toLowerCase();
  if (/^\p{Lu}/u.test(w)) return false;
  if (IRREGULAR.has(l)) return true;
  return l.length > 4 && /(?:ed|ised|ized)$/.test(l) && !ED_NON_VERBS.has(l);
}

function wordsOf(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

const PLACE_NOUNS = '(?:country|nation|state|city|republic|kingdom|island|islands|region|province|town|village|metropolis|capital|territory)';
const POPULATION_BEFORE_RE = new RegExp(String.raw`\b${PLACE_NOUNS}\s+(?:of|with)\s+(?:(?:more than|over|about|around|nearly|almost|some|roughly|an estimated)\s+)?$`, 'i');
const POPULATION_WORD_RE = /\bpopulation\s+(?:of\s+)?(?:(?:more than|over|about|around|nearly|almost|some|roughly|an estimated)\s+)?$/i;
const NAMED_PLACE_BEFORE_RE = new RegExp(String.raw`(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)(?:'s)?,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}${PLACE_NOUNS}\s+(?:of|with)\s+[^,]*$`, 'u');
const POSSESSIVE_POP_RE = /(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)['’]s\s+population\b[^,]*$/u;
const AGE_NAME_BEFORE_RE = /(\p{Lu}[\p{L}'’-]+)\s*,\s*$|(\p{Lu}[\p{L}'’-]+)\s*\(\s*$|\b(?:aged|age)\s+$/u;

export interface SubjectResult {
  subject: string | null;
  /** A unit implied by the pattern (population -> people, age -> years). */
  unit?: string;
}

/** Subject of a number spanning [start, end) whose unit words end at `unitEnd`. */
export function readSubject(sentence: string, start: number, end: number, unitEnd: number, value: number, hasUnit: boolean, countsPeople = false): SubjectResult {
  const before = sentence.slice(0, start);
  const after = sentence.slice(unitEnd);
  // "a country of 12 million (people)" is a population; "head of state of 14 realms" is not.
  if ((!hasUnit || countsPeople) && (POPULATION_BEFORE_RE.test(before) || POPULATION_WORD_RE.test(before))) {
    const named = NAMED_PLACE_BEFORE_RE.exec(before) ?? POSSESSIVE_POP_RE.exec(before);
    return { subject: named ? `population of ${named[1]}` : 'population', unit: 'people' };
  }
  if (!hasUnit && Number.isInteger(value) && value > 0 && value < 120) {
    const m = AGE_NAME_BEFORE_RE.exec(before);
    if (m && (/^\s*[,)]/.test(sentence.slice(end)) || m[0].startsWith('age'))) {
      const name = m[1] ?? m[2];
      return { subject: name ? `age of ${name}` : 'age', unit: 'years' };
    }
  }
  // A verb just before the number takes it as its object: "killed more than 200".
  const back = wordsOf(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1)).reverse();
  for (let i = 0; i < Math.min(back.length, 6); i++) {
    const w = back[i]!;
    if (BACK_SKIP_RE.test(w)) continue;
    if (isVerb(w)) return { subject: w.toLowerCase() };
    break;
  }
  // A passive or relative clause after it: "... have been detained", "... that X has detained".
  const clause = after.split(/[;:()]|\s[-–—]{1,2}\s|\.\s/)[0] ?? '';
  const fwd = wordsOf(clause).slice(0, 14);
  // A reduced relative right after it: "200 people injured", "four workers from one site died".
  if (!/^\s*,/.test(after)) {
    for (const w of fwd.slice(0, 4)) {
      if (CLAUSE_BREAK_RE.test(w)) break;
      if (isVerb(w)) return { subject: w.toLowerCase() };
    }
  }
  let sawAux = false;
  for (const w of fwd) {
    if (RELATIVE_RE.test(w)) continue;
    if (AUX_RE.test(w)) {
      sawAux = true;
      continue;
    }
    if (sawAux) {
      if (isVerb(w)) return { subject: w.toLowerCase() };
      if (!/ly$/i.test(w)) break; // "were missing and ... were injured": the clause ended
    }
  }
  return { subject: null };
}
