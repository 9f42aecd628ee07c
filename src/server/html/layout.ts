import { html, raw, type Raw } from './escape.js';
import { APP_CSS } from '../ui/assets.js';

/** The page shell. Standalone pages (CLI `story --format html`) embed the CSS and load no script. */
export function layout(title: string, body: Raw, opts: { standalone?: boolean } = {}): string {
  const head = opts.standalone
    ? html`<style>${raw(APP_CSS)}</style>`
    : html`<link rel="stylesheet" href="/static/app.css"><script src="/static/app.js" defer></script>`;
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - crosscheck</title>${head}</head>
<body><header class="top"><a href="/" class="brand">crosscheck</a>
<form action="/search" method="get" class="search" role="search"><input type="search" name="q" placeholder="Search articles" aria-label="Search articles"></form></header>
<main>${body}</main></body></html>`.__html;
}
