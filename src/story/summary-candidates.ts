/**
 * The sentence pool of a story summary: every sentence of every article, minus boilerplate
 * (too short, no verb-like word, headline lines with no final punctuation, credits, links,
 * soundbite markers, photo-gallery captions, sentences built on a template repeated inside the
 * article) and, unless asked, quote-only sentences (a report's summary reports; quotes have their
 * own section).
 * Identical sentences carried by several articles (wire copies) become one candidate.
 */
import type { AnalyzedArticle } from '../model/analyzed.js';

export interface Candidate {
  text: string;
  /** Articles carrying this exact sentence (after whitespace/quote-mark normalisation). */
  carriers: string[];
  articleId: string;
  /** Position of the sentence in its first carrier (0 = lead). */
  position: number;
  /** Sentences in the first carrier, for position weighting. */
  articleLength: number;
  /** A time expression (from the time analyzer) lies in the sentence. */
  hasTime: boolean;
  /** Span of the sentence in the first carrier's text. */
  start: number;
  end: number;
}

// Web-scrape furniture: photo-gallery counters and captions ("Hide Caption 3 of 23", "8/37 ..."), picture credits.
const GALLERY_RE = /\b(?:hide caption|photos?:|getty images|shutterstock|istockphoto|image credit|photo credit)\b|(?:^|\s)\d{1,3}\/\d{1,3}\s+\p{Lu}|\b\d{1,3} of \d{1,3} photos\b/iu;
const BOILERPLATE_RE = /(?:copyright|all rights reserved|click here|subscribe|sign up|newsletter|pic\.twitter\.com|https?:\/\/|\breports\.$|\(SOUNDBITE\)|read more|follow us|with reporting by|contributed to this report|^\W*(?:photo|image|file photo|video)\b)/i;
const VERB_HINT_RE = /\b(?:\p{Ll}+(?:ed|s)|is|are|was|were|has|have|had|will|said|says|met|made|took|gave|won|lost|led|left|held|went|came|saw|told|began|became|urged|said)\b/u;
const QUOTE_RE = /["\u201c\u201d]([^"\u201c\u201d]*)["\u201c\u201d]?/g;

function quotedShare(s: string): number {
  let q = 0;
  for (const m of s.matchAll(QUOTE_RE)) q += m[0].length;
  return q / Math.max(1, s.length);
}

const DATELINE_RE = /^\p{Lu}[\p{Lu} .,'’-]{2,40}(?:\s*\([^)]{1,40}\))?\s*(?:[-–—•|]{1,2}|:)\s+(?=\p{Lu})/u;
const DATE_HEADER_RE = /^date \d{4}-\d\d-\d\d\s+/;
const STRAIGHT_QUOTES_RE = /"/g;

/** Drops a dateline prefix ("OSLO (REUTERS, AFP) - ") from a lead sentence. */
export function stripDateline(s: string): string {
  return s.replace(DATE_HEADER_RE, '').replace(DATELINE_RE, '');
}

/** A sentence that continues a quote opened earlier: a closing quote comes before any opening one. */
function continuesQuote(s: string): boolean {
  const close = s.search(/\u201d/);
  const open = s.search(/\u201c/);
  if (close >= 0 && (open < 0 || close < open)) return true;
  const straight = (s.match(STRAIGHT_QUOTES_RE) ?? []).length;
  return straight % 2 === 1 && !/^"/.test(s) && /"\s*,?\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:said|says|added|told|wrote)\b|,"\s/u.test(s);
}

/** `quotes`: keep sentences that quote (a reader-facing report leaves quotes to its quotes section). */
export function isSummarisable(s: string, quotes = false): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length < 7 || words.length > 70) return false;
  if (!/[.!?]["'\u201d\u2019)]?$/.test(s)) return false;
  if (BOILERPLATE_RE.test(s) || GALLERY_RE.test(s)) return false;
  if (!VERB_HINT_RE.test(s)) return false;
  if (!quotes && (/^["\u201c\u2018']/.test(s) || quotedShare(s) > 0.5 || continuesQuote(s))) return false;
  if (s === s.toUpperCase()) return false;
  return true;
}

export function normaliseSentence(s: string): string {
  return s.toLowerCase().replace(/[\u201c\u201d\u2018\u2019"']/g, '').replace(/\s+/g, ' ').trim();
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;
const TEMPLATE_N = 6;
const TEMPLATE_MIN = 3;

const LOWER_RE = /^\p{Ll}/u;

/** Word n-grams of a sentence, skipping those mostly capitalised (a name with its title repeats in prose). */
function shingles(s: string): Set<string> {
  const toks = s.match(TOKEN_RE) ?? [];
  const lower = toks.map((t) => (LOWER_RE.test(t) ? 1 : 0));
  const out = new Set<string>();
  for (let i = 0; i + TEMPLATE_N <= toks.length; i++) {
    let l = 0;
    for (let j = i; j < i + TEMPLATE_N; j++) l += lower[j]!;
    if (2 * l >= TEMPLATE_N) out.add(toks.slice(i, i + TEMPLATE_N).join(' ').toLowerCase());
  }
  return out;
}

/**
 * Sentences built on a template repeated inside one article (gallery captions, "Read more: ..."
 * lines, repeated bylines): a word 6-gram, at least half lower-case words (so not a name with its
 * title), found in 3 or more of its sentences. Prose does not repeat six words in a row three
 * times; page furniture does.
 */
export function templateSentences(texts: string[]): Set<number> {
  const sh = texts.map(shingles);
  const df = new Map<string, number>();
  for (const set of sh) for (const g of set) df.set(g, (df.get(g) ?? 0) + 1);
  const out = new Set<number>();
  sh.forEach((set, i) => {
    for (const g of set) if (df.get(g)! >= TEMPLATE_MIN) { out.add(i); break; }
  });
  return out;
}

export function collectCandidates(items: AnalyzedArticle[], opts: { quotes?: boolean } = {}): Candidate[] {
  const byNorm = new Map<string, Candidate>();
  const out: Candidate[] = [];
  for (const it of items) {
    let pos = 0;
    const timed = new Set(it.timexes.map((t) => t.sentence));
    const template = templateSentences(it.sentences.map((s) => s.text));
    const usable = it.sentences.filter((s, i) => !template.has(i) && isSummarisable(s.text, opts.quotes ?? false));
    for (const s of usable) {
      const position = pos++;
      const text = stripDateline(s.text);
      const key = normaliseSentence(text);
      const known = byNorm.get(key);
      if (known) {
        if (!known.carriers.includes(it.article.id)) known.carriers.push(it.article.id);
        continue;
      }
      const c: Candidate = { text, carriers: [it.article.id], articleId: it.article.id, position, articleLength: usable.length, hasTime: timed.has(s.index), start: s.start, end: s.end };
      byNorm.set(key, c);
      out.push(c);
    }
  }
  return out;
}
