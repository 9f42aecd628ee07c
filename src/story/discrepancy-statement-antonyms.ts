/**
 * Antonym and negated-subject contradictions between aligned sentences of different articles:
 * - antonym substitution: the two sentences share most content words and differ by an antonym
 *   pair at the same place ("the ministry confirmed the outbreak" / "denied the outbreak", "was
 *   found alive on" / "found dead on", "shares rose sharply" / "fell sharply"): the antonyms must
 *   share an anchor, the nearest content word before or after them, and neither may be negated by
 *   a grammatical cue ("did not win" agrees with "lost");
 * - negated subject: "no one / nobody / none ... was injured in the blast" against an affirmed
 *   "were injured in the blast" (the same verb with the same next content word).
 * Pairs come from an index of the sentences holding an antonym-list word, so the cost is in the
 * number of such sentences, not all sentence pairs.
 */
import { overlap } from './content-words.js';
import { areAntonyms, hasAntonym, isNegated, type NegationScope, type Token } from './statement-polarity.js';

export interface AlignedSentence {
  articleId: string;
  text: string;
  tokens: Token[];
  stems: string[];
  set: Set<string>;
  scopes: NegationScope[];
}

export interface StatementConflict {
  a: AlignedSentence;
  b: AlignedSentence;
  /** The word the conflict is about (the antonym of a, or the negated verb). */
  word: string;
  why: 'antonym' | 'negated-subject';
  shared: number;
}

/** Negation cues that are grammar, not lexical verbs ("denied" is itself an antonym of "confirmed"). */
const GRAMMATICAL = new Set(['not', "n't", 'no', 'never', 'none', 'neither', 'nor', 'without', 'cannot', 'nobodi', 'noth']);
const FUNCTION_RE = /^(?:the|a|an|of|to|in|on|at|by|for|with|from|as|and|or|but|is|are|was|were|be|been|has|have|had|it|its|their|his|her|that|this|very|sharply|slightly)$/;
const AUX = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'got']);
const NO_SUBJECT = /\b(?:no one|no-one|nobody|none)\b/i;
/** Antonym-list words pair only when at most this many sentences of the story hold each. */
const MAX_HOLDERS = 300;

function gramNegated(s: AlignedSentence, k: number): boolean {
  const sc = isNegated(s.scopes, k);
  return sc !== null && GRAMMATICAL.has(sc.cue);
}

const CLAUSE_BREAK = new Set(['and', 'but', 'or', 'while', 'whereas', 'because', 'after', 'before', 'as', 'if', 'when', 'which', 'who', 'that']);
const IRREALIS = new Set(['to', 'if', 'would', 'could', 'should', 'might', 'may', 'will', 'can', 'must', 'whether', 'unless']);

/** Local context of token k inside its clause: up to 2 content stems before it, 1 after. */
function context(s: AlignedSentence, k: number): { before: string[]; after: string | null } {
  const before: string[] = [];
  for (let i = k - 1; i >= 0 && before.length < 2; i--) {
    const t = s.tokens[i]!;
    if (t.breakAfter || CLAUSE_BREAK.has(t.word)) break;
    if (!FUNCTION_RE.test(t.word)) before.push(s.stems[i]!);
  }
  let after: string | null = null;
  for (let i = k + 1; i < s.tokens.length && !s.tokens[i - 1]!.breakAfter; i++) {
    const t = s.tokens[i]!;
    if (CLAUSE_BREAK.has(t.word)) break;
    if (!FUNCTION_RE.test(t.word)) { after = s.stems[i]!; break; }
  }
  return { before, after };
}

/** The two words sit in the same local context: the same subject words before and the same word after. */
function sameAnchor(a: AlignedSentence, i: number, b: AlignedSentence, j: number): boolean {
  const x = context(a, i);
  const y = context(b, j);
  return x.before.length > 0 && x.before.join(' ') === y.before.join(' ') && x.after === y.after;
}

/** A conditional, modal or infinitive ("a plea to back the deal", "if they reject it") is not a statement of fact. */
function irrealis(s: AlignedSentence, k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 3; i--) if (IRREALIS.has(s.tokens[i]!.word)) return true;
  return s.tokens[0]?.word === 'if';
}

export function findAntonymConflicts(sents: AlignedSentence[], minShared: number): StatementConflict[] {
  const byStem = new Map<string, { s: AlignedSentence; k: number }[]>();
  for (const s of sents) {
    s.stems.forEach((st, k) => {
      if (!hasAntonym(st) || gramNegated(s, k) || irrealis(s, k)) return;
      const list = byStem.get(st) ?? [];
      list.push({ s, k });
      byStem.set(st, list);
    });
  }
  const out: StatementConflict[] = [];
  for (const [x, xs] of byStem) {
    if (xs.length > MAX_HOLDERS) continue;
    for (const [y, ys] of byStem) {
      if (x >= y || !areAntonyms(x, y) || ys.length > MAX_HOLDERS) continue;
      for (const p of xs) for (const q of ys) {
        if (p.s.articleId === q.s.articleId) continue;
        const shared = overlap(p.s.set, q.s.set);
        if (shared < minShared || !sameAnchor(p.s, p.k, q.s, q.k)) continue;
        out.push({ a: p.s, b: q.s, word: p.s.tokens[p.k]!.word, why: 'antonym', shared });
      }
    }
  }
  return out;
}

/** The verb a "no one / nobody / none" subject takes: the first non-aux word after it, within 4 tokens. */
function negatedSubjectVerb(s: AlignedSentence): number {
  if (!NO_SUBJECT.test(s.text)) return -1;
  for (let i = 0; i < s.tokens.length; i++) {
    const w = s.tokens[i]!.word;
    const start = w === 'nobody' || w === 'none' ? i + 1 : w === 'no' && s.tokens[i + 1]?.word === 'one' ? i + 2 : -1;
    if (start < 0) continue;
    if (s.tokens[start]?.word === 'of') continue; // "none of the ..." names a group: too loose
    if (irrealis(s, i)) continue;
    let j = start;
    while (j < s.tokens.length && j < start + 3 && AUX.has(s.tokens[j]!.word)) j++;
    if (j > start && j < s.tokens.length) return j;
  }
  return -1;
}

export function findNegatedSubjectConflicts(sents: AlignedSentence[], minShared: number): StatementConflict[] {
  const out: StatementConflict[] = [];
  const negs = sents.map((s) => [s, negatedSubjectVerb(s)] as const).filter(([, k]) => k >= 0);
  if (negs.length === 0) return out;
  for (const [a, k] of negs) {
    const verb = a.stems[k]!;
    for (const b of sents) {
      if (b.articleId === a.articleId || !b.set.has(verb) || NO_SUBJECT.test(b.text)) continue;
      const shared = overlap(a.set, b.set);
      if (shared < minShared) continue;
      for (let j = 1; j < b.stems.length; j++) {
        if (b.stems[j] !== verb || !AUX.has(b.tokens[j - 1]!.word) || isNegated(b.scopes, j) || irrealis(b, j - 1)) continue;
        if (context(a, k).after !== context(b, j).after) continue;
        out.push({ a, b, word: a.tokens[k]!.word, why: 'negated-subject', shared });
        break;
      }
    }
  }
  return out;
}
