import type { SearchHit } from '../../store/store.js';
import { html, seg } from './escape.js';
import { layout } from './layout.js';

export function renderSearchPage(q: string, hits: SearchHit[]): string {
  const body = html`<h1>Search</h1><p class="meta">${hits.length} articles for “${q}”</p>
<ul class="cards">${hits.map((h) => html`<li class="card"><h3><a href="/articles/${seg(h.articleId)}">${h.title ?? h.articleId}</a></h3>
<div class="meta">${h.outlet ?? 'unknown outlet'} · ${h.publishedAt ?? 'undated'}${h.storyId ? html` · <a href="/stories/${seg(h.storyId)}">story</a>` : ''}</div>
<p>${h.snippet}</p></li>`)}</ul>`;
  return layout(`Search: ${q}`, body);
}

export function renderNotFoundPage(what: string, id: string): string {
  return layout('Not found', html`<h1>Not found</h1><p>No ${what} “${id}”. <a href="/">All stories</a></p>`);
}
