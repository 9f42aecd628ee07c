import type { QuoteMention } from '../../model/quote.js';
import type { Sentence, Span } from '../../model/text.js';
import { splitSentences } from '../sentence-splitter.js';
import { resolveSpeakers } from './attribution-resolver.js';
import { findIndirect } from './indirect-finder.js';
import { findPosts } from './post-finder.js';
import { createNameNormalizer, findNames } from './person-name-finder.js';
import { personRefs, type PersonRef } from './pronoun-resolver.js';
import { classifyQuoteForm } from './quote-form-classifier.js';
import { findQuoteSpans } from './quote-span-finder.js';
import { joinSplitQuotes, type JoinedQuote } from './split-quote-joiner.js';
import { tokenize, type Token } from './word-tokens.js';

/**
 * Quote extraction for one article, as candidates then refiners:
 * 1. quote-span-finder: spans in quote marks (multi-paragraph, single marks);
 * 2. split-quote-joiner: '"...," X said, "..."' becomes one quote (before attribution, so the
 *    cue between the halves is found once);
 * 3. quote-form-classifier: full quotes vs quoted terms; titles of works and nicknames dropped;
 * 4. attribution-resolver: soundbite header, cue after, cue before, continuation, pronouns;
 * 5. post-finder: social-media posts pasted into the text ("... — Name (@handle) Date"); quote
 *    marks inside a post belong to the post, so they are not attributed separately;
 * 6. indirect-finder: reported speech without marks, as a second tier (after 4, so sentences
 *    holding a direct quote are skipped).
 */

export interface ExtractQuotesOptions {
  /** Also report reported speech ("X said that ...") as kind 'indirect'. Default true. */
  indirect?: boolean;
  /** Keep quoted terms (kind 'partial'). Default true. */
  partial?: boolean;
}

/** The shared view of one article that the quote stages read. */
export interface QuoteContext {
  text: string;
  sentences: Sentence[];
  paragraphs: Span[];
  tokens: Token[];
  /** Index of the first token starting at or after `pos`. */
  tokenAt(pos: number): number;
  sentenceOf(pos: number): number;
  paragraphOf(pos: number): Span;
  normalize(name: string): string;
  /** The role printed with a person somewhere in the article ("Danish Prime Minister"), if any. */
  roleOf(name: string): string | null;
}

function lowerBound<T>(xs: T[], key: (x: T) => number, pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const PARA = /[^\n]+/g;

export function createQuoteContext(text: string, sentencesIn: Sentence[]): QuoteContext & { names: ReturnType<typeof findNames>; refs: PersonRef[] } {
  const sentences = sentencesIn.length > 0 || text.trim() === '' ? sentencesIn : splitSentences(text);
  const paragraphs: Span[] = [];
  PARA.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARA.exec(text)) !== null) if (m[0].trim() !== '') paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const tokens = tokenize(text);
  const names = findNames(text, tokens);
  const normalize = createNameNormalizer(names);
  const roles = new Map<string, string>();
  for (const n of names) if (n.kind === 'person' && n.role && !roles.has(normalize(n.name))) roles.set(normalize(n.name), n.role);
  const sentenceOf = (pos: number): number => Math.max(0, lowerBound(sentences, (s) => s.start, pos + 1) - 1);
  return {
    text, sentences, paragraphs, tokens, names, normalize,
    // Persons a pronoun may stand for; computed once, read by the direct and the indirect stage.
    refs: personRefs(names, sentenceOf, normalize),
    roleOf: (name) => roles.get(name) ?? null,
    tokenAt: (pos) => lowerBound(tokens, (t) => t.start, pos),
    sentenceOf,
    paragraphOf: (pos) => paragraphs[Math.max(0, lowerBound(paragraphs, (p) => p.start, pos + 1) - 1)] ?? { start: 0, end: text.length },
  };
}

export interface QuoteCandidate extends JoinedQuote {
  text: string;
  form: 'full' | 'partial';
}

/** Extracts quotes with their speakers from one article's text. */
export function extractQuotes(text: string, sentences: Sentence[], opts: ExtractQuotesOptions = {}): QuoteMention[] {
  const ctx = createQuoteContext(text, sentences);
  const candidates: QuoteCandidate[] = [];
  for (const q of joinSplitQuotes(text, findQuoteSpans(text))) {
    const inner = q.parts.map((p) => text.slice(p.start, p.end)).join(' ');
    const s0 = ctx.sentences[ctx.sentenceOf(q.start)];
    const s1 = ctx.sentences[ctx.sentenceOf(q.end - 1)];
    const prefix = text.slice(s0 && s0.start <= q.start ? s0.start : ctx.paragraphOf(q.start).start, q.start);
    const suffix = text.slice(q.end, s1 && s1.end >= q.end ? s1.end : ctx.paragraphOf(q.end - 1).end);
    const form = classifyQuoteForm(q, inner, prefix, suffix);
    if (form === 'title' || form === 'nickname') continue;
    if (form === 'partial' && opts.partial === false) continue;
    candidates.push({ ...q, text: inner, form });
  }
  const posts = findPosts(ctx);
  const inPost = (q: QuoteCandidate): boolean => posts.some((p) => q.start < p.end + 200 && q.end > p.start && ctx.paragraphOf(q.start).start === ctx.paragraphOf(p.start).start);
  const quotes = [...resolveSpeakers(ctx, candidates.filter((q) => !inPost(q))), ...posts];
  if (opts.indirect !== false) quotes.push(...findIndirect(ctx, quotes));
  return quotes.sort((a, b) => a.start - b.start);
}
