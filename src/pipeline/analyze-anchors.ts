/**
 * Anchor dates for re-resolving relative times in a story: the publication-date checker's
 * corrected anchors first; an article with no publication date gets the story's most common date.
 * Returns only the articles whose anchor differs from their own publishedAt.
 */
import type { Article } from '../model/article.js';

export function storyAnchors(articles: Article[], corrected: Map<string, string> | Record<string, string>): Map<string, string> {
  const fixes = corrected instanceof Map ? corrected : new Map(Object.entries(corrected));
  const counts = new Map<string, number>();
  for (const a of articles) {
    const d = fixes.get(a.id) ?? a.publishedAt?.slice(0, 10);
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const common = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const out = new Map<string, string>();
  for (const a of articles) {
    const fix = fixes.get(a.id);
    if (fix && fix !== a.publishedAt) out.set(a.id, fix);
    else if (!a.publishedAt && common) out.set(a.id, common);
  }
  return out;
}
