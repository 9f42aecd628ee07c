/** Turns free text typed by a user into plain search terms (letters and digits only), so no
 *  query syntax of FTS5 or tsquery can be injected. Each backend joins the terms its own way. */
const TERM = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 16;

export function searchTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(TERM)) {
    if (out.length >= MAX_TERMS) break;
    if (!out.includes(m[0])) out.push(m[0]);
  }
  return out;
}

/** A plain-text excerpt of about `width` characters around the first term found in text. */
export function snippetAround(text: string, terms: string[], width = 180): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const start = Math.max(0, (at < 0 ? 0 : at) - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
