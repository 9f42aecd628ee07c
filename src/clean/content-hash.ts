import { createHash } from 'node:crypto';

/** Sha-256 (hex, 16 chars) of the clean text, for idempotent storage. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
