// Markdown of story lists and search hits (a story itself is rendered by src/report/markdown-report.ts).
import type { SearchHit, StorySummary } from '../../store/store.js';

const md = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ').trim();

export function renderStoryListMarkdown(stories: StorySummary[], total: number): string {
  const out = [`# Stories (${stories.length} of ${total})`, '', '| id | title | articles | outlets | span | entities | discrepancies |', '|---|---|---|---|---|---|---|'];
  for (const s of stories) {
    const span = s.firstPublished ? `${s.firstPublished} .. ${s.lastPublished ?? ''}` : '';
    out.push(`| ${s.id} | ${md(s.title)} | ${s.articleCount} | ${md(s.outlets.join(', '))} | ${span} | ${md(s.topEntities.join(', '))} | ${s.discrepancyCount} |`);
  }
  return `${out.join('\n')}\n`;
}

export function renderSearchMarkdown(q: string, hits: SearchHit[]): string {
  const out = [`# Search: ${md(q)}`, ''];
  for (const h of hits) out.push(`- [${h.articleId}] ${md(h.title ?? '(untitled)')} (${md(h.outlet ?? '?')}, story ${h.storyId ?? '-'}): ${md(h.snippet)}`);
  if (hits.length === 0) out.push('No match.');
  return `${out.join('\n')}\n`;
}
