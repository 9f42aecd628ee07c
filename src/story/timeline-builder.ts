import { dateOfValue } from '../analyze/time/index.js';
import type { AnalyzedArticle } from '../model/analyzed.js';
import type { TimelineEntry } from '../model/time.js';
import { contentWords, overlapRatio } from './timeline-merger.js';
import { reanchorArticles } from './timeline-reanchor.js';

/**
 * The story timeline: every sentence that dates an event (a resolved day, month, year, week,
 * season or quarter) becomes an entry; entries of one date whose sentences state the same thing
 * (content-word overlap >= `mergeThreshold` of the shorter) merge and cite every article.
 *
 * Anchors: articles are first re-anchored with the publication-date checker (a suspect header
 * date is replaced by the text's date; an article without a date takes the story's date), so
 * "on Sunday" in such an article lands on the right day.
 *
 * Order: by date, a partial date before the more precise dates inside it (2019, then 2019-03,
 * then 2019-03-05): a year or month is placed at its start. Weeks sort at their Monday, seasons
 * and quarters at their first month. Equal keys keep the order of first appearance.
 */

export interface TimelineOptions {
  /** Re-anchor articles with the publication-date checker first; default true. */
  reanchor?: boolean;
  mergeThreshold?: number;
  /** Sentences with fewer lower-case content words besides the date are not events (datelines, credits); default 2. */
  minWords?: number;
}

const SEASON_MONTH: Record<string, string> = { SP: '03', SU: '06', FA: '09', WI: '12' };

/** A key that sorts TIMEX3 date values chronologically, partial dates at their start. */
export function timelineSortKey(date: string): string {
  let m = /^(\d{4})-W(\d\d)/.exec(date);
  if (m) {
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(m[2]) - 1) * 7 * 86_400_000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  m = /^(\d{4})-Q(\d)/.exec(date);
  if (m) return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}`;
  m = /^(\d{4})-(SP|SU|FA|WI)/.exec(date);
  if (m) return `${m[1]}-${SEASON_MONTH[m[2]!]}`;
  return date;
}

const LOWER_WORD = /(?<![\p{L}'\u2019-])\p{Ll}{3,}(?![\p{L}'\u2019-])/gu;

/** Lower-case content words: a dateline ("TOKYO, Sep 10, 2019, Kyodo, AFP") or a "Published:"
 *  line has names and the date but no words that state an event. */
function lowerWords(s: string): number {
  let n = 0;
  for (const m of s.matchAll(LOWER_WORD)) if (contentWords(m[0]).size) n++;
  return n;
}

interface Draft extends TimelineEntry { words: Set<string>; order: number }

export function buildTimeline(items: AnalyzedArticle[], opts: TimelineOptions = {}): TimelineEntry[] {
  const threshold = opts.mergeThreshold ?? 0.5;
  const minWords = opts.minWords ?? 2;
  const arts = opts.reanchor === false ? items : reanchorArticles(items);
  const byDate = new Map<string, Draft[]>();
  let order = 0;
  for (const it of arts) {
    const id = it.article.id;
    const seen = new Set<string>();
    for (const t of it.timexes) {
      if (t.kind !== 'date' && t.kind !== 'time') continue;
      const date = dateOfValue(t.value);
      if (!date || t.sentence < 0) continue;
      const sent = it.sentences[t.sentence]!;
      const key = `${date}|${t.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const rest = sent.text.slice(0, t.start - sent.start) + sent.text.slice(t.end - sent.start);
      const words = contentWords(rest);
      if (lowerWords(rest) < minWords) continue;
      const list = byDate.get(date) ?? [];
      byDate.set(date, list);
      const match = list.find((d) => overlapRatio(d.words, words) >= threshold);
      if (match) {
        if (!match.articleIds.includes(id)) match.articleIds.push(id);
        match.evidence.push({ articleId: id, sentence: sent.text, expression: t.text });
        for (const w of words) match.words.add(w);
        continue;
      }
      list.push({ date, text: sent.text, articleIds: [id], evidence: [{ articleId: id, sentence: sent.text, expression: t.text }], words, order: order++ });
    }
  }
  const all = [...byDate.values()].flat();
  all.sort((a, b) => {
    const ka = timelineSortKey(a.date);
    const kb = timelineSortKey(b.date);
    return ka < kb ? -1 : ka > kb ? 1 : b.articleIds.length - a.articleIds.length || a.order - b.order;
  });
  return all.map(({ words: _w, order: _o, ...e }) => e);
}

