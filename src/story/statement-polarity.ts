/**
 * Polarity of a word inside a sentence: negated when a negation cue (not, no, never, none,
 * without, refused, denied ...) governs it, i.e. comes before it with no scope break between
 * (punctuation, a conjunction, a preposition other than "of"). Plus a list of general antonym
 * pairs (allow/refuse, give/deny, confirm/deny, rise/fall ...). General English only.
 */
import { stemWord } from './content-words.js';

export const NEGATION_CUES = new Set(['not', "n't", 'no', 'never', 'none', 'neither', 'nor', 'without', 'refused', 'refuses', 'refuse', 'denied', 'denies', 'deny', 'declined', 'declines', 'rejected', 'rejects', 'failed', 'fails', 'cannot', 'nobody', 'nothing', 'didn', 'doesn', 'hasn', 'haven', 'wasn', 'weren', 'isn', 'aren', 'won', 'avoid', 'avoided', 'avoids', 'refrained', 'refrain', 'away']);
const SCOPE_BREAK = new Set([
  'and', 'but', 'or', 'while', 'although', 'though', 'whereas', 'because', 'since', 'so', 'yet', 'which', 'who', 'that',
  'on', 'in', 'at', 'to', 'for', 'with', 'from', 'by', 'about', 'over', 'into', 'after', 'before', 'during', 'against', 'than',
]);
const FUNCTION = new Set(['the', 'a', 'an', 'any', 'of', 'them', 'it', 'its', 'their', 'has', 'have', 'had', 'be', 'been', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'yet', 'to', 'ever', 'even', 'also', 'still']);
const MAX_SCOPE = 6;
const DETERMINERS = new Set(['a', 'an', 'the', 'any', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'every', 'each']);

export interface Token {
  word: string;
  /** Punctuation right after the token breaks a negation scope. */
  breakAfter: boolean;
}

const TOKEN_RE = /([\p{L}\p{N}]+(?:['’][\p{L}]+)?)([^\p{L}\p{N}]*)/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let w = m[1]!.toLowerCase().replace(/’/g, "'");
    if (w.endsWith("n't")) {
      out.push({ word: w.slice(0, -3), breakAfter: false });
      w = "n't";
    }
    out.push({ word: w, breakAfter: /[,;:()"“”—–]|\s-+\s|[.!?]/.test(m[2] ?? '') });
  }
  return out;
}

export interface NegationScope {
  cue: string;
  /** The first content word the cue governs ("not given" -> "given"). */
  head: string | null;
  /** No determiner between cue and head: the head is a verb ("not given"), not a noun ("no comment", "without a deal"). */
  verbHead: boolean;
  /** Token indexes inside the scope. */
  from: number;
  to: number;
}

/** Negation scopes of a tokenized sentence. */
export function negationScopes(tokens: Token[]): NegationScope[] {
  const out: NegationScope[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!NEGATION_CUES.has(t.word)) continue;
    if (t.word === 'won' && tokens[i + 1]?.word !== "n't") continue;
    const nextWord = tokens[i + 1]?.word;
    if (t.word === 'not' && (nextWord === 'only' || nextWord === 'just')) continue; // "not only X but Y" affirms X
    if (t.word === 'no' && (nextWord === 'longer' || nextWord === 'doubt')) continue;
    let j = i;
    if (t.word === 'away') {
      if (nextWord !== 'from') continue; // "steered away from X"
      j = i + 1;
    }
    let content = 0;
    let determiner = false;
    let head: string | null = null;
    while (j + 1 < tokens.length && j - i < MAX_SCOPE && !tokens[j]!.breakAfter) {
      const n = tokens[j + 1]!;
      if (SCOPE_BREAK.has(n.word) && !(n.word === 'to' && head === null)) break;
      j++;
      if (head === null && DETERMINERS.has(n.word)) determiner = true;
      if (!FUNCTION.has(n.word) && !NEGATION_CUES.has(n.word)) {
        if (head === null) head = stemWord(n.word);
        // The cue governs its verb and that verb's first content word, not a whole clause.
        if (++content >= 2) break;
      }
    }
    out.push({ cue: stemWord(t.word), head, verbHead: head !== null && !determiner && t.word !== 'no' && t.word !== 'none' && t.word !== 'without', from: t.word === 'away' ? i + 2 : i + 1, to: j });
  }
  return out;
}

/** True when token index k lies in a negation scope. */
export function isNegated(scopes: NegationScope[], k: number): NegationScope | null {
  for (const s of scopes) if (k >= s.from && k <= s.to) return s;
  return null;
}

const ANTONYM_PAIRS: [string[], string[]][] = [
  [['allow', 'permit', 'let', 'grant', 'give', 'provid', 'offer', 'accept', 'agre', 'approv', 'admit'], ['refus', 'deni', 'ban', 'forbid', 'withhold', 'reject', 'block', 'bar', 'depriv', 'expel']],
  [['confirm', 'admit', 'acknowledg'], ['deni', 'disput', 'reject']],
  [['increas', 'rise', 'rose', 'grow', 'grew', 'gain'], ['decreas', 'fall', 'fell', 'drop', 'declin', 'shrink', 'shrank']],
  [['win', 'won'], ['lose', 'lost']],
  [['support', 'back', 'endors', 'favour', 'favor'], ['oppos', 'reject', 'condemn']],
  [['agre'], ['disagre']],
  [['open'], ['close', 'shut']],
  [['includ'], ['exclud']],
  [['legal'], ['illeg']],
  [['guilti'], ['innoc']],
  [['aliv', 'surviv'], ['dead', 'die', 'kill']],
  [['pass', 'succeed'], ['fail']],
  [['higher'], ['lower']],
];
const ANTONYMS = new Map<string, Set<string>>();

for (const [a, b] of ANTONYM_PAIRS) {
  for (const x of a) for (const y of b) {
    if (!ANTONYMS.has(x)) ANTONYMS.set(x, new Set());
    if (!ANTONYMS.has(y)) ANTONYMS.set(y, new Set());
    ANTONYMS.get(x)!.add(y);
    ANTONYMS.get(y)!.add(x);
  }
}

/** Verbs that say the same thing about their object ("give shelter" = "provide shelter"). General verbs only. */
const SYNONYM_GROUPS: string[][] = [
  ['give', 'given', 'gave', 'provid', 'grant', 'offer', 'award', 'extend', 'suppli'],
  ['allow', 'permit', 'let'],
  ['approv', 'back', 'support', 'endors'],
  ['reject', 'refus', 'declin', 'oppos'],
  ['leav', 'left', 'exit', 'quit', 'depart'],
  ['win', 'won', 'secur', 'clinch'],
  ['confirm', 'verifi'],
  ['accept', 'agre'],
  ['reach', 'achiev', 'attain'],
  ['receiv', 'obtain'],
  ['meet', 'met'],
  ['sign', 'ink'],
  ['send', 'sent', 'deploi', 'dispatch'],
  ['return', 'deport', 'repatri', 'extradit'],
];
const SYNONYM = new Map<string, number>();
SYNONYM_GROUPS.forEach((g, i) => g.forEach((x) => SYNONYM.set(x, i)));
/** Light verbs say too little to align two statements on. */
export const LIGHT_VERBS = new Set(['have', 'ha', 'had', 'be', 'is', 'wa', 'do', 'did', 'doe', 'get', 'got', 'go', 'went', 'make', 'made', 'take', 'took']);

export function sameVerb(a: string, b: string): boolean {
  if (a === b) return !LIGHT_VERBS.has(a);
  const ga = SYNONYM.get(a);
  return ga !== undefined && ga === SYNONYM.get(b);
}

export function hasAntonym(stem: string): boolean {
  return ANTONYMS.has(stem);
}

export function areAntonyms(stemA: string, stemB: string): boolean {
  return ANTONYMS.get(stemA)?.has(stemB) ?? false;
}
