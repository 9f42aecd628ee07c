/** Helpers to read values out of fast-xml-parser's object tree and JSON Feed records. */
export type XmlNode = Record<string, unknown>;

const ENTITY_RE = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const CDATA_RE = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const TAG_RE = /<[^>]*>/g;
const WS_RE = /\s+/g;

export function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

export function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

export function isNode(v: unknown): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Text content of an element (string, number, or an element with attributes and #text). */
export function text(v: unknown): string | undefined {
  const x = first(v);
  if (typeof x === 'string') return x.trim() === '' ? undefined : x.trim();
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (isNode(x)) return text(x['#text']);
  return undefined;
}

export function attr(v: unknown, name: string): string | undefined {
  const x = first(v);
  if (!isNode(x)) return undefined;
  const a = x[`@_${name}`];
  return typeof a === 'string' && a.trim() !== '' ? a.trim() : undefined;
}

/** Raw inner XML of a stop node (Atom content/summary): CDATA unwrapped, entities decoded unless xhtml. */
export function rawInner(v: unknown): string | undefined {
  const x = first(v);
  const raw = typeof x === 'string' ? x : isNode(x) ? (typeof x['#text'] === 'string' ? x['#text'] : undefined) : undefined;
  if (raw === undefined || raw.trim() === '') return undefined;
  const type = attr(x, 'type');
  if (type === 'xhtml') return raw.trim();
  const parts: string[] = [];
  let last = 0;
  for (const m of raw.matchAll(CDATA_RE)) {
    parts.push(decodeEntities(raw.slice(last, m.index)), m[1] ?? '');
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(decodeEntities(raw.slice(last)));
  return parts.join('').trim();
}

export function decodeEntities(s: string): string {
  return s.replace(ENTITY_RE, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED[name ?? ''] ?? '';
  });
}

/** Plain text of a title that may carry markup. */
export function plain(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = s.includes('<') ? decodeEntities(s.replace(TAG_RE, ' ')) : s;
  const out = t.replace(WS_RE, ' ').trim();
  return out === '' ? undefined : out;
}

// Zone abbreviations seen in feeds that Date.parse does not know (it knows GMT, UT and the US zones).
const ZONES: Record<string, string> = {
  BST: '+0100', CET: '+0100', CEST: '+0200', EET: '+0200', EEST: '+0300', WET: '+0000', WEST: '+0100',
  MSK: '+0300', IST: '+0530', JST: '+0900', KST: '+0900', HKT: '+0800', SGT: '+0800',
  AEST: '+1000', AEDT: '+1100', ACST: '+0930', AWST: '+0800', NZST: '+1200', NZDT: '+1300',
};
const ZONE_RE = /\b([A-Z]{3,4})$/;

/** ISO 8601 (UTC) of an RFC 822 / RFC 3339 date, or null when it cannot be parsed. */
export function isoDate(s: string | undefined): string | null | undefined {
  if (s === undefined) return undefined;
  let ms = Date.parse(s);
  if (Number.isNaN(ms)) {
    const zone = ZONE_RE.exec(s.trim())?.[1];
    const offset = zone ? ZONES[zone] : undefined;
    if (offset) ms = Date.parse(s.trim().replace(ZONE_RE, offset));
  }
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString();
}

export function absoluteUrl(u: string | undefined, base: string | undefined): string | undefined {
  if (u === undefined) return undefined;
  try {
    return new URL(u, base).href;
  } catch {
    return undefined;
  }
}
