import type { RawDocument } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { decodeText } from './decode.js';

/** A first line ` date YYYY-MM-DD[ rest]` is a publication-date header; the rest of that line is body text. */
const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*/;

export function readTextFile(buf: Buffer, input: string, nameHint?: string): { doc: RawDocument | null; diagnostics: Diagnostic[] } {
  const { text, diagnostics } = decodeText(buf, input);
  if (text === null) return { doc: null, diagnostics };
  const isHtml = /^\s*(<!doctype html|<html|<head|<body)/i.test(text.slice(0, 1000)) || /\.html?$/i.test(input);
  const doc: RawDocument = { kind: 'raw', source: { input }, format: isHtml ? 'html' : 'text', content: text, meta: {}, diagnostics };
  if (nameHint !== undefined) doc.nameHint = nameHint;
  if (!isHtml) {
    const m = DATE_HEADER.exec(text);
    if (m) {
      doc.meta.publishedAt = m[1]!;
      doc.meta.publishedAtSource = 'header';
      doc.content = text.slice(m[0].length);
    }
  }
  return { doc, diagnostics: [] };
}
