import type { RawDocument } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { decodeText } from './decode.js';
import { splitDateHeader } from './date-header.js';

const HTML_START = /^\s*(?:<!doctype html|<html|<head|<body)/i;

/** Reads a plain-text file (or HTML without an .html name, detected by its start). */
export function readTextFile(buf: Buffer, input: string, nameHint?: string): { docs: RawDocument[]; diagnostics: Diagnostic[] } {
  const { text, diagnostics } = decodeText(buf, input);
  if (text === null) return { docs: [], diagnostics };
  const isHtml = HTML_START.test(text.slice(0, 1000));
  const doc: RawDocument = { kind: 'raw', source: { input }, format: isHtml ? 'html' : 'text', content: text, meta: {}, diagnostics };
  if (nameHint !== undefined) doc.nameHint = nameHint;
  if (!isHtml) {
    const h = splitDateHeader(text);
    if (h) {
      doc.meta.publishedAt = h.date;
      doc.meta.publishedAtSource = 'header';
      doc.content = h.rest;
    }
  }
  return { docs: [doc], diagnostics: [] };
}
