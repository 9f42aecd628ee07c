import type { Article } from '../../model/article.js';
import type { StoryReport } from '../../model/story.js';
import { html, seg, type Raw } from './escape.js';

const MAX_COLUMNS = 14;
const LABEL = 48;

const short = (s: string): string => (s.length > LABEL ? `${s.slice(0, LABEL - 1)}…` : s);

/**
 * Outlets (one row per article) against facts (claims) and quotes: a filled cell means the article
 * carries it, a bold one that it carried the quote first. The last column names the article a row
 * copied from, read from the report's relations (origin).
 */
export function renderSourceMatrix(report: StoryReport, byId: Map<string, Article>): Raw {
  const cols = [
    ...report.claims.map((c) => ({ kind: 'fact', label: c.text, ids: new Set(c.articleIds), first: null as string | null })),
    ...report.quotes.map((q) => ({ kind: 'quote', label: `“${q.text}”`, ids: new Set(q.articleIds), first: q.firstCarrier })),
  ].sort((a, b) => b.ids.size - a.ids.size).slice(0, MAX_COLUMNS);
  const copiedFrom = new Map<string, string>();
  for (const r of report.relations) {
    const origin = r.origin?.articleId ?? r.origin?.agency;
    if (!origin) continue;
    const copier = r.origin?.articleId === r.a ? r.b : r.a;
    if (copier !== origin) copiedFrom.set(copier, origin);
  }
  const num = new Map(report.articleIds.map((id, i) => [id, i + 1]));
  const sharesWith = new Map<string, Set<number>>();
  for (const r of report.relations) {
    if (r.sharedPassages.length === 0) continue;
    for (const [x, y] of [[r.a, r.b], [r.b, r.a]] as const) {
      const n = num.get(y);
      if (n === undefined) continue;
      const set = sharesWith.get(x) ?? new Set<number>();
      set.add(n);
      sharesWith.set(x, set);
    }
  }
  if (cols.length === 0 && copiedFrom.size === 0 && sharesWith.size === 0) return html`<p class="meta">No facts or quotes extracted yet.</p>`;
  return html`<div class="table-wrap"><table class="matrix"><thead><tr><th>Article</th>
${cols.map((c) => html`<th class="col" title="${c.label}">${c.kind === 'fact' ? 'Fact: ' : ''}${short(c.label)}</th>`)}<th>Copies</th><th>Shares text with</th></tr></thead>
<tbody>${report.articleIds.map((id, i) => {
    const a = byId.get(id);
    const origin = copiedFrom.get(id);
    return html`<tr${origin ? html` class="copy"` : ''}><th><a href="/articles/${seg(id)}?story=${encodeURIComponent(report.id)}">${i + 1}. ${a?.outlet ?? id}</a></th>
${cols.map((c) => (c.ids.has(id) ? html`<td class="hit${c.first === id ? ' first' : ''}">●</td>` : html`<td></td>`))}<td>${origin ?? ''}</td>
<td>${[...(sharesWith.get(id) ?? [])].sort((x, y) => x - y).join(', ')}</td></tr>`;
  })}</tbody></table></div>
<p class="legend">● carries it · bold: first carrier · “Copies”: the article or agency this text was taken from · “Shares text with”: articles (by number) with passages in common.</p>`;
}
