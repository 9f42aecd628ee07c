import { readFileSync } from 'node:fs';

/**
 * Reads a TimeML (.tml) file of TempEval-3: the plain text of <TEXT> with the gold TIMEX3 spans
 * and values, and the document creation time (the CREATION_TIME TIMEX3, the anchor, not scored).
 * A small tag walker rather than an XML parser because we need character offsets into the text
 * with the tags removed, which DOM parsers do not give.
 */

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TmlDocument {
  id: string;
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TOKEN = /<(\/?)([A-Za-z0-9_]+)([^>]*?)\/?>|&(amp|lt|gt|quot|apos|#\d+);/g;
const ATTR = /([A-Za-z_]+)="([^"]*)"/g;

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  let m: RegExpExecArray | null;
  for (ATTR.lastIndex = 0; (m = ATTR.exec(s)); ) out[m[1]!] = m[2]!;
  return out;
}

export function parseTml(xml: string, id: string): TmlDocument {
  const dctMatch = /<DCT>[\s\S]*?value="([^"]+)"[\s\S]*?<\/DCT>/.exec(xml);
  const dct = dctMatch ? dctMatch[1]! : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : '';
  let text = '';
  let last = 0;
  const timexes: GoldTimex[] = [];
  let current: { start: number; a: Record<string, string> } | null = null;
  let m: RegExpExecArray | null;
  for (TOKEN.lastIndex = 0; (m = TOKEN.exec(body)); ) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4]) {
      const e = m[4];
      text += e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : ENTITIES[e]!;
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) current = { start: text.length, a: attrs(m[3]!) };
    else if (current) {
      if (current.a.functionInDocument !== 'CREATION_TIME') {
        timexes.push({ start: current.start, end: text.length, text: text.slice(current.start), type: current.a.type ?? 'DATE', value: current.a.value ?? '' });
      }
      current = null;
    }
  }
  text += body.slice(last);
  return { id, dct, text, timexes };
}

export function readTml(path: string, id: string): TmlDocument {
  return parseTml(readFileSync(path, 'utf8'), id);
}
