/**
 * A single self-contained HTML page for a report: inline CSS, no script, no network. Every string
 * from the articles is escaped. Citations link to the articles listed at the bottom of the same
 * page (#article-<id>); the cited article is highlighted with :target, and the sentences the
 * summary cites are marked inside each article.
 */
import type { Article } from '../model/article.js';
import type { Discrepancy } from '../model/claim.js';
import type { AnalysisReport, StoryReport } from '../model/story.js';
import { esc } from './html-escape.js';
import { REPORT_CSS } from './html-styles.js';
import { articleAnchor, articleMeta, createLabels, type ArticleLabels } from './report-labels.js';

function cites(ids: string[], l: ArticleLabels): string {
  return ids.map((id) => `<a class="cite" href="#${esc(articleAnchor(id))}" title="${esc(id)}">${esc(l.label(id))}</a>`).join('');
}

function section(title: string, body: string, empty: boolean): string {
  return `<h3>${esc(title)}</h3>${empty ? '<p class="small">None found.</p>' : body}`;
}

function discrepancy(d: Discrepancy, l: ArticleLabels): string {
  const positions = d.positions
    .map((p) => `<li>${esc(p.value)} ${cites(p.articleIds, l)}${p.evidence.filter((e) => e !== p.value && !p.value.endsWith(e)).slice(0, 2).map((e) => `<blockquote>${esc(e)}</blockquote>`).join('')}</li>`)
    .join('');
  return `<div class="disc ${esc(d.severity ?? '')}"><span class="kind">${esc(d.kind)}${d.severity ? ` · ${esc(d.severity)}` : ''}</span><div>${esc(d.description)}</div><ul>${positions}</ul></div>`;
}

function story(s: StoryReport, l: ArticleLabels): string {
  const summary = `<ol class="summary">${s.summary.map((x) => `<li>${esc(x.text)} ${cites(x.articleIds, l)}</li>`).join('')}</ol>`;
  const claims = s.claims.filter((c) => c.articleIds.length > 1 || c.subject !== null);
  const claimRows = claims
    .map((c) => `<tr><td>${esc(c.text)}${c.variants.length > 1 ? `<div class="variants">${c.variants.map((v) => `“${esc(v.text)}” ${cites(v.articleIds, l)}`).join(' · ')}</div>` : ''}</td><td>${esc(c.unit ?? '')}</td><td>${cites(c.articleIds, l)}</td></tr>`)
    .join('');
  const quotes = s.quotes
    .map((q) => `<tr><td>“${esc(q.text)}”${q.variants.length > 1 ? `<div class="variants">${q.variants.map((v) => `“${esc(v.text)}” ${cites(v.articleIds, l)}`).join('<br>')}</div>` : ''}</td><td>${esc(q.speaker ?? 'unattributed')}</td><td>${cites(q.articleIds, l)}${q.firstCarrier ? `<div class="small">first: ${esc(l.label(q.firstCarrier))}</div>` : ''}</td></tr>`)
    .join('');
  const timeline = s.timeline.map((t) => `<tr><td><b>${esc(t.date)}</b></td><td>${esc(t.text)}</td><td>${cites(t.articleIds, l)}</td></tr>`).join('');
  const entities = s.entities.map((e) => `<tr><td><b>${esc(e.name)}</b></td><td>${esc(e.type)}</td><td class="variants">${e.variants.map((v) => `${esc(v.text)} ${cites(v.articleIds, l)}`).join(' · ')}</td></tr>`).join('');
  const relations = s.relations
    .map((r) => `<li>${cites([r.a], l)} ↔ ${cites([r.b], l)} ${esc(r.kind)}, similarity ${r.similarity.toFixed(2)}${r.origin ? ` (origin: ${esc(r.origin.articleId ? l.label(r.origin.articleId) : r.origin.agency ?? '')}, ${esc(r.origin.reason)})` : ''}${r.sharedPassages.slice(0, 3).map((p) => `<blockquote>${esc(p.text.slice(0, 400))}</blockquote>`).join('')}</li>`)
    .join('');
  const table = (head: string[], rows: string) => `<table><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>${rows}</table>`;
  return `<section class="story" id="story-${esc(s.id)}">
<h2 class="title">${esc(s.title)}</h2>
<div class="meta">${s.articleIds.length} article(s) ${cites(s.articleIds, l)}</div>
${section('Summary', summary, s.summary.length === 0)}
${section('Discrepancies', s.discrepancies.map((d) => discrepancy(d, l)).join(''), s.discrepancies.length === 0)}
${section('Numbers', table(['claim', 'unit', 'sources'], claimRows), claims.length === 0)}
${section('Quotes', table(['quote', 'speaker', 'carriers'], quotes), s.quotes.length === 0)}
${section('Timeline', table(['date', 'event', 'sources'], timeline), s.timeline.length === 0)}
${section('Entities', table(['name', 'type', 'variants'], entities), s.entities.length === 0)}
${section('Shared passages', `<ul>${relations}</ul>`, s.relations.length === 0)}
</section>`;
}

/** Article text with the sentences cited by a summary marked; marks never cross a line break. */
function markedText(text: string, marks: [number, number][]): string {
  const sorted = [...marks].sort((x, y) => x[0] - y[0]).filter((m, i, arr) => i === 0 || m[0] >= arr[i - 1]![1]);
  let out = '';
  let pos = 0;
  for (const [start, end] of sorted) {
    if (start < pos || end > text.length || text.slice(start, end).includes('\n')) continue;
    out += `${esc(text.slice(pos, start))}<mark class="cited">${esc(text.slice(start, end))}</mark>`;
    pos = end;
  }
  return out + esc(text.slice(pos));
}

function article(a: Article, l: ArticleLabels, marks: [number, number][]): string {
  const paras = markedText(a.text, marks).split(/\n+/).filter((p) => p.trim() !== '').map((p) => `<p>${p}</p>`).join('');
  return `<article class="src" id="${esc(articleAnchor(a.id))}"><h4><span class="num">${esc(l.label(a.id))}</span>${esc(a.title ?? a.id)}</h4><div class="meta">${esc(articleMeta(a))} · <code>${esc(a.id)}</code>${a.url ? ` · ${esc(a.url)}` : ''}</div>${paras}</article>`;
}

export function renderReportHtml(report: AnalysisReport): string {
  const l = createLabels(report.articles);
  const marks = new Map<string, [number, number][]>();
  for (const st of report.stories) for (const x of st.summary) for (const src of x.sources ?? []) marks.set(src.articleId, [...(marks.get(src.articleId) ?? []), [src.start, src.end]]);
  const title = report.stories.length === 1 ? report.stories[0]!.title : `${report.stories.length} stories`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)} · crosscheck</title><style>${REPORT_CSS}</style></head>
<body><header class="top"><h1>crosscheck report · ${report.stories.length} stor${report.stories.length === 1 ? 'y' : 'ies'} · ${report.articles.length} articles</h1></header>
<main>
${report.stories.map((s) => story(s, l)).join('\n')}
<h3 id="articles">Articles</h3>
${report.articles.map((a) => article(a, l, marks.get(a.id) ?? [])).join('\n')}
</main></body></html>
`;
}
