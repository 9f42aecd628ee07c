/**
 * Decodes fetched or archived HTML/XML bytes to a string: charset from the Content-Type header,
 * else a BOM, else `<meta charset>` / `<?xml encoding>` in the first 2 KB, else UTF-8.
 * TextDecoder (WHATWG encodings, full ICU in Node 20) does the decoding.
 */
import { TextDecoder } from 'node:util';

const META_CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;
const XML_ENCODING_RE = /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.-]+)/i;
const HEADER_CHARSET_RE = /charset\s*=\s*["']?([A-Za-z0-9_:.-]+)/i;

export function charsetOf(contentType: string | undefined, bytes: Uint8Array): string {
  const fromHeader = contentType ? HEADER_CHARSET_RE.exec(contentType)?.[1] : undefined;
  if (fromHeader) return fromHeader.toLowerCase();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const m = META_CHARSET_RE.exec(head) ?? XML_ENCODING_RE.exec(head);
  return m?.[1]?.toLowerCase() ?? 'utf-8';
}

export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  const charset = charsetOf(contentType, bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}
