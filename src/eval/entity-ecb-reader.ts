import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrosscheckError } from '../errors.js';
import type { Sentence } from '../model/text.js';

/**
 * Reads the ECB+ corpus in the Cybulska and Vossen setup (as used by Barhom et al. 2019):
 * `ECB_<Split>_corpus.txt` (doc, sentence, token, word, chain columns; only the annotated
 * sentences) and `ECB_<Split>_Entity_gold_mentions.json`. Each document's text is rebuilt with
 * one sentence per line and tokens joined by spaces where written English has them (none before
 * a comma or "'s"), so every token has a character span.
 */

export interface EcbToken {
  sent: number;
  tok: number;
  start: number;
  end: number;
}

export interface EcbDocument {
  id: string;
  topic: string;
  text: string;
  sentences: Sentence[];
  tokens: EcbToken[];
}

export interface EcbGoldMention {
  docId: string;
  sent: number;
  /** First and last token number (inclusive) in the sentence. */
  first: number;
  last: number;
  text: string;
  /** HUM, LOC, NON, TIM. */
  mentionType: string;
  chain: string;
}

export interface EcbSplit {
  documents: EcbDocument[];
  mentions: EcbGoldMention[];
}

interface RawMention {
  doc_id: string;
  sent_id: number;
  tokens_number: number[];
  tokens_str: string;
  mention_type: string;
  coref_chain: string;
}

const NO_SPACE_BEFORE = new Set(['.', ',', ';', ':', '!', '?', ')', ']', "'s", "'", "n't", '%', "'re", "'ll", "'ve", "'d", "'m"]);

/** Undoes the corpus tokenisation's spaces where written English has none ("Lohan 's", "U . S ."). */
function spaceBefore(prev: string, word: string, prevPrev: string): boolean {
  if (prev === '' || prev === '(' || prev === '[' || prev === '$') return false;
  if (NO_SPACE_BEFORE.has(word)) return false;
  // "U . S ." -> "U.S.": a single capital after a dotted single capital.
  if (prev === '.' && /^\p{Lu}$/u.test(prevPrev) && /^\p{Lu}$/u.test(word)) return false;
  return true;
}

/** `dir`: the ecbplus folder (holding data/interim/cybulska_setup) or cybulska_setup itself. */
export function readEcbSplit(dir: string, split: 'Train' | 'Dev' | 'Test'): EcbSplit {
  const base = existsSync(join(dir, 'data/interim/cybulska_setup')) ? join(dir, 'data/interim/cybulska_setup') : dir;
  const corpusPath = join(base, `ECB_${split}_corpus.txt`);
  const goldPath = join(base, `ECB_${split}_Entity_gold_mentions.json`);
  if (!existsSync(corpusPath) || !existsSync(goldPath)) throw new CrosscheckError('CC_EVAL_DATA', `ECB+ ${split} files not found under ${base}`);
  const docs = new Map<string, { words: [number, number, string][] }>();
  for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 4) continue;
    let d = docs.get(c[0]!);
    if (!d) docs.set(c[0]!, (d = { words: [] }));
    d.words.push([Number(c[1]), Number(c[2]), c[3]!]);
  }
  const documents: EcbDocument[] = [];
  for (const [id, d] of docs) {
    let text = '';
    const sentences: Sentence[] = [];
    const tokens: EcbToken[] = [];
    let cur = -1;
    let sStart = 0;
    let prev = '';
    let prevPrev = '';
    for (const [sent, tok, word] of d.words) {
      if (sent !== cur) {
        if (cur >= 0) {
          sentences.push({ index: cur, paragraph: sentences.length, start: sStart, end: text.length, text: text.slice(sStart) });
          text += '\n';
        }
        cur = sent;
        sStart = text.length;
        prev = '';
        prevPrev = '';
      } else if (spaceBefore(prev, word, prevPrev)) text += ' ';
      prevPrev = prev;
      prev = word;
      tokens.push({ sent, tok, start: text.length, end: text.length + word.length });
      text += word;
    }
    if (cur >= 0) sentences.push({ index: cur, paragraph: sentences.length, start: sStart, end: text.length, text: text.slice(sStart) });
    documents.push({ id, topic: id.split('_')[0]!, text, sentences, tokens });
  }
  let raw: RawMention[];
  try {
    raw = JSON.parse(readFileSync(goldPath, 'utf8')) as RawMention[];
  } catch (e) {
    throw new CrosscheckError('CC_EVAL_DATA', `cannot parse ${goldPath}`, { cause: e });
  }
  const mentions = raw.map((m) => ({
    docId: m.doc_id, sent: m.sent_id, first: Math.min(...m.tokens_number), last: Math.max(...m.tokens_number),
    text: m.tokens_str, mentionType: m.mention_type, chain: m.coref_chain,
  }));
  return { documents, mentions };
}
