import { type Ymd, addDays, daysBetween, fmtDay, parseIsoDate, weekday } from '../analyze/time/date-math.js';
import type { AnalyzedArticle } from '../model/analyzed.js';
import { contentWords, overlapRatio } from './timeline-merger.js';

/**
 * Evidence for an article's date from its relative expressions: when it says "yesterday" (or
 * "on Sunday") in a sentence that states what another article dates explicitly ("on March 14"),
 * its own date follows: the day after (or the first such weekday up to six days after).
 */

export interface RelativeEvidence {
  /** The publication date the text implies (the earliest one for a weekday). */
  date: string;
  /** For a weekday: the last date it could be published and still say "on Sunday". */
  latest: string;
  expression: string;
  sentence: string;
  /** The other article, and its sentence, that dates the same statement. */
  otherId: string;
  otherSentence: string;
}

const DAY_WORD = /^(?:yesterday|last\s+night)|^(today|tonight|this\s+(?:morning|afternoon|evening))|^(tomorrow)/i;
const WEEKDAY_VALUE = /^(?:\d{4}-\d\d-\d\d|XXXX-WXX-(\d))/;

interface Dated { id: string; date: Ymd; sentence: string; words: Set<string> }

/** Explicit day-level dates of the other articles with their sentences. */
function datedStatements(items: AnalyzedArticle[], exclude: Set<string>): Dated[] {
  const out: Dated[] = [];
  for (const it of items) {
    if (exclude.has(it.article.id)) continue;
    for (const t of it.timexes) {
      if (t.stated?.day === undefined) continue;
      const d = parseIsoDate(t.value);
      const s = it.sentences[t.sentence];
      if (d && s) out.push({ id: it.article.id, date: d, sentence: s.text, words: contentWords(s.text) });
    }
  }
  return out;
}

export function relativeDateEvidence(item: AnalyzedArticle, items: AnalyzedArticle[], suspect: Set<string>, threshold = 0.5): RelativeEvidence | null {
  const others = datedStatements(items, new Set([item.article.id, ...suspect]));
  if (others.length === 0) return null;
  for (const t of item.timexes) {
    if (t.source !== 'weekday' && t.source !== 'day-offset') continue;
    const s = item.sentences[t.sentence];
    if (!s) continue;
    const words = contentWords(s.text.slice(0, t.start - s.start) + s.text.slice(t.end - s.start));
    const match = others.find((o) => overlapRatio(o.words, words) >= threshold);
    if (!match) continue;
    const base = { expression: t.text, sentence: s.text, otherId: match.id, otherSentence: match.sentence };
    if (t.source === 'day-offset') {
      const m = DAY_WORD.exec(t.text);
      if (!m) continue;
      const offset = m[1] ? 0 : m[2] ? -1 : 1; // yesterday: published the day after
      const d = fmtDay(addDays(match.date, offset));
      return { ...base, date: d, latest: d };
    }
    const wm = WEEKDAY_VALUE.exec(t.value);
    if (!wm) continue;
    const wd = wm[1] ? Number(wm[1]) % 7 : weekday(parseIsoDate(t.value)!);
    if (weekday(match.date) !== wd) continue; // names another day: no evidence
    return { ...base, date: fmtDay(match.date), latest: fmtDay(addDays(match.date, 6)) };
  }
  return null;
}

/** Days by which `header` lies outside the dates the evidence allows (0 when inside). */
export function distanceOutside(header: Ymd, e: RelativeEvidence): number {
  const before = daysBetween(header, parseIsoDate(e.date)!);
  const after = daysBetween(parseIsoDate(e.latest)!, header);
  return Math.max(0, before, after);
}
