// Minimal Markdown of a stored story, used until the report renderers (src/report/) are merged.
import type { Article } from '../../model/article.js';
import type { StoryReport } from '../../model/story.js';
import type { SearchHit, StorySummary } from '../../store/store.js';

const md = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ').trim();

export function renderStoryMarkdown(report: StoryReport, articles: Article[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: string[] = [`# ${md(report.title)}`, '', `Story \`${report.id}\`, ${report.articleIds.length} articles.`, ''];
  if (report.summary.length) {
    out.push('## Summary', '');
    for (const s of report.summary) out.push(`- ${md(s.text)} ${s.articleIds.map((id) => `[${id}]`).join(' ')}`);
    out.push('');
  }
  if (report.discrepancies.length) {
    out.push('## Discrepancies', '');
    for (const d of report.discrepancies) {
      out.push(`- **${d.kind}**: ${md(d.description)}`);
      for (const p of d.positions) out.push(`  - ${md(p.value)}: ${p.articleIds.join(', ')}`);
    }
    out.push('');
  }
  if (report.quotes.length) {
    out.push('## Quotes', '');
    for (const q of report.quotes) out.push(`- "${md(q.text)}" (${md(q.speaker ?? 'unattributed')}; ${q.articleIds.join(', ')})`);
    out.push('');
  }
  if (report.timeline.length) {
    out.push('## Timeline', '');
    for (const t of report.timeline) out.push(`- ${t.date}: ${md(t.text)} (${t.articleIds.join(', ')})`);
    out.push('');
  }
  if (report.entities.length) {
    out.push('## Entities', '');
    for (const e of report.entities) out.push(`- ${md(e.name)} (${e.type}): ${e.variants.map((v) => md(v.text)).join(', ')}`);
    out.push('');
  }
  out.push('## Articles', '');
  for (const id of report.articleIds) {
    const a = byId.get(id);
    out.push(`- [${id}] ${md(a?.title ?? '(untitled)')}, ${md(a?.outlet ?? 'unknown outlet')}, ${a?.publishedAt ?? 'undated'}`);
  }
  return `${out.join('\n')}\n`;
}

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
