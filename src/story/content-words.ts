/**
 * Content words of a sentence for alignment and ranking: lower-cased word tokens, stop words
 * removed (stopwords-iso English, minus negations which carry meaning), Porter-stemmed
 * (the `stemmer` package). Memoised per word: sentences of a story share most words.
 */
import { stemmer } from 'stemmer';
import { createRequire } from 'node:module';

// stopwords-iso is a bare JSON package with no types: load it through require.
const stopwordsIso = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

const KEEP = new Set(['not', 'no', 'never', 'none', 'nor', 'without']);
const STOP = new Set<string>((stopwordsIso['en'] ?? []).filter((w) => !KEEP.has(w)));
for (const w of ['said', 'says', 'say', 'told', 'mr', 'mrs', 'ms', 'also', 'would', 'could', 'reuters', 'afp']) STOP.add(w);

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const stemCache = new Map<string, string | null>();

function stemOf(word: string): string | null {
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  s = STOP.has(lower) || lower.length < 2 || KEEP.has(lower) ? null : stemmer(lower);
  if (stemCache.size < 200_000) stemCache.set(word, s);
  return s;
}

/** Stemmed content words of a text, in order (with repeats). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const s = stemOf(m[0]);
    if (s !== null) out.push(s);
  }
  return out;
}

/** Lower-cased word tokens with their offsets (negations and stop words kept). */
export function wordTokens(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD_RE)) out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

export function isStopWord(lower: string): boolean {
  return STOP.has(lower);
}

export function stemWord(lower: string): string {
  return stemmer(lower);
}

/** |a ∩ b| over sets. */
export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) n++;
  return n;
}
