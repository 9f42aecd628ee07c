import type { Article } from '../model/article.js';

export function renderArticlesMarkdown(articles: Article[]): string {
  return articles
    .map((a) => {
      const meta = [
        a.outlet && `outlet: ${a.outlet}`,
        a.publishedAt && `published: ${a.publishedAt} (${a.publishedAtSource})`,
        a.lang && `lang: ${a.lang}`,
        a.dateline && `dateline: ${a.dateline.place} (${a.dateline.agencies.join(', ')})`,
        a.agencies.length > 0 && `agencies: ${a.agencies.join(', ')}`,
      ].filter(Boolean);
      const embeds = a.embeds.map((e) => `> ${e.text}\n> — ${e.author ?? ''} ${e.handle ?? ''} ${e.date ?? ''}`.trimEnd());
      return [`## ${a.title ?? a.id}`, `id: ${a.id}`, ...meta.map((m) => `- ${m}`), '', a.text, ...(embeds.length ? ['', '### Embedded posts', ...embeds] : [])].join('\n');
    })
    .join('\n\n---\n\n');
}
