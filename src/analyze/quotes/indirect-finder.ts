import type { QuoteMention } from '../../model/quote.js';
import { createPronounResolver, nameGender, subjectPronounOf, type PersonRef } from './pronoun-resolver.js';
import { fromMatch } from './attribution-resolver.js';
import { CUE_FILLERS, INDIRECT_CUES } from './cue-lexicon.js';
import type { QuoteContext } from './index.js';
import type { NameMention } from './person-name-finder.js';
import { phraseAfter, phraseBefore } from './speaker-phrase.js';

/**
 * Reported speech, the second tier: "X said (that) <clause>", "X told reporters (that) <clause>"
 * and "According to X, <clause>" in sentences holding no quote in double marks. The content
 * runs from after the cue (and "that") to the end of the sentence; at least four words.
 */

const MIN_WORDS = 4;
/** Verbs that carry reported speech without "that"; other cues need it ("X announced that ..."). */
const SAY = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'argued', 'claimed', 'insisted', 'warned', 'noted', 'stressed']);
const SKIP_AFTER_CUE = new Set(['that', 'on', 'in', 'at', 'earlier', 'later', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'today', 'yesterday', 'last', 'week', 'night', 'this', 'morning', 'afternoon', 'evening', ',']);

export function findIndirect(ctx: QuoteContext & { names: NameMention[]; refs: PersonRef[] }, direct: QuoteMention[]): QuoteMention[] {
  const out: QuoteMention[] = [];
  const refs = ctx.refs;
  const pronouns = createPronounResolver(refs, (i) => subjectPronounOf(ctx, i));
  for (const d of direct) {
    if (d.speaker !== null && d.speakerType === 'person' && d.speakerSpan) pronouns.add({ start: d.speakerSpan.start, end: d.speakerSpan.end, name: d.speaker, gender: nameGender(d.speaker), sentence: ctx.sentenceOf(d.start), speaker: true });
  }
  for (const s of ctx.sentences) {
    if (direct.some((d) => d.kind === 'direct' && d.start < s.end && d.end > s.start)) continue;
    const lo = ctx.tokenAt(s.start);
    const hi = ctx.tokenAt(s.end);
    const toks = ctx.tokens;
    for (let c = lo; c < hi; c++) {
      const t = toks[c]!;
      let k: number;
      let phraseEnd = -1;
      let cue = t.text;
      let cueSpan = { start: t.start, end: t.end };
      let phrase;
      if (t.lower === 'according' && toks[c + 1]?.lower === 'to' && c === lo) {
        phrase = phraseAfter(toks, c + 2);
        if (!phrase) break;
        k = ctx.tokenAt(phrase.end);
        if (toks[k]?.text !== ',') break;
        k++;
        cue = 'according to';
        cueSpan = { start: t.start, end: toks[c + 1]!.end };
      } else {
        if (t.cap || !INDIRECT_CUES.has(t.lower)) continue;
        let j = c;
        while (j - 1 >= lo && CUE_FILLERS.has(toks[j - 1]!.lower)) j--;
        phrase = phraseBefore(toks, j);
        if (!phrase || phrase.end !== toks[j - 1]?.end) continue;
        k = c + 1;
        if (toks[k]?.text === ',') continue; // parenthetical "..., officials said, ..."
        if (!SAY.has(t.lower) && toks[k]?.lower !== 'that') continue;
        if (t.lower === 'told' || t.lower === 'tells') {
          const obj = phraseAfter(toks, k);
          if (obj) k = ctx.tokenAt(obj.end);
        }
        phraseEnd = phrase.end;
      }
      while (k < hi && SKIP_AFTER_CUE.has(toks[k]!.lower)) k++;
      let e = hi - 1;
      while (e > k && !toks[e]!.word) e--;
      if (e - k + 1 < MIN_WORDS || k >= hi) break;
      const start = toks[k]!.start;
      const end = toks[e]!.end;
      const covered = direct.filter((d) => d.start < end && d.end > start).reduce((n, d) => n + Math.min(end, d.end) - Math.max(start, d.start), 0);
      if (covered * 2 >= end - start) break;
      const m = fromMatch(ctx, { phrase, cue, cueSpan, how: 'before' }, start, pronouns, refs);
      void phraseEnd;
      out.push({
        start, end, kind: 'indirect', text: ctx.text.slice(start, end), parts: [{ start, end }],
        speaker: m.speaker, speakerSpan: m.speakerSpan, speakerType: m.speakerType, speakerRole: m.speakerRole,
        antecedentSpan: m.antecedentSpan, attribution: m.attribution, cue: m.cue, cueSpan: m.cueSpan,
        isFullQuote: false, tier: 2, certainty: m.certainty,
      });
      break;
    }
  }
  return out;
}
