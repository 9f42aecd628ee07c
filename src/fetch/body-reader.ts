/**
 * Reads a response body with two limits: bytes on the wire (`maxBytes`) and bytes after
 * decompression (`maxDecompressedBytes`, the guard against gzip/deflate/brotli bombs).
 * Both are counted while streaming, and the stream is destroyed as soon as a limit is passed,
 * so a bomb never expands beyond the limit in memory.
 */
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

export class BodyLimitError extends Error {
  readonly reason: 'too-large' | 'decompression-limit' | 'bad-encoding';
  constructor(reason: 'too-large' | 'decompression-limit' | 'bad-encoding', message: string) {
    super(message);
    this.name = 'BodyLimitError';
    this.reason = reason;
  }
}

function decompressorFor(encoding: string): Transform | null | 'unsupported' {
  const e = encoding.trim().toLowerCase();
  if (e === '' || e === 'identity') return null;
  if (e === 'gzip' || e === 'x-gzip') return createGunzip();
  if (e === 'deflate') return createInflate();
  if (e === 'br') return createBrotliDecompress();
  return 'unsupported';
}

export async function readBody(
  res: IncomingMessage,
  limits: { maxBytes: number; maxDecompressedBytes: number },
): Promise<{ bytes: Buffer; rawBytes: number }> {
  const encoding = String(res.headers['content-encoding'] ?? '');
  const dec = decompressorFor(encoding);
  if (dec === 'unsupported') {
    res.destroy();
    throw new BodyLimitError('bad-encoding', `unsupported content-encoding ${encoding}`);
  }
  let rawBytes = 0;
  res.on('data', (chunk: Buffer) => {
    rawBytes += chunk.length;
    if (rawBytes > limits.maxBytes) res.destroy(new BodyLimitError('too-large', `body over ${limits.maxBytes} bytes`));
  });
  const chunks: Buffer[] = [];
  let outBytes = 0;
  const outLimit = dec ? limits.maxDecompressedBytes : limits.maxBytes;
  // pipeline() may reject with a generic AbortError when the sink throws: keep our own error.
  let limitError: BodyLimitError | null = null;
  const sink = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      outBytes += chunk.length;
      if (outBytes > outLimit) {
        limitError = dec
          ? new BodyLimitError('decompression-limit', `decompressed body over ${outLimit} bytes`)
          : new BodyLimitError('too-large', `body over ${outLimit} bytes`);
        throw limitError;
      }
      chunks.push(chunk);
    }
  };
  try {
    if (dec) await pipeline(res, dec, sink);
    else await pipeline(res, sink);
  } catch (e) {
    if (limitError) throw limitError;
    if (e instanceof BodyLimitError) throw e;
    const cause = (e as { cause?: unknown }).cause;
    if (cause instanceof BodyLimitError) throw cause;
    if (dec && (e as NodeJS.ErrnoException).code?.startsWith('Z_')) throw new BodyLimitError('bad-encoding', `corrupt ${encoding} body`);
    throw e;
  }
  return { bytes: Buffer.concat(chunks, outBytes), rawBytes };
}
