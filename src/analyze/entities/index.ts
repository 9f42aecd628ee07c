import type { EntityMention, EntityType } from '../../model/entity.js';
import type { Sentence } from '../../model/text.js';
import { findCandidates } from './candidate-finder.js';
import { extendWithNumbers } from './number-name-extender.js';
import { isHeadlineCase } from './candidate-rules.js';
import { splitOverreachingRuns } from './run-overreach-splitter.js';
import { refineDocument, type DraftMention } from './document-refiner.js';
import { getLexicon } from './lexicon.js';
import { findNominals, nominalHeads, type NominalOptions } from './nominal-finder.js';
import { typeCandidate, type TypedCandidate } from './mention-typer.js';
import { ROLE_NOUNS } from './word-lists.js';
import { tokenize, type Token } from './name-tokenizer.js';

/**
 * Entity mention detection for English news: people, organisations, places and groups
 * (nationalities, ethnic and religious groups). Rule and lexicon based, because no maintained
 * named-entity recogniser for TypeScript fits the speed budget (see the issue): candidates are
 * capitalised runs (candidate-finder), typed by cues and a generated gazetteer (mention-typer),
 * then revised with the rest of the article (document-refiner).
 */

const INITIAL_NON_NAME = /(?:ing|ly|ed|er)$/;

function isShouting(tokens: Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 3) continue;
    words++;
    if (t.upper) upper++;
  }
  return words > 0 && upper / words >= 0.7;
}

/** The title or role the text gives a person right before the name ("Prime Minister", "predecessor"). */
function roleOf(tokens: Token[], typed: TypedCandidate, text: string): string | null {
  if (typed.titleFrom !== undefined) {
    let end = typed.from;
    while (end > typed.titleFrom && tokens[end - 1]!.text === '.') end--;
    return end > typed.titleFrom ? text.slice(tokens[typed.titleFrom]!.start, tokens[end - 1]!.end) : null;
  }
  const prev = tokens[typed.from - 1];
  if (typed.rule === 'role-before' && prev && !prev.cap && ROLE_NOUNS.has(prev.lower)) return prev.text;
  return null;
}

export interface ExtractMentionsOptions {
  /** Keep mentions typed 'other' (a capitalised name with no type evidence). Default true. */
  keepOther?: boolean;
  /** Only these types. Default: all. */
  types?: EntityType[];
  /** Also common-noun phrases and pronouns that refer to people and places ("the actress",
   *  "police", "she"; rule 'nominal' or 'pronoun'), as ECB+ marks them. Default false: a
   *  story report lists named entities. */
  includeNominal?: boolean | NominalOptions;
}

export function extractMentions(text: string, sentences: Sentence[], opts: ExtractMentionsOptions = {}): EntityMention[] {
  const lex = getLexicon();
  const drafts: DraftMention[] = [];
  const lowerWords = new Set<string>();
  const tokenized = sentences.map((s) => tokenize(text, s.start, s.end));
  for (const tokens of tokenized) for (const t of tokens) if (t.word && !t.cap) lowerWords.add(t.lower);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const tokens = tokenized[si]!;
    const headline = isHeadlineCase(tokens);
    const shouting = headline && isShouting(tokens);
    // Numbers join names after the run is cut and peeled (see number-name-extender).
    for (const c of extendWithNumbers(tokens, findCandidates(tokens, lex, headline, lowerWords), lex)) {
      const typed = typeCandidate(tokens, c, lex, shouting, lowerWords);
      if (typed.adjective) continue;
      // In headline case, capitals are no evidence: a one-word name needs a lexicon or cue.
      if (headline && typed.strength === 1 && c.to - c.from === 1) continue;
      // A sentence-initial participle or adverb ("Speaking", "Earlier").
      if (c.initial && typed.strength === 1 && c.to - c.from === 1 && INITIAL_NON_NAME.test(tokens[c.from]!.lower)) continue;
      const start = tokens[c.from]!.start;
      const end = tokens[c.to - 1]!.end;
      const draft: DraftMention = {
        start, end, text: text.slice(start, end), sentence: s.index, type: typed.type, strength: typed.strength,
        rule: typed.rule, initial: c.initial, tokenCount: c.to - c.from,
      };
      const role = roleOf(tokens, typed, text);
      if (role) draft.role = role;
      drafts.push(draft);
    }
  }
  const keepOther = opts.keepOther ?? true;
  const types = opts.types ? new Set(opts.types) : null;
  const out: EntityMention[] = [];
  for (const d of refineDocument(splitOverreachingRuns(drafts), lowerWords)) {
    if (!keepOther && d.type === 'other') continue;
    if (types && !types.has(d.type)) continue;
    const m: EntityMention = {
      start: d.start, end: d.end, text: d.text, type: d.type, sentence: d.sentence, rule: d.rule,
      certainty: d.strength === 3 || (d.strength === 2 && !d.rule.startsWith('document')) ? 'explicit' : 'inferred',
      evidence: d.strength === 3 ? 'lexicon' : d.strength === 2 ? 'context' : 'shape',
    };
    if (d.role && d.type === 'person') m.role = d.role;
    out.push(m);
  }
  if (opts.includeNominal) {
    const nominalOpts = opts.includeNominal === true ? {} : opts.includeNominal;
    const heads = nominalHeads(nominalOpts);
    const bySentence = new Map<number, [number, number][]>();
    for (const m of out) {
      let l = bySentence.get(m.sentence);
      if (!l) bySentence.set(m.sentence, (l = []));
      l.push([m.start, m.end]);
    }
    const extra: EntityMention[] = [];
    for (let si = 0; si < sentences.length; si++) {
      const idx = sentences[si]!.index;
      for (const n of findNominals(tokenized[si]!, idx, heads, bySentence.get(idx) ?? [], nominalOpts.wordnet ?? true)) {
        if (!types || types.has(n.type)) extra.push(n);
      }
    }
    if (extra.length > 0) return [...out, ...extra].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Stage form: options resolved once, then `(text, sentences) => mentions` per article. */
export function createMentionExtractor(opts: ExtractMentionsOptions = {}): (text: string, sentences: Sentence[]) => EntityMention[] {
  getLexicon();
  return (text, sentences) => extractMentions(text, sentences, opts);
}
