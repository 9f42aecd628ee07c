/**
 * One HTTP GET without following redirects, on node:http/https with the guarded DNS lookup.
 * node:http (not undici's fetch) because it takes a per-request `lookup`, exposes the raw
 * compressed stream (so we count and cap decompression ourselves) and never follows redirects.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';

export interface HopOptions {
  headers: Record<string, string>;
  lookup: LookupFunction;
  signal: AbortSignal;
}

export function getOnce(url: URL, opts: HopOptions): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: opts.headers, lookup: opts.lookup, signal: opts.signal, agent: false }, resolve);
    req.on('error', reject);
    req.end();
  });
}
