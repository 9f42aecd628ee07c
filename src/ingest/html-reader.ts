import type { RawDocument } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { decodeText, declaredHtmlCharset } from './decode.js';

/** Reads an HTML file as one raw document; the main text is extracted later (html-extractor). */
export function readHtmlFile(buf: Buffer, input: string, nameHint?: string): { docs: RawDocument[]; diagnostics: Diagnostic[] } {
  const { text, diagnostics } = decodeText(buf, input, declaredHtmlCharset(buf));
  if (text === null) return { docs: [], diagnostics };
  const doc: RawDocument = { kind: 'raw', source: { input }, format: 'html', content: text, meta: {}, diagnostics };
  if (nameHint !== undefined) doc.nameHint = nameHint;
  return { docs: [doc], diagnostics: [] };
}
