import type { Article } from '../model/article.js';
import { scanWords, splitHeader, tokenColumns, tokenize, type MatchToken, type TokenColumns } from './match-tokenizer.js';
import { lookupWords, type WordFacts } from './word-facts.js';
import { shingleSet, shinglesInto, shinglesOf, tokenHashes } from './shingle-hasher.js';
import { DEFAULT_SIGNATURE_SIZE, minhashInto, minhashSignature } from './minhash-signer.js';
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
  /** Where the body starts (after a leftover ` date` header) and that header's date. */
  bodyStart: number;
  headerDate: string | null;
}

/** Wire agencies an article credits: its own list, its dateline's and its credit lines'. */
export function articleAgencies(a: Article): string[] {
  const all = [...a.agencies, ...(a.dateline?.agencies ?? []), ...a.credits.flatMap((c) => c.agencies)];
  return [...new Set(all)];
}

/** The cheap part of a fingerprint: tokens, shingle hashes, MinHash signature. */
export interface Signed {
  tokens: MatchToken[];
  /** fnv1a of every token's folded form (shingle-hasher.ts). */
  hashes: Uint32Array;
  shingles: Uint32Array;
  signature: Uint32Array;
  bodyStart: number;
  headerDate: string | null;
}

export function signArticle(a: Article): Signed {
  const { bodyStart, headerDate } = splitHeader(a.text);
  const tokens = tokenize(a.text, bodyStart);
  const hashes = tokenHashes(tokens);
  const shingles = shinglesOf(hashes);
  return { tokens, hashes, shingles, signature: minhashSignature(shingles), bodyStart, headerDate };
}

/** What the story clusterer needs of an article's text: its tokens as columns, shingles, signature. */
export interface Scanned {
  /** Reused by the next scanArticle(), as `shingles` and `signature`: use (or copy) them before scanning another article. */
  cols: TokenColumns<WordFacts>;
  shingles: Uint32Array;
  signature: Uint32Array;
  bodyStart: number;
  headerDate: string | null;
}

const scanCols = tokenColumns<WordFacts>();
let scanShingles = new Uint32Array(256);
const scanSignature = new Uint32Array(DEFAULT_SIGNATURE_SIZE);
const scanBins = new Uint32Array(DEFAULT_SIGNATURE_SIZE);

/** signArticle() without token objects (scanWords, match-tokenizer.ts): the same shingles and signature. */
export function scanArticle(a: Article): Scanned {
  const { bodyStart, headerDate } = splitHeader(a.text);
  scanWords(a.text, bodyStart, scanCols);
  lookupWords(scanCols, a.text);
  if (scanShingles.length < scanCols.n) scanShingles = new Uint32Array(scanCols.hashes.length);
  const shingles = shinglesInto(scanCols.hashes.subarray(0, scanCols.n), scanShingles);
  return { cols: scanCols, shingles, signature: minhashInto(shingles, scanSignature, scanBins), bodyStart, headerDate };
}

export function fingerprintArticle(a: Article, signed: Signed = signArticle(a)): Fingerprint {
  const { tokens, shingles, bodyStart, headerDate } = signed;
  const narrativeSet = new Set<number>();
  for (let i = 0; i < shingles.length; i++) if (!tokens[i + 2]!.quoted) narrativeSet.add(shingles[i]!);
  return {
    id: a.id,
    text: a.text,
    tokens,
    shingles,
    shingleSet: shingleSet(shingles),
    narrativeSet,
    signature: signed.signature,
    publishedAt: a.publishedAt ?? headerDate,
    agencies: articleAgencies(a),
    bodyStart,
    headerDate,
  };
}
