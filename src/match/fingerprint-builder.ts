import type { Article } from '../model/article.js';
import { splitHeader, tokenize } from './match-tokenizer.js';
import { shingleHashes, shingleSet } from './shingle-hasher.js';
import { minhashSignature } from './minhash-signer.js';
import type { TokenizedText } from './passage-finder.js';

/** An article ready for syndication matching: tokens with offsets, shingles, MinHash signature. */
export interface Fingerprint extends TokenizedText {
  id: string;
  shingleSet: Set<number>;
  /** Shingles in the reporter's own words (middle word outside quotation marks). */
  narrativeSet: Set<number>;
  signature: Uint32Array;
  publishedAt: string | null;
  agencies: string[];
}

/** Wire agencies an article credits: its own list, its dateline's and its credit lines'. */
export function articleAgencies(a: Article): string[] {
  const all = [...a.agencies, ...(a.dateline?.agencies ?? []), ...a.credits.flatMap((c) => c.agencies)];
  return [...new Set(all)];
}

export function fingerprintArticle(a: Article): Fingerprint {
  const { bodyStart, headerDate } = splitHeader(a.text);
  const tokens = tokenize(a.text, bodyStart);
  const shingles = shingleHashes(tokens);
  const narrativeSet = new Set<number>();
  for (let i = 0; i < shingles.length; i++) if (!tokens[i + 2]!.quoted) narrativeSet.add(shingles[i]!);
  return {
    id: a.id,
    text: a.text,
    tokens,
    shingles,
    shingleSet: shingleSet(shingles),
    narrativeSet,
    signature: minhashSignature(shingles),
    publishedAt: a.publishedAt ?? headerDate,
    agencies: articleAgencies(a),
  };
}
