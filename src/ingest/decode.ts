import { diagnostic, type Diagnostic } from '../model/diagnostic.js';

/**
 * Decodes bytes as UTF-8; when they are not valid UTF-8, uses the charset the document declares
 * (e.g. an HTML <meta charset>), else falls back to Windows-1252 with a diagnostic. Refuses binary data.
 */
export function decodeText(buf: Buffer, input: string, declaredCharset?: string): { text: string | null; diagnostics: Diagnostic[] } {
  const head = buf.subarray(0, 8192);
  let ctrl = 0;
  for (const b of head) if (b === 0 || (b < 8)) ctrl++;
  if (ctrl > 0) {
    return { text: null, diagnostics: [diagnostic('ingest/binary-file', input, `binary content (${ctrl} control bytes in the first ${head.length})`, 'error')] };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text: text.replace(/^\uFEFF/, ''), diagnostics: [] };
  } catch {
    // Not UTF-8: below.
  }
  if (declaredCharset && !/^utf-?8$/i.test(declaredCharset)) {
    try {
      return { text: new TextDecoder(declaredCharset.toLowerCase()).decode(buf), diagnostics: [] };
    } catch {
      // An unknown label: fall back as if nothing was declared.
    }
  }
  const text = new TextDecoder('windows-1252').decode(buf);
  return { text, diagnostics: [diagnostic('ingest/bad-encoding', input, 'invalid UTF-8; decoded as Windows-1252')] };
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset an HTML document declares in its first bytes, if any. */
export function declaredHtmlCharset(buf: Buffer): string | undefined {
  return META_CHARSET.exec(buf.subarray(0, 4096).toString('latin1'))?.[1];
}
