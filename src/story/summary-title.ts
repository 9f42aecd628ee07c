/**
 * A story title: the article title (or, with none, a headline line printed in the body) closest to what the story's articles say (content-word
 * overlap with the summary and with the other titles), else the lead sentence compressed to its
 * main clause (parentheses dropped, cut at a clause break, at most `maxWords` words).
 */
import type { Article } from '../model/article.js';
import { contentWords, overlap } from './content-words.js';

const NOT_A_TITLE_RE = /https?:|pic\.twitter|@\w|#\w|^(?:key moments|live|photos?|video|watch)\b/i;

const TRAILING_FUNCTION_RE = /\s+(?:of|in|to|the|a|an|and|or|over|for|with|on|at|by|from|its|their|his|her|as|that|which|who)$/i;

export function compressSentence(s: string, maxWords = 14): string {
  // Drop parentheses and a short aside between commas ("X, in Y on Sunday, urged ..." -> "X urged ...").
  let t = s.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  t = t.replace(/^([^,]{3,80}?),\s([^,]{3,60}?),\s(?=\p{Ll})/u, (m, a: string, b: string) => (b.split(' ').length <= 6 ? `${a} ` : m));
  const cut = /,\s|\s[-–—]{1,2}\s|;\s/.exec(t);
  if (cut && t.slice(0, cut.index).split(' ').length >= 6) t = t.slice(0, cut.index);
  const ws = t.split(' ');
  let truncated = false;
  if (ws.length > maxWords) {
    t = ws.slice(0, maxWords).join(' ');
    truncated = true;
  }
  t = t.replace(/[.,;:]$/, '');
  while (TRAILING_FUNCTION_RE.test(t)) t = t.replace(TRAILING_FUNCTION_RE, '');
  return truncated ? `${t}…` : t;
}

/** Headline lines printed in the body of an article with no title: one of its first paragraphs,
 *  4-16 words, no final punctuation. */
export function headlineLines(text: string, maxParagraphs = 4): string[] {
  const out: string[] = [];
  for (const p of text.split(/\n+/).map((x) => x.trim()).filter(Boolean).slice(0, maxParagraphs)) {
    const n = p.split(/\s+/).length;
    if (n >= 4 && n <= 16 && !/[.!?:;,"\u201d]$/.test(p) && /^\p{Lu}/u.test(p)) out.push(p);
  }
  return out;
}

export function pickTitle(articles: Article[], summaryTexts: string[], lead: string | null): string {
  const given = articles.map((a) => a.title?.trim()).filter((t): t is string => !!t && t.split(/\s+/).length >= 3);
  const titles = [...new Set(given.length > 0 ? given : articles.flatMap((a) => headlineLines(a.text)))].filter((t) => !NOT_A_TITLE_RE.test(t));
  if (titles.length > 0) {
    const story = new Set([...summaryTexts, lead ?? ''].flatMap((t) => contentWords(t)));
    const sets = titles.map((t) => new Set(contentWords(t)));
    let best = 0;
    let bestScore = -1;
    sets.forEach((s, i) => {
      // Shared words over sqrt(size): long enough to say what happened, but about what all say.
      const size = Math.sqrt(Math.max(1, s.size));
      let sc = overlap(s, story) / size;
      for (let j = 0; j < sets.length; j++) if (j !== i) sc += overlap(s, sets[j]!) / size;
      if (s.size < 4) sc *= 0.5;
      if (sc > bestScore) {
        bestScore = sc;
        best = i;
      }
    });
    return titles[best]!;
  }
  return lead ? compressSentence(lead) : articles[0]?.id ?? 'Untitled story';
}
