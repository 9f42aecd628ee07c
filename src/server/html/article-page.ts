import type { StoredArticle } from '../../store/store.js';
import type { StoryReport } from '../../model/story.js';
import { html, seg, type Raw } from './escape.js';
import { layout } from './layout.js';

interface Range { start: number; end: number; with: string }

/** Passages this article shares with others, from the story's relations, merged and sorted. */
export function sharedRanges(articleId: string, textLength: number, report: StoryReport | null): Range[] {
  const out: Range[] = [];
  for (const r of report?.relations ?? []) {
    for (const p of r.sharedPassages) {
      const start = r.a === articleId ? p.aStart : r.b === articleId ? p.bStart : -1;
      if (start < 0) continue;
      const end = Math.min(textLength, start + (r.a === articleId ? p.length : p.bLength));
      if (end > start) out.push({ start, end, with: r.a === articleId ? r.b : r.a });
    }
  }
  out.sort((x, y) => x.start - y.start);
  const merged: Range[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      if (!last.with.split(', ').includes(r.with)) last.with += `, ${r.with}`;
    } else merged.push({ ...r });
  }
  return merged;
}

/** The body as paragraphs, shared passages wrapped in <mark>, every character escaped. */
export function renderBody(text: string, ranges: Range[]): Raw {
  const paras: Raw[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  const bounds: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) { bounds.push([start, m.index]); start = m.index + m[0].length; }
  bounds.push([start, text.length]);
  for (const [ps, pe] of bounds) {
    const parts: Raw[] = [];
    let at = ps;
    for (const r of ranges) {
      if (r.end <= ps || r.start >= pe) continue;
      const s = Math.max(ps, r.start);
      const e = Math.min(pe, r.end);
      if (s > at) parts.push(html`${text.slice(at, s)}`);
      parts.push(html`<mark class="shared" title="shared with ${r.with}">${text.slice(s, e)}</mark>`);
      at = e;
    }
    if (at < pe) parts.push(html`${text.slice(at, pe)}`);
    paras.push(html`<p>${parts}</p>`);
  }
  return html`${paras}`;
}

export function renderArticlePage(stored: StoredArticle, report: StoryReport | null): string {
  const a = stored.article;
  const ranges = sharedRanges(a.id, a.text.length, report);
  const body = html`<article class="article"><h1>${a.title ?? a.id}</h1>
<p class="meta">${a.outlet ?? 'unknown outlet'} · ${a.publishedAt ?? 'undated'}${a.byline ? html` · ${a.byline}` : ''} · version ${stored.version}
${a.url ? html` · <a href="${/^https?:\/\//i.test(a.url) ? a.url : '#'}" rel="noopener noreferrer nofollow">original</a>` : ''}</p>
${report ? html`<p>Story: <a href="/stories/${seg(report.id)}">${report.title || report.id}</a></p>` : ''}
${ranges.length ? html`<p class="legend"><mark class="shared">Highlighted</mark>: passages shared with other articles of the story (${ranges.length}).</p>` : ''}
<div class="article-body">${renderBody(a.text, ranges)}</div></article>`;
  return layout(a.title ?? a.id, body);
}
