// HTML escaping for every value that comes from content (articles, reports, queries).
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const RE = /[&<>"']/g;

export function esc(v: unknown): string {
  return String(v ?? '').replace(RE, (c) => ESC[c] ?? c);
}

/** A tagged template whose interpolations are escaped unless wrapped with raw(). */
export interface Raw { readonly __html: string }
export const raw = (html: string): Raw => ({ __html: html });

export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return raw(out);
}

function render(v: unknown): string {
  if (Array.isArray(v)) return v.map(render).join('');
  if (v && typeof v === 'object' && '__html' in v) return (v as Raw).__html;
  if (v === null || v === undefined || v === false) return '';
  return esc(v);
}

/** Path segment for a link built from an id. */
export const seg = (id: string): string => encodeURIComponent(id);
