import { type Ymd, daysBetween, fmtDay, parseIsoDate, weekday } from '../analyze/time/date-math.js';
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { Discrepancy } from '../model/claim.js';
import { type DateEvidence, collectDateEvidence, headerDate, placeNear, weekdayName } from './publication-date-evidence.js';
import { distanceOutside, relativeDateEvidence } from './publication-date-relative.js';

/**
 * Checks each article's stated publication date against the dates its own text anchors and the
 * story's consensus date, and chooses the anchor that article's relative expressions should be
 * resolved against.
 *
 * - A date written with its weekday ("Saturday (March 6)") fixes a day by itself. When every
 *   such date of an article lies more than `maxDriftDays` from its header date, the header is
 *   suspect: a 'publication-date' discrepancy is reported and the text's date becomes its anchor.
 * - A date without a year that, placed next to the header, falls after it (an article cannot
 *   report on a day that has not come), and that agrees with the story's date, is evidence too.
 * - "yesterday" or "on Sunday" in a sentence that states what another article dates explicitly
 *   implies the article's date (the day after; the same week): more than `maxDriftDays` away from
 *   the header, that is evidence as well.
 * - The story's date is the date most articles support (header or weekday+date), each article
 *   counted once; mentions of its month and day add half a vote.
 * - Articles without a header date get an anchor as well: their own weekday+date, else the
 *   story's date. These appear in `correctedAnchors` (source 'text' or 'story') without a
 *   discrepancy.
 */

export interface AnchorChoice {
  date: string | null;
  source: 'header' | 'text' | 'story' | 'none';
}

export interface PublicationDateResult {
  discrepancies: Discrepancy[];
  /** Article id -> the anchor to re-resolve its relative expressions with (flagged or missing header). */
  correctedAnchors: Record<string, string>;
  /** Every article's anchor and where it came from. */
  anchors: Record<string, AnchorChoice>;
  /** The story's consensus date, when there is one. */
  storyDate: string | null;
}

export interface PublicationDateOptions {
  /** How far (days) a header may lie after the date its text anchors; default 7. */
  maxDriftDays?: number;
}

function storyConsensus(items: AnalyzedArticle[], ev: Map<string, DateEvidence[]>): string | null {
  const score = new Map<string, number>();
  const add = (d: string, w: number): void => { score.set(d, (score.get(d) ?? 0) + w); };
  for (const it of items) {
    const own = new Set<string>();
    for (const e of ev.get(it.article.id) ?? []) if (e.strength === 'weekday-date' && e.date) own.add(e.date);
    const h = headerDate(it);
    if (own.size) for (const d of own) add(d, 1 / own.size);
    else if (h) add(fmtDay(h), 1);
  }
  if (score.size === 0) return null;
  for (const it of items) {
    const mds = new Set((ev.get(it.article.id) ?? []).map((e) => `${e.month}-${e.day}`));
    for (const d of score.keys()) {
      const y = parseIsoDate(d)!;
      if (mds.has(`${y.m}-${y.d}`)) add(d, 0.5);
    }
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]![0];
}

const quote = (e: DateEvidence): string => `"${e.expression}"`;

export function checkPublicationDates(items: AnalyzedArticle[], opts: PublicationDateOptions = {}): PublicationDateResult {
  const maxDrift = opts.maxDriftDays ?? 7;
  const years = [...new Set(items.map((i) => headerDate(i)?.y).filter((y): y is number => y !== undefined))];
  const ev = new Map<string, DateEvidence[]>();
  for (const it of items) ev.set(it.article.id, collectDateEvidence(it, years));
  const storyDate = storyConsensus(items, ev);
  const story = parseIsoDate(storyDate);
  const discrepancies: Discrepancy[] = [];
  const correctedAnchors: Record<string, string> = {};
  const anchors: Record<string, AnchorChoice> = {};
  const suspect = new Set<string>();

  for (const it of items) {
    const id = it.article.id;
    const evs = ev.get(id) ?? [];
    const h = headerDate(it);
    const own = evs.filter((e) => e.strength === 'weekday-date' && e.date);
    if (!h) {
      const d = own[0]?.date ?? storyDate;
      anchors[id] = d ? { date: d, source: own[0] ? 'text' : 'story' } : { date: null, source: 'none' };
      if (d) correctedAnchors[id] = d;
      continue;
    }
    // Lead with the explicit weekday+date; then a year-less date lying after the header.
    let evidence: DateEvidence | undefined;
    let textDate: Ymd | null = null;
    if (own.length && own.every((e) => Math.abs(daysBetween(h, parseIsoDate(e.date)!)) > maxDrift)) {
      evidence = story ? own.reduce((a, b) => (Math.abs(daysBetween(story, parseIsoDate(b.date)!)) < Math.abs(daysBetween(story, parseIsoDate(a.date)!)) ? b : a)) : own[0]!;
      textDate = parseIsoDate(evidence.date);
    } else if (!own.length && story && Math.abs(daysBetween(h, story)) > maxDrift) {
      evidence = evs.find((e) => e.strength === 'month-day' && daysBetween(h, placeNear(e, h)) > 1 && Math.abs(daysBetween(story, placeNear(e, story))) <= maxDrift);
      if (evidence) textDate = story;
    }
    if (!evidence && !own.length) {
      const rel = relativeDateEvidence(it, items, suspect);
      if (rel && distanceOutside(h, rel) > maxDrift) {
        textDate = parseIsoDate(rel.date);
        evidence = { articleId: id, date: rel.date, month: textDate!.m, day: textDate!.d, strength: 'month-day', expression: `${rel.expression}" (as ${rel.otherId} dates it: "${rel.otherSentence}`, sentence: rel.sentence };
      }
    }
    if (!evidence || !textDate) { anchors[id] = { date: fmtDay(h), source: 'header' }; continue; }
    suspect.add(id);
    const corrected = fmtDay(textDate);
    correctedAnchors[id] = corrected;
    anchors[id] = { date: corrected, source: 'text' };
    const agreeing = items.filter((o) => o.article.id !== id && storyDate === corrected && (headerDate(o) ? fmtDay(headerDate(o)!) === corrected : (ev.get(o.article.id) ?? []).some((e) => e.date === corrected || (e.month === textDate!.m && e.day === textDate!.d)))).map((o) => o.article.id);
    const wd = evidence.strength === 'weekday-date' ? ` (a ${weekdayName(weekday(textDate))})` : '';
    discrepancies.push({
      kind: 'publication-date',
      description: `${id} is dated ${fmtDay(h)}, but its text says ${quote(evidence)} = ${corrected}${wd}${agreeing.length ? `, the date ${agreeing.join(', ')} give${agreeing.length === 1 ? 's' : ''} as well` : ''}: the header date is suspect.`,
      positions: [
        { value: fmtDay(h), articleIds: [id], evidence: [`${id}: publication date ${it.article.publishedAt ?? fmtDay(h)} (${it.article.publishedAtSource ?? 'stated'})`] },
        { value: corrected, articleIds: [id, ...agreeing], evidence: [`${id}: ${evidence.sentence}`, ...agreeing.map((a) => `${a}: ${storyEvidence(items.find((o) => o.article.id === a)!, ev, corrected)}`)] },
      ],
    });
  }
  return { discrepancies, correctedAnchors, anchors, storyDate };
}

function storyEvidence(it: AnalyzedArticle, ev: Map<string, DateEvidence[]>, date: string): string {
  const y = parseIsoDate(date)!;
  const e = (ev.get(it.article.id) ?? []).find((x) => x.date === date || (x.month === y.m && x.day === y.d));
  if (e) return e.sentence;
  return `publication date ${it.article.publishedAt ?? date}`;
}
