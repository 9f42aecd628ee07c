import { extractTimeExpressions } from '../analyze/time/index.js';
import type { AnalyzedArticle } from '../model/analyzed.js';
import { checkPublicationDates } from './publication-date-checker.js';

/**
 * Re-resolves the time expressions of articles whose anchor the publication-date checker
 * corrected (a suspect header) or supplied (no header: the story's date). Other articles are
 * returned as they are. Returns new records; the inputs are not changed.
 */
export function reanchorArticles(items: AnalyzedArticle[], corrected?: Record<string, string>): AnalyzedArticle[] {
  const anchors = corrected ?? checkPublicationDates(items).correctedAnchors;
  return items.map((it) => {
    const a = anchors[it.article.id];
    if (!a) return it;
    return { ...it, timexes: extractTimeExpressions(it.article.text, it.sentences, a, { lang: it.article.lang }) };
  });
}
