import type { QuoteMention } from '../../model/quote.js';
import type { Span } from '../../model/text.js';
import { creditAfter, cueAfter, cueBefore, introducedBefore, soundbiteBefore, subjectOf, unknownVerbAfter, type CueMatch } from './cue-matcher.js';
import type { QuoteCandidate, QuoteContext } from './index.js';
import type { NameMention } from './person-name-finder.js';
import { createPronounResolver, nameGender, subjectPronounOf, type PersonRef } from './pronoun-resolver.js';

/**
 * Gives each quote its speaker, trying in order (the first that fires wins):
 * 1. a soundbite header ("(SOUNDBITE) ... NAME, SAYING:"), the most explicit form;
 * 2. the cue between the halves of a split quote, then right after the quote ("..., X said");
 *    a cue after the quote is preferred to one before it because news prose puts it there;
 * 3. a cue before the quote in its sentence ("X said (that) ... 'quote'", "according to X");
 *    tried before 2 when the words right before the quote introduce it ("that", ":", "said,");
 * 4. continuation: an earlier quote of the same paragraph, or the last quote of the previous
 *    paragraph when this quote opens its paragraph, or a previous paragraph ending in a colon;
 * 5. otherwise nobody: speaker null, attribution 'none'.
 * Pronouns are resolved to a person named before (pronoun-resolver); descriptions ("the
 * minister") to the person whose printed role holds the same head word, else kept as written.
 */

const SPEECH = /^(?:said|says|told|tells|added|responded|replied|wrote|writes|explained|argued|continued|declared|warned|insisted|stated|tweeted|asked|answered|recalled|put it)$/i;

export function resolveSpeakers(ctx: QuoteContext & { names: NameMention[]; refs: PersonRef[] }, cands: QuoteCandidate[]): QuoteMention[] {
  const refs = ctx.refs;
  const pronouns = createPronounResolver(refs, (i) => subjectPronounOf(ctx, i));
  const out: QuoteMention[] = [];
  for (const q of cands) {
    const para = ctx.paragraphOf(q.start);
    let match: CueMatch | null = soundbiteBefore(ctx.text, para.start, q.start);
    if (!match && q.gap !== null) match = cueAfter(ctx.tokens, ctx.tokenAt(q.gap), para.end);
    const s = ctx.sentences[ctx.sentenceOf(q.start)];
    const lo = ctx.tokenAt(s && s.start <= q.start ? s.start : para.start);
    const qi = ctx.tokenAt(q.start);
    // A quote introduced by the words before it ("X said that "..."") takes that cue first.
    if (!match && introducedBefore(ctx.tokens, qi)) match = cueBefore(ctx.tokens, lo, qi);
    const lastPart = q.parts[q.parts.length - 1]!;
    // Only a period closes the sentence: '"...?" Trump asked reporters' goes on after ? and !.
    const endsSentence = /\.$/.test(ctx.text.slice(lastPart.start, lastPart.end));
    if (!match) match = cueAfter(ctx.tokens, ctx.tokenAt(q.end), ctx.paragraphOf(q.end - 1).end, endsSentence);
    if (!match) match = cueBefore(ctx.tokens, lo, qi);
    if (!match) match = creditOrVerbAfter(ctx, q, endsSentence);
    if (match) {
      const m = fromMatch(ctx, match, q.start, pronouns, refs);
      out.push(mention(q, m));
      if (m.speaker !== null && m.speakerType === 'person') pronouns.add({ start: match.phrase.start, end: match.phrase.end, name: m.speaker, gender: match.phrase.name?.gender ?? nameGender(m.speaker), sentence: ctx.sentenceOf(q.start), speaker: true });
      continue;
    }
    const ctxMatch = contextCue(ctx, q);
    if (ctxMatch) {
      const m = fromMatch(ctx, ctxMatch, q.start, pronouns, refs);
      m.attribution = m.attribution === 'cue' ? 'continuation' : m.attribution;
      m.certainty = 'inferred';
      out.push(mention(q, m));
      continue;
    }
    const subj = subjectCue(ctx, q, lo, qi);
    if (subj) {
      const m = fromMatch(ctx, subj, q.start, pronouns, refs);
      m.cue = null;
      m.cueSpan = null;
      m.certainty = 'inferred';
      out.push(mention(q, m));
      continue;
    }
    const prev = continuationSource(ctx, out, q);
    if (prev) {
      out.push(mention(q, {
        speaker: prev.speaker, speakerSpan: prev.speakerSpan, speakerType: prev.speakerType, speakerRole: prev.speakerRole,
        antecedentSpan: prev.speakerSpan, attribution: 'continuation', cue: null, cueSpan: null, certainty: 'inferred',
      }));
      continue;
    }
    out.push(mention(q, { speaker: null, speakerSpan: null, speakerType: null, speakerRole: null, antecedentSpan: null, attribution: 'none', cue: null, cueSpan: null, certainty: 'explicit' }));
  }
  return out;
}

/**
 * The mention record, written out field by field: object spreads of this many fields were the
 * hottest spot of extraction (V8 copies them on a slow path, and the records then read slowly).
 */
function mention(q: QuoteCandidate, m: Attributed): QuoteMention {
  return {
    start: q.start, end: q.end, kind: q.form === 'full' ? 'direct' : 'partial', text: q.text, parts: q.parts,
    speaker: m.speaker, speakerSpan: m.speakerSpan, speakerType: m.speakerType, speakerRole: m.speakerRole,
    antecedentSpan: m.antecedentSpan, attribution: m.attribution, cue: m.cue, cueSpan: m.cueSpan,
    isFullQuote: q.form === 'full', tier: 1, certainty: m.certainty,
  };
}

type Attributed = Pick<QuoteMention, 'speaker' | 'speakerSpan' | 'speakerType' | 'speakerRole' | 'antecedentSpan' | 'attribution' | 'cue' | 'cueSpan' | 'certainty'>;

export function fromMatch(
  ctx: QuoteContext,
  match: CueMatch,
  pos: number,
  pronouns: ReturnType<typeof createPronounResolver>,
  refs: { name: string; start: number; end: number }[],
): Attributed {
  const p = match.phrase;
  const span: Span = { start: p.start, end: p.end };
  const cue = match.cue;
  const cueSpan = match.cueSpan;
  if (p.type === 'pronoun') {
    const r = pronouns.resolve(p.start, ctx.sentenceOf(p.start), p.pronoun);
    return { speakerSpan: span, cue, cueSpan, speaker: r?.name ?? null, speakerType: r ? 'person' : null, speakerRole: r ? ctx.roleOf(r.name) : null, antecedentSpan: r ? { start: r.start, end: r.end } : null, attribution: 'pronoun', certainty: 'inferred' };
  }
  if (p.type === 'person' && p.name) {
    const speaker = ctx.normalize(p.name.name);
    return { speakerSpan: span, cue, cueSpan, speaker, speakerType: 'person', speakerRole: p.role ?? ctx.roleOf(speaker), antecedentSpan: null, attribution: match.how === 'soundbite' ? 'soundbite' : 'cue', certainty: 'explicit' };
  }
  if (p.type === 'organisation' && p.name) {
    return { speakerSpan: span, cue, cueSpan, speaker: p.name.name, speakerType: 'organisation', speakerRole: null, antecedentSpan: null, attribution: 'cue', certainty: 'explicit' };
  }
  // A description: resolve "the minister" to the last person printed with that role word.
  const headWord = p.text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).pop()?.toLowerCase();
  const named = headWord ? resolveDescription(ctx, headWord, pos, refs) : null;
  if (named) return { speakerSpan: span, cue, cueSpan, speaker: named.name, speakerType: 'person', speakerRole: p.text, antecedentSpan: { start: named.start, end: named.end }, attribution: 'title', certainty: 'inferred' };
  return { speakerSpan: span, cue, cueSpan, speaker: p.text, speakerType: 'description', speakerRole: p.role, antecedentSpan: null, attribution: 'title', certainty: 'explicit' };
}

const ROLE_WORD_CACHE = new Map<string, string[]>();
function roleWords(role: string): string[] {
  let ws = ROLE_WORD_CACHE.get(role);
  if (!ws) {
    ws = role.toLowerCase().split(/\s+/);
    if (ROLE_WORD_CACHE.size > 5000) ROLE_WORD_CACHE.clear();
    ROLE_WORD_CACHE.set(role, ws);
  }
  return ws;
}

function resolveDescription(ctx: QuoteContext & Partial<{ names: NameMention[] }>, headWord: string, pos: number, _refs: unknown): { name: string; start: number; end: number } | null {
  const names = ctx.names ?? [];
  let best: NameMention | null = null;
  for (const n of names) {
    if (n.start >= pos) break;
    if (n.kind === 'person' && n.role && roleWords(n.role).includes(headWord)) best = n;
  }
  return best ? { name: ctx.normalize(best.name), start: best.start, end: best.end } : null;
}

/**
 * A quote opening its sentence, attributed by the sentence before it: the previous sentence of
 * the paragraph ("Smith called it a disgrace. "It is ..."") or, for a quote opening its
 * paragraph, a previous paragraph ending in a colon ("Smith continued:").
 */
function contextCue(ctx: QuoteContext, q: QuoteCandidate): CueMatch | null {
  const si = ctx.sentenceOf(q.start);
  const s = ctx.sentences[si];
  const prev = ctx.sentences[si - 1];
  if (!s || !prev || ctx.text.slice(s.start, q.start).trim() !== '') return null;
  const samePara = prev.paragraph === s.paragraph;
  if (!samePara && prev.paragraph !== s.paragraph - 1) return null;
  if (/["\u201c\u201d]/.test(prev.text)) return null; // a quote there: continuation handles it
  const m = cueBefore(ctx.tokens, ctx.tokenAt(prev.start), ctx.tokenAt(prev.end));
  // From the previous paragraph only a colon or a speech verb with a named speaker carries over.
  if (m && !samePara && !/:\s*$/.test(prev.text) && !(m.how === 'before' && (m.phrase.type === 'person' || m.phrase.type === 'pronoun') && SPEECH.test(m.cue))) return null;
  return m;
}

/** The last resorts after the quote: a credit line below it, or an unknown verb next to a name. */
function creditOrVerbAfter(ctx: QuoteContext, q: QuoteCandidate, endsSentence: boolean): CueMatch | null {
  const para = ctx.paragraphOf(q.end - 1);
  const k = ctx.tokenAt(q.end);
  const t = ctx.tokens[k];
  if (t && t.start >= para.end && ctx.text.slice(para.start, q.start).trim() === '') {
    const next = ctx.paragraphOf(t.start);
    return creditAfter(ctx.tokens, k, next.end);
  }
  const inPara = t !== undefined && t.start < para.end;
  if (inPara && DASH_CHARS.test(t.text)) return creditAfter(ctx.tokens, k, para.end);
  return endsSentence ? null : unknownVerbAfter(ctx.tokens, k, para.end);
}

const DASH_CHARS = /^[\u2014\u2013\u2015-]$/;

/**
 * A quote inside its sentence with no speech cue ("Smith thanked Obama for "taking ..."", "The
 * council voted for a resolution which said the city "condemns ...""): the clause subject is the
 * likeliest source, as inferred.
 */
function subjectCue(ctx: QuoteContext, q: QuoteCandidate, lo: number, qi: number): CueMatch | null {
  if (qi - lo < 2 || q.form !== 'full') return null;
  const p = subjectOf(ctx.tokens, lo, qi);
  if (!p || (p.type !== 'person' && p.type !== 'pronoun' && p.type !== 'organisation')) return null;
  const t = ctx.tokens[qi - 1]!;
  return { phrase: p, cue: '', cueSpan: { start: t.start, end: t.start }, how: 'subject' };
}

function continuationSource(ctx: QuoteContext, done: QuoteMention[], q: QuoteCandidate): QuoteMention | null {
  const para = ctx.paragraphOf(q.start);
  let last: QuoteMention | undefined;
  for (let i = done.length - 1; i >= 0 && !last; i--) if (done[i]!.speaker !== null || done[i]!.speakerSpan !== null) last = done[i];
  if (!last) return null;
  // The last attributed quote ends in this paragraph (it may have opened in an earlier one).
  if (last.end > para.start && last.start < q.start) return last;
  // This quote opens its paragraph and the previous paragraph holds the last attributed quote.
  const opens = ctx.text.slice(para.start, q.start).trim() === '';
  if (!opens) return null;
  const prevPara = ctx.paragraphOf(para.start - 1);
  if (prevPara.start === para.start) return null;
  if (prevPara && last.isFullQuote && last.end > prevPara.start && last.start < prevPara.end) return last;
  return null;
}
