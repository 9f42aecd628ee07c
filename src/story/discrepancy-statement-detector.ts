/**
 * Statement discrepancies: sentences of different articles aligned around a shared topic word
 * (a content word rare in the story, plus at least `minOverlap` other shared content words) whose
 * polarity on that word differs: one negates the verb that takes it ("has not granted them any
 * licence"), the other affirms the same verb or a synonym on it ("issuing a licence"), or they use
 * antonym verbs on it. Same-cue-same-head negations
 * ("denied any wrongdoing" in both) are the same statement, not a contradiction.
 */
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { Discrepancy } from '../model/claim.js';
import { contentWords, isStopWord, overlap, stemWord } from './content-words.js';
import { findAntonymConflicts, findNegatedSubjectConflicts, type AlignedSentence } from './discrepancy-statement-antonyms.js';
import { areAntonyms, isNegated, LIGHT_VERBS, negationScopes, NEGATION_CUES, sameVerb, tokenize, type NegationScope } from './statement-polarity.js';

export interface StatementOptions {
  /** Shared content words besides the topic needed to align two sentences. */
  minOverlap?: number;
  /** A topic word must occur in at most this share of the story's sentences. */
  maxTopicShare?: number;
}

/** A sentence prepared for alignment (tokens, stems, negation scopes). */
type Sent = AlignedSentence;

function prepare(items: AnalyzedArticle[]): Sent[] {
  const out: Sent[] = [];
  for (const it of items) {
    for (const s of it.sentences) {
      const tokens = tokenize(s.text);
      out.push({ articleId: it.article.id, text: s.text, tokens, stems: tokens.map((t) => stemWord(t.word)), set: new Set(contentWords(s.text)), scopes: negationScopes(tokens) });
    }
  }
  return out;
}

/** Polarity of topic stem t in s: 'neg' with its scope, 'pos', or an antonym verb stem before it. */
function polarity(s: Sent, t: string): { neg: NegationScope | null; verbs: string[] } | null {
  const k = s.stems.indexOf(t);
  if (k < 0) return null;
  const verbs = s.stems.slice(Math.max(0, k - 4), k);
  return { neg: isNegated(s.scopes, k), verbs };
}

function cueStems(s: Sent): Set<string> {
  return new Set(s.scopes.map((x) => `${x.cue}>${x.head}`));
}

export function detectStatementDiscrepancies(items: AnalyzedArticle[], opts: StatementOptions = {}): Discrepancy[] {
  const minOverlap = opts.minOverlap ?? 3;
  const maxShare = opts.maxTopicShare ?? 0.2;
  const sents = prepare(items);
  // Negated propositions (cue>head) each article states somewhere: an article that states the same
  // negation elsewhere does not contradict it.
  const negByArticle = new Map<string, Set<string>>();
  for (const s of sents) for (const c of cueStems(s)) negByArticle.set(s.articleId, (negByArticle.get(s.articleId) ?? new Set()).add(c));
  const df = new Map<string, Sent[]>();
  for (const s of sents) {
    for (const w of s.set) {
      const list = df.get(w);
      if (list) list.push(s);
      else df.set(w, [s]);
    }
  }
  const out: Discrepancy[] = [];
  const seen = new Set<string>();
  for (const [topic, holders] of df) {
    if (holders.length < 2 || holders.length > Math.max(3, maxShare * sents.length)) continue;
    if (NEGATION_CUES.has(topic) || isStopWord(topic) || /^\d/.test(topic)) continue;
    let best: { a: Sent; b: Sent; score: number; why: string } | null = null;
    // Only sentences with a negation or an antonym candidate can start a pair: keeps this linear-ish.
    const starters = holders.map((h, i) => [h, i] as const).filter(([h]) => h.scopes.length > 0 || holders.length <= 40);
    for (const [a, i] of starters) {
      if (a.scopes.length === 0 && holders.length > 40) continue;
      for (let j = 0; j < holders.length; j++) {
        const b = holders[j]!;
        if (a.articleId === b.articleId) continue;
        const pa = polarity(a, topic);
        const pb = polarity(b, topic);
        if (!pa || !pb) continue;
        let why: string | null = null;
        if (pa.neg && !pb.neg) {
          // The cue must govern a (non-light) verb whose object is the topic ("not given ... shelter"),
          // and the other sentence must use the same verb or a synonym on it ("providing shelter").
          const head = pa.neg.head;
          const same = negByArticle.get(b.articleId)?.has(`${pa.neg.cue}>${head}`) ?? false;
          if (!same && head !== null && pa.neg.verbHead && head !== topic && !LIGHT_VERBS.has(head) && pb.verbs.slice(-3).some((v) => sameVerb(head, v))) why = 'negation';
        } else if (!pa.neg && !pb.neg && i < j && pa.verbs.slice(-2).some((x) => pb.verbs.slice(-2).some((y) => areAntonyms(x, y)))) {
          why = 'antonym';
        }
        if (!why) continue;
        const shared = overlap(a.set, b.set) - 1;
        if (shared < (why === 'antonym' ? minOverlap + 2 : minOverlap)) continue;
        if (!best || shared > best.score) best = { a, b, score: shared, why };
      }
    }
    if (!best) continue;
    push(best.a, best.b, best.a.tokens[best.a.stems.indexOf(topic)]?.word ?? topic, best.why);
  }
  // Antonym substitutions and "no one was hurt" against "were hurt", best-aligned first.
  const more = [...findAntonymConflicts(sents, minOverlap + 2), ...findNegatedSubjectConflicts(sents, minOverlap + 2)].sort((x, y) => y.shared - x.shared);
  const used = new Set<string>();
  for (const c of more) {
    const k = `${c.why}:${c.word}`;
    if (used.has(k)) continue;
    used.add(k);
    push(c.a, c.b, c.word, c.why === 'negated-subject' ? 'negation' : 'antonym');
  }
  return out;

  function push(a: Sent, b: Sent, word: string, why: string): void {
    const key = [a.text, b.text].sort().join('\u0000');
    if (seen.has(key)) return;
    seen.add(key);
    const best = { a, b, why };
    out.push({
      kind: 'statement',
      severity: 'conflict',
      topic: word,
      description: best.why === 'negation'
        ? `statements about "${word}" contradict each other: one source negates what another affirms`
        : `statements about "${word}" use opposite verbs`,
      positions: [
        { value: best.why === 'negation' ? `negates: ${best.a.text}` : best.a.text, articleIds: [best.a.articleId], evidence: [best.a.text] },
        { value: best.why === 'negation' ? `affirms: ${best.b.text}` : best.b.text, articleIds: [best.b.articleId], evidence: [best.b.text] },
      ],
    });
  }
}
