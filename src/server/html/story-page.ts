import type { Article } from '../../model/article.js';
import type { StoryReport } from '../../model/story.js';
import { html, seg, type Raw } from './escape.js';
import { layout } from './layout.js';
import { renderSourceMatrix } from './source-matrix.js';

/** Numbered citation chips: [n] is the n-th article of the story, linking to the article page. */
export function citer(report: StoryReport): (ids: string[]) => Raw {
  const num = new Map(report.articleIds.map((id, i) => [id, i + 1]));
  return (ids) => html`${ids.map((id) => html`<a class="cite" href="/articles/${seg(id)}?story=${encodeURIComponent(report.id)}" title="${id}">${num.get(id) ?? '?'}</a>`)}`;
}

export function renderStoryPage(report: StoryReport, articles: Article[], opts: { standalone?: boolean } = {}): string {
  const cite = citer(report);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const dates = articles.map((a) => a.publishedAt).filter((d): d is string => !!d).sort();
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => !!o))];
  const body = html`<article class="story"><h1>${report.title || report.id}</h1>
<p class="meta">${report.articleIds.length} articles · ${outlets.length} outlets · ${dates.length ? `${dates[0]} – ${dates[dates.length - 1]}` : 'undated'}</p>
${report.discrepancies.length ? html`<section id="discrepancies"><h2>Discrepancies</h2>${report.discrepancies.map((d) => html`<div class="discrepancy">
<strong>${d.kind}</strong>: ${d.description}<ul>${d.positions.map((p) => html`<li>${p.value} ${cite(p.articleIds)}</li>`)}</ul></div>`)}</section>` : ''}
<section id="summary"><h2>Summary</h2>${report.summary.length
    ? html`<ol class="summary">${report.summary.map((s) => html`<li>${s.text} ${cite(s.articleIds)}</li>`)}</ol>`
    : html`<p class="meta">No summary.</p>`}</section>
<section id="matrix"><h2>Who reported what</h2>${renderSourceMatrix(report, byId)}</section>
${report.quotes.length ? html`<section id="quotes"><h2>Quotes</h2>${report.quotes.map((q) => html`<div class="quote">
<blockquote>“${q.text}”</blockquote><div>${q.speaker ?? 'unattributed'} · carried by ${cite(q.articleIds)}
${q.firstCarrier ? html` · first: ${cite([q.firstCarrier])}` : ''}${q.singleSource ? html` <span class="badge warn">single source</span>` : ''}</div>
${q.variants.length > 1 ? html`<ul class="variants">${q.variants.map((v) => html`<li>“${v.text}” ${cite(v.articleIds)}</li>`)}</ul>` : ''}</div>`)}</section>` : ''}
${report.timeline.length ? html`<section id="timeline"><h2>Timeline</h2><ol>${report.timeline.map((t) => html`<li><strong>${t.date}</strong> ${t.text} ${cite(t.articleIds)}</li>`)}</ol></section>` : ''}
${report.entities.length ? html`<section id="entities"><h2>Entities</h2><ul>${report.entities.map((e) => html`<li><a href="/?entity=${encodeURIComponent(e.name)}">${e.name}</a> <span class="meta">${e.type}, ${e.mentionCount} mentions</span>
${e.variants.length > 1 ? html`<span class="variants"> · ${e.variants.map((v) => v.text).join(' / ')}</span>` : ''} ${cite(e.articleIds)}</li>`)}</ul></section>` : ''}
<section id="articles"><h2>Articles</h2><ol>${report.articleIds.map((id) => {
    const a = byId.get(id);
    return html`<li><a href="/articles/${seg(id)}?story=${encodeURIComponent(report.id)}">${a?.title ?? id}</a> <span class="meta">${a?.outlet ?? 'unknown outlet'} · ${a?.publishedAt ?? 'undated'}</span></li>`;
  })}</ol></section></article>`;
  return layout(report.title || report.id, body, opts);
}
