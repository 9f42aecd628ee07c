import type { Article } from '../model/article.js';

/** Clean articles as Markdown: a heading per article, its metadata as a list, the text, then embedded posts. */
export function renderArticlesMarkdown(articles: Article[]): string {
  return articles
    .map((a) => {
      const meta = [
        `id: ${a.id}`,
        a.url && `url: ${a.url}`,
        a.outlet && `outlet: ${a.outlet}${a.siteName && a.siteName !== a.outlet ? ` (${a.siteName})` : ''}`,
        a.byline && `byline: ${a.byline}`,
        a.publishedAt && `published: ${a.publishedAt} (${a.publishedAtSource})`,
        a.lang && `lang: ${a.lang}`,
        a.dateline && `dateline: ${a.dateline.place}${a.dateline.agencies.length ? ` (${a.dateline.agencies.join(', ')})` : ''}`,
        a.agencies.length > 0 && `agencies: ${a.agencies.join(', ')}`,
        ...a.credits.map((c) => `credit: ${c.text}`),
        ...a.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.severity}: ${d.code} ${d.message}`),
      ].filter(Boolean);
      const embeds = a.embeds.map((e) => `> ${e.text}\n> — ${[e.author, e.handle, e.date].filter(Boolean).join(' ')}`);
      return [`## ${a.title ?? a.id}`, '', ...meta.map((m) => `- ${m}`), '', a.text, ...(embeds.length ? ['', '### Embedded posts', '', ...embeds] : [])].join('\n');
    })
    .join('\n\n---\n\n');
}
