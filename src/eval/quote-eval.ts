import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../analyze/quotes/index.js';
import { splitSentences } from '../analyze/sentence-splitter.js';
import { CrosscheckError } from '../errors.js';
import type { QuoteMention } from '../model/quote.js';
import type { Span } from '../model/text.js';
import { parseBrat, quotedShare, type GoldAttribution } from './quote-brat-reader.js';

/**
 * Scores quote extraction on PolNeAR (data/<split>/text/*.txt + data/<split>/attributions/*.ann).
 *
 * What is counted (documented in the report too):
 * - Gold direct quotes: attributions whose Content has at least DIRECT_SHARE of its non-space
 *   characters inside double quote marks (quote-brat-reader.quotedShare). Where a text has
 *   several annotators' files, the first by name is used.
 * - Predicted quotes (isPrediction): mentions of kind 'direct' or 'post', and 'partial' fragments
 *   that carry an attribution; unattributed fragments (scare quotes, terms) and 'indirect' speech
 *   are not predictions of a direct quote.
 * - Match: a predicted part overlaps a gold content fragment by at least one character.
 *   Precision: predictions overlapping a gold direct content / predictions, where a prediction
 *   overlapping only gold contents below DIRECT_SHARE is left out (the gold marks it as an
 *   attribution, but not as a direct one by our threshold) and counted apart as "borderline".
 *   Recall: gold direct contents overlapped by a prediction / gold direct contents.
 * - Speaker accuracy, over matched gold direct quotes (best-overlapping prediction): correct when
 *   the predicted speaker span or its antecedent span overlaps the gold Source span; when the
 *   predicted speaker is a named person whose last name occurs in the gold Source text (the same
 *   person, marked by the annotator at another mention, e.g. "Roloson" for "Melissa Roloson"); when the
 *   gold Source is a pronoun, also when the predicted speaker's last name occurs in the nearest
 *   earlier non-pronoun gold Source (the pronoun's antecedent); when the gold has no Source,
 *   correct when the prediction names nobody; when the gold Source is a relative pronoun ("Mike
 *   Lee, who declared"), also when the predicted speaker span ends right before it (", " between).
 */

export const DIRECT_SHARE = 0.5;
const PRONOUN = /^(he|she|they|i|we|it|you|him|her|them)$/i;
const RELATIVE = /^(who|which|that)$/i;

export interface QuoteEvalResult {
  split: string;
  documents: number;
  gold: number;
  predicted: number;
  truePositives: number;
  borderline: number;
  matchedGold: number;
  precision: number;
  recall: number;
  f1: number;
  speakerCorrect: number;
  speakerTotal: number;
  speakerAccuracy: number;
  /** Speaker accuracy counting span overlap only (no same-name or pronoun-antecedent rule). */
  speakerSpanAccuracy: number;
  errors: { doc: string; gold: string; goldSource: string | null; predicted: string | null; how: string; quote: string; context: string }[];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const overlapLen = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function spansOverlap(a: Span[], b: Span[]): boolean {
  return a.some((x) => b.some((y) => overlaps(x, y)));
}

export function evaluateQuotes(dir: string, split: string, opts: { maxErrors?: number } = {}): QuoteEvalResult {
  const base = join(dir, 'data', split);
  if (!existsSync(join(base, 'text')) || !existsSync(join(base, 'attributions'))) {
    throw new CrosscheckError('CC_EVAL_DATA', `no PolNeAR split at ${base} (expected text/ and attributions/)`);
  }
  const anns = readdirSync(join(base, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const r = { gold: 0, predicted: 0, tp: 0, borderline: 0, matched: 0, spk: 0, spkSpan: 0, spkTotal: 0, docs: 0 };
  const errors: QuoteEvalResult['errors'] = [];
  for (const tf of readdirSync(join(base, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const stem = tf.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${stem}_`));
    if (!ann) continue;
    r.docs++;
    const text = readFileSync(join(base, 'text', tf), 'utf8');
    const gold = parseBrat(readFileSync(join(base, 'attributions', ann), 'utf8'), text);
    const direct = gold.filter((g) => quotedShare(text, g.content) >= DIRECT_SHARE);
    const other = gold.filter((g) => !direct.includes(g));
    const preds = extractQuotes(text, splitSentences(text)).filter(isPrediction);
    r.gold += direct.length;
    for (const p of preds) {
      if (direct.some((g) => spansOverlap(p.parts, g.content))) { r.predicted++; r.tp++; }
      else if (other.some((g) => spansOverlap(p.parts, g.content))) r.borderline++;
      else r.predicted++;
    }
    for (const g of direct) {
      let best: QuoteMention | null = null;
      let bestLen = 0;
      for (const p of preds) {
        const len = p.parts.reduce((n, x) => n + g.content.reduce((m, y) => m + overlapLen(x, y), 0), 0);
        if (len > bestLen) { best = p; bestLen = len; }
      }
      if (!best) continue;
      r.matched++;
      r.spkTotal++;
      const [ok, spanOk] = speakerCorrect(best, g, gold, text);
      if (ok) r.spk++;
      if (spanOk) r.spkSpan++;
      if (!ok && errors.length < (opts.maxErrors ?? 0)) {
        errors.push({ doc: stem, gold: g.id, goldSource: g.sourceText, predicted: best.speaker ?? (best.speakerSpan ? text.slice(best.speakerSpan.start, best.speakerSpan.end) : null), how: best.attribution, quote: best.text.slice(0, 60), context: text.slice(Math.max(0, best.start - 150), best.end + 120).replace(/\s+/g, ' ') });
      }
    }
  }
  const precision = r.predicted === 0 ? 0 : r.tp / r.predicted;
  const recall = r.gold === 0 ? 0 : r.matched / r.gold;
  return {
    split, documents: r.docs, gold: r.gold, predicted: r.predicted, truePositives: r.tp, borderline: r.borderline,
    matchedGold: r.matched, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerCorrect: r.spk, speakerTotal: r.spkTotal, speakerAccuracy: r.spkTotal === 0 ? 0 : r.spk / r.spkTotal,
    speakerSpanAccuracy: r.spkTotal === 0 ? 0 : r.spkSpan / r.spkTotal, errors,
  };
}

function speakerCorrect(p: QuoteMention, g: GoldAttribution, all: GoldAttribution[], text: string): [boolean, boolean] {
  if (!g.source) return [p.speaker === null, p.speaker === null];
  const spans = [p.speakerSpan, p.antecedentSpan].filter((s): s is Span => s !== null);
  const spanOk = spans.some((s) => g.source!.some((x) => overlaps(s, x)));
  if (spanOk) return [true, true];
  // A relative pronoun marked as the Source ("Mike Lee, who declared ..."): the phrase right before it is the same speaker.
  if (g.sourceText && RELATIVE.test(g.sourceText.trim())) {
    const at = g.source[0]!.start;
    if (spans.some((s) => s.end <= at && /^[\s,]{0,3}$/.test(text.slice(s.end, at)))) return [true, false];
  }
  // The same named person, printed at another mention than the one the annotator marked.
  if (p.speaker && p.speakerType === 'person' && g.sourceText && !PRONOUN.test(g.sourceText.trim())) {
    const last = p.speaker.split(/\s+/).pop()!.toLowerCase();
    if (g.sourceText.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(last)) return [true, false];
  }
  if (g.sourceText && PRONOUN.test(g.sourceText.trim()) && p.speaker) {
    const at = g.source[0]!.start;
    const ante = all
      .filter((o) => o.source && o.sourceText && !PRONOUN.test(o.sourceText.trim()) && o.source[0]!.start < at)
      .sort((a, b) => b.source![0]!.start - a.source![0]!.start)[0];
    const last = p.speaker.split(/\s+/).pop()!.toLowerCase();
    if (ante && ante.sourceText!.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(last)) return [true, false];
  }
  return [false, false];
}

/**
 * Which mentions count as predicted quotes of speech: full quotes and posts, and quoted fragments
 * ('partial') that carry an attribution; a fragment nobody is said to have spoken is a scare
 * quote or a quoted term, not a prediction.
 */
export function isPrediction(q: QuoteMention): boolean {
  if (q.kind === 'direct' || q.kind === 'post') return true;
  return q.kind === 'partial' && q.attribution !== 'none';
}
