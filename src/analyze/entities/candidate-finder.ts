import type { Lexicon } from './lexicon.js';
import type { Token } from './name-tokenizer.js';
import {
  connects, innerTitle, isCommonWord, isHeadlineWord, isKnownPlaceName, isNameToken, isNationalityWord, isPlacePrefix,
  looksLikePersonName, hasOrgOf, roleBeforeFirstName,
} from './candidate-rules.js';
import {
  CALENDAR, FACILITY_HEADS, GROUP_WORDS, NAME_CONNECTORS, NEVER_NAMES, ORG_HEADS, PERSON_TITLES, TITLE_MODIFIERS,
} from './word-lists.js';

/**
 * Candidates: runs of capitalised tokens in one sentence (with name particles such as "of",
 * "al-", "van" inside), after peeling off what is not part of a name: sentence-initial common
 * words ("However", "The"), calendar words, and leading titles ("Prime Minister"), which are
 * kept as a person cue. Typing is left to the mention typer.
 */

export interface Candidate {
  /** Token index range [from, to) in the sentence's tokens. */
  from: number;
  to: number;
  /** A title or role ("President", "Mr") stood right before the name. */
  titled: boolean;
  /** Token index where that title starts. */
  titleFrom?: number;
  /** The run was the first word of the sentence (or of a quote). */
  initial: boolean;
}

const POST_NOMINALS = new Set(['mp', 'mep', 'msp', 'mla', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'phd']);
const OPENING = new Set(['"', '\u201c', "'", '\u2018', '(', '[', '-', '\u2014', '\u2013', ':']);


function isInitial(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (!OPENING.has(tokens[k]!.text)) return false;
  return true;
}

/** `bodyWords`: words the article writes in lower case; in headline case they (or words of the same stem) split a run. */
export function findCandidates(tokens: Token[], lex: Lexicon, headline: boolean, bodyWords: Set<string> = new Set()): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      if (isNameToken(t)) j++;
      else if (NAME_CONNECTORS.has(t.text) && tokens[j + 1] && isNameToken(tokens[j + 1]!) && connects(t.text, tokens[j - 1]!)) j += 2;
      else break;
    }
    splitRun(tokens, i, j, lex, headline ? bodyWords : null, out);
    i = j;
  }
  return out;
}

/**
 * A month or weekday word is part of a name right after a known first name ("Jenny May"), or
 * when it is itself a first name that starts a run of plain name words ("April Ryan").
 */
function calendarInName(tokens: Token[], k: number, s: number, to: number, lex: Lexicon): boolean {
  const prev = tokens[k - 1];
  if (k > s && prev && lex.firstNames.has(prev.lower) && !CALENDAR.has(prev.lower) && !prev.upper) return true;
  const next = tokens[k + 1];
  return k === s && k + 1 < to && lex.firstNames.has(tokens[k]!.lower) && next !== undefined && !next.upper
    && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !CALENDAR.has(next.lower) && !NEVER_NAMES.has(next.lower);
}

function splitRun(tokens: Token[], from: number, to: number, lex: Lexicon, headline: Set<string> | null, out: Candidate[]): void {
  // Calendar words and pronouns split a run ("Sunday", "February", "I").
  let s = from;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (k === to || (CALENDAR.has(t!.lower) && !calendarInName(tokens, k, s, to, lex)) || NEVER_NAMES.has(t!.lower) || (headline !== null && isHeadlineWord(t!, lex, headline))) {
      if (k > s) peel(tokens, s, k, lex, out);
      s = k + 1;
    } else if (headline !== null && to - from > 1 && (lex.countries.has(t!.lower) || lex.cities.has(t!.lower))) {
      // Headline case: a known place is its own name ("Merkel Warns China").
      if (k > s) peel(tokens, s, k, lex, out);
      out.push({ from: k, to: k + 1, titled: false, initial: isInitial(tokens, k) });
      s = k + 1;
    }
  }
}


function peel(tokens: Token[], from: number, to: number, lex: Lexicon, out: Candidate[]): void {
  const initial = isInitial(tokens, from);
  let a = from;
  // Connectors cannot start or end a name.
  while (a < to && !isNameToken(tokens[a]!)) a++;
  let b = to;
  while (b > a && !isNameToken(tokens[b - 1]!)) b--;
  // Letters after a person's name ("Jo Bloggs MP", "Jane Doe QC") are no part of it.
  while (b - a > 2 && POST_NOMINALS.has(tokens[b - 1]!.lower)) b--;
  if (b - a > 1 && (ORG_HEADS.has(tokens[b - 1]!.lower) || FACILITY_HEADS.has(tokens[b - 1]!.lower) || hasOrgOf(tokens, a, b))) {
    // "Foreign Ministry", "The Times": an organisation keeps its modifiers; drop only an
    // initial common word that is not part of it ("However State Department" is rare).
    if (initial && (tokens[a]!.lower === 'the' || NEVER_NAMES.has(tokens[a]!.lower))) a++;
    if (b > a) out.push({ from: a, to: b, titled: false, initial });
    return;
  }
  // "Rohingya Muslims": the group word and its modifier are two mentions.
  if (b - a > 1 && GROUP_WORDS.has(tokens[b - 1]!.lower) && !ORG_HEADS.has(tokens[b - 2]!.lower)) {
    peel(tokens, a, b - 1, lex, out);
    out.push({ from: b - 1, to: b, titled: false, initial: false });
    return;
  }
  // "LISBON Antonio Costa" (a dateline run into the text): a known city or country, then a
  // person's name, are two mentions; the place must not be a person's name itself.
  if (b - a >= 3 && isKnownPlaceName(tokens, a, a + 1, lex) && !lex.ambiguousPlaces.has(tokens[a]!.lower) && !isKnownPlaceName(tokens, a, a + 2, lex)
    && !lex.firstNames.has(tokens[a]!.lower) && lex.firstNames.has(tokens[a + 1]!.lower) && looksLikePersonName(tokens, a + 1, b, lex)) {
    out.push({ from: a, to: a + 1, titled: false, initial });
    peel(tokens, a + 1, b, lex, out);
    return;
  }
  // "Tory Jo Bloggs", "Republican Senator X": a leading party or faith word is a group mention of its own.
  if (b - a >= 2 && GROUP_WORDS.has(tokens[a]!.lower) && !GROUP_WORDS.has(tokens[a + 1]!.lower)) {
    out.push({ from: a, to: a + 1, titled: false, initial });
    peel(tokens, a + 1, b, lex, out);
    return;
  }
  let titled = false;
  // A leading place or nationality before a title ("US Treasury Secretary ...") is its own mention.
  for (let e = a + 1; e < b && e <= a + 3; e++) {
    const t1 = tokens[e]!;
    if (!(PERSON_TITLES.has(t1.lower) || TITLE_MODIFIERS.has(t1.lower))) continue;
    if (isPlacePrefix(tokens, a, e, lex)) {
      out.push({ from: a, to: e, titled: false, initial });
      a = e;
    }
    break;
  }
  // A nationality before a person's name ("American Hasim Rahman", "Englishman Robert Buckley")
  // describes the person: it is not part of the name, nor a mention of its own.
  if (b - a >= 3 && isNationalityWord(tokens[a]!.lower, lex) && !isKnownPlaceName(tokens, a, b, lex) && looksLikePersonName(tokens, a + 1, b, lex)) a++;
  // Leading titles: "Minister of Finance", "Prime Minister", "Mr".
  let k = a;
  while (k < b) {
    const t = tokens[k]!;
    if (PERSON_TITLES.has(t.lower) || TITLE_MODIFIERS.has(t.lower)) {
      k++;
      if (tokens[k]?.text === '.') k++;
      if (tokens[k]?.lower === 'of' && k + 1 < b && PERSON_TITLES.has(tokens[k + 1]!.lower)) k++;
      continue;
    }
    break;
  }
  // "MP for Riverton South", "Minister for Europe": what follows "for" is a place or a
  // domain, not the title holder.
  if (k > a && k < b - 1 && tokens[k]!.lower === 'for') {
    a = k + 1;
    k = a;
  }
  // Only modifiers ("State Flower Show", "Chief Executive"): no title unless a first name
  // or an acronym follows ("Deputy John Smith", "former AMA [champion]"); the words stay part of the name.
  if (k > a && k < b && !lex.firstNames.has(tokens[k]!.lower) && !tokens[k]!.upper) {
    let modifiersOnly = true;
    for (let q = a; q < k; q++) if (tokens[q]!.text !== '.' && !TITLE_MODIFIERS.has(tokens[q]!.lower)) modifiersOnly = false;
    if (modifiersOnly) k = a;
  }
  // Role words left before a first name ("Legal Counsel Vijaya Gadde", "Chief [Financial Officer] Ned Segal").
  const named = roleBeforeFirstName(tokens, k, b, lex);
  if (named > k) k = named;
  let titleFrom: number | undefined;
  if (k > a) {
    titled = k < b;
    if (titled) titleFrom = a;
    a = k;
  } else {
    // A title inside the run ("UK Foreign Secretary Jack Straw", "Alaska Gov. Sarah Palin"):
    // what stands before it is its own name, the rest a titled person.
    const inner = innerTitle(tokens, a, b);
    if (inner) {
      peel(tokens, a, inner[0], lex, out);
      out.push({ from: inner[1], to: b, titled: true, titleFrom: inner[0], initial: false });
      return;
    }
    // "Forward Movement Anna Berg" (a list with its punctuation lost): a known first name
    // after words that do not start a person's name begins a new name.
    if (b - a >= 3 && !lex.firstNames.has(tokens[a]!.lower)) {
      for (let k = a + 1; k < b - 1; k++) {
        if (lex.firstNames.has(tokens[k]!.lower) && !tokens[k]!.upper && !isKnownPlaceName(tokens, a, k + 1, lex)) {
          peel(tokens, a, k, lex, out);
          out.push({ from: k, to: b, titled: false, initial: false });
          return;
        }
      }
    }
    if (initial && b - a >= 1 && isCommonWord(tokens[a]!, lex)) {
      a++;
      while (a < b && !isNameToken(tokens[a]!)) a++;
    }
  }
  if (b > a) {
    const c: Candidate = { from: a, to: b, titled, initial: initial && a === from };
    if (titleFrom !== undefined) c.titleFrom = titleFrom;
    out.push(c);
  }
}
