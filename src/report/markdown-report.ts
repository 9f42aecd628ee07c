/** Markdown rendering of a report, for terminals and repositories. Citations are [n] article numbers. */
import type { Discrepancy } from '../model/claim.js';
import type { AnalysisReport, StoryReport } from '../model/story.js';
import { articleMeta, createLabels, type ArticleLabels } from './report-labels.js';

function cite(ids: string[], l: ArticleLabels): string {
  return ids.length ? ids.map((id) => `[${l.label(id)}]`).join('') : '[no source]';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function discrepancy(d: Discrepancy, l: ArticleLabels): string[] {
  const out = [`- **${d.kind}${d.severity ? ` (${d.severity})` : ''}**: ${oneLine(d.description)}`];
  for (const p of d.positions) {
    out.push(`  - ${oneLine(p.value)} ${cite(p.articleIds, l)}`);
    for (const e of p.evidence.slice(0, 2)) if (oneLine(e) !== oneLine(p.value)) out.push(`    > ${oneLine(e)}`);
  }
  return out;
}

function story(s: StoryReport, l: ArticleLabels): string {
  const lines: string[] = [`# ${s.title}`, '', `Story \`${s.id}\`, ${s.articleIds.length} article(s): ${cite(s.articleIds, l)}`, ''];
  lines.push('## Summary', '');
  if (s.summary.length === 0) lines.push('_No summary._');
  for (const x of s.summary) lines.push(`- ${oneLine(x.text)} ${cite(x.articleIds, l)}`);
  lines.push('', '## Discrepancies', '');
  if (s.discrepancies.length === 0) lines.push('_None found._');
  for (const d of s.discrepancies) lines.push(...discrepancy(d, l));
  lines.push('', '## Numbers', '');
  const claims = s.claims.filter((c) => c.articleIds.length > 1 || c.subject !== null);
  if (claims.length === 0) lines.push('_None._');
  for (const c of claims) {
    const others = c.variants.filter((v) => !c.text.includes(v.text));
    const variants = others.length > 0 ? ` (also: ${others.map((v) => `"${oneLine(v.text)}" ${cite(v.articleIds, l)}`).join(', ')})` : '';
    lines.push(`- ${oneLine(c.text)}${variants} ${cite(c.articleIds, l)}`);
  }
  lines.push('', '## Quotes', '');
  if (s.quotes.length === 0) lines.push('_None._');
  for (const q of s.quotes) {
    lines.push(`- "${oneLine(q.text)}" (${q.speaker ?? 'unattributed'}) ${cite(q.articleIds, l)}${q.firstCarrier ? `, first carried by [${l.label(q.firstCarrier)}]` : ''}`);
    for (const v of q.variants) if (oneLine(v.text) !== oneLine(q.text)) lines.push(`  - variant: "${oneLine(v.text)}" ${cite(v.articleIds, l)}`);
  }
  lines.push('', '## Timeline', '');
  if (s.timeline.length === 0) lines.push('_None._');
  for (const t of s.timeline) lines.push(`- **${t.date}** ${oneLine(t.text)} ${cite(t.articleIds, l)}`);
  lines.push('', '## Entities', '');
  if (s.entities.length === 0) lines.push('_None._');
  for (const e of s.entities) lines.push(`- **${e.name}** (${e.type}) ${cite(e.articleIds, l)}${e.variants.length > 1 ? `: ${e.variants.map((v) => v.text).join(' = ')}` : ''}`);
  lines.push('', '## Shared passages', '');
  if (s.relations.length === 0) lines.push('_None._');
  for (const r of s.relations) {
    lines.push(`- [${l.label(r.a)}] and [${l.label(r.b)}]: ${r.kind}, similarity ${r.similarity.toFixed(2)}${r.origin ? `, origin ${r.origin.articleId ? `[${l.label(r.origin.articleId)}]` : r.origin.agency ?? ''} (${r.origin.reason})` : ''}`);
    for (const p of r.sharedPassages.slice(0, 3)) lines.push(`  > ${oneLine(p.text).slice(0, 300)}`);
  }
  return lines.join('\n');
}

export function renderReportMarkdown(report: AnalysisReport): string {
  const l = createLabels(report.articles);
  const legend = ['## Articles', '', ...report.articles.map((a) => `${l.label(a.id)}. \`${a.id}\` ${a.title ? `"${oneLine(a.title)}" ` : ''}(${articleMeta(a)})`)];
  return `${[...report.stories.map((s) => story(s, l)), legend.join('\n')].join('\n\n---\n\n')}\n`;
}
