import type { StoryPage, StoryQuery } from '../../store/store.js';
import { html, seg } from './escape.js';
import { layout } from './layout.js';

function span(first: string | null, last: string | null): string {
  if (!first) return 'undated';
  return first === last || !last ? first : `${first} – ${last}`;
}

function pageLink(q: StoryQuery, offset: number): string {
  const p = new URLSearchParams();
  for (const k of ['since', 'q', 'entity', 'outlet'] as const) if (q[k]) p.set(k, q[k] ?? '');
  p.set('offset', String(offset));
  return `/?${p.toString()}`;
}

export function renderStoryListPage(page: StoryPage, q: StoryQuery, limit: number): string {
  const offset = q.offset ?? 0;
  const body = html`<h1>Stories</h1>
<p class="meta">${page.total} stories${q.q ? html` matching “${q.q}”` : ''}${q.entity ? html`, entity “${q.entity}”` : ''}${q.outlet ? html`, outlet “${q.outlet}”` : ''}${q.since ? html`, since ${q.since}` : ''}</p>
<input class="filter" type="search" placeholder="Filter this page" aria-label="Filter this page">
<ul class="cards">${page.stories.map((s) => html`<li class="card story">
<h3><a href="/stories/${seg(s.id)}">${s.title || s.id}</a></h3>
<div class="meta">${s.articleCount} articles · ${span(s.firstPublished, s.lastPublished)}
${s.discrepancyCount > 0 ? html` · <span class="badge warn">${s.discrepancyCount} discrepancies</span>` : html` · <span class="badge ok">no discrepancy</span>`}</div>
<div>${s.outlets.map((o) => html`<a class="tag" href="/?outlet=${encodeURIComponent(o)}">${o}</a>`)}</div>
${s.topEntities.length ? html`<div class="meta">${s.topEntities.map((e) => html`<a class="tag" href="/?entity=${encodeURIComponent(e)}">${e}</a>`)}</div>` : ''}
</li>`)}</ul>
<nav class="pager">${offset > 0 ? html`<a href="${pageLink(q, Math.max(0, offset - limit))}">← newer</a>` : ''}
${offset + limit < page.total ? html`<a href="${pageLink(q, offset + limit)}">older →</a>` : ''}</nav>`;
  return layout('Stories', body);
}
