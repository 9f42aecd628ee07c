import type { Span } from '../../model/text.js';
import { CUE_FILLERS, SPEAKER_NOUNS, isCueWord } from './cue-lexicon.js';
import { classify, phraseAfter, phraseBefore, type SpeakerPhrase } from './speaker-phrase.js';
import { tokenize, titleCase, type Token } from './word-tokens.js';

/**
 * Cue patterns around one quote: a broadcast soundbite header before it, "X said" / "said X" /
 * "according to X" after it, and "X said (that) ..." / "X said:" before it in the same sentence.
 */

export interface CueMatch {
  phrase: SpeakerPhrase;
  cue: string;
  cueSpan: Span;
  how: 'soundbite' | 'after' | 'before' | 'subject';
}

const SOUNDBITE = /\(\s*SOUNDBITE\s*\)\s*(?:\([^)]*\)\s*)*([^:()"\u201c]{1,160}?)\s*,?\s*(SAYING|SAYS|SAID)\s*(?:\([^)]*\)\s*)?:\s*$/i;
const DET_START = /^(?:the|a|an|one|another|his|her|their)\s/i;
const SOUNDBITE_WORD = /SOUNDBITE/i;
const LEAD = /[,\u2014\u2013\u2015\-)(]/;
const DASH = /[\u2014\u2013\u2015-]/;
const SENT_END = /^[.!?]$/;
const QUOTE_MARK = /^["\u201c\u201d]$/;
const LEADING_PREP = new Set(['with', 'in', 'on', 'at', 'after', 'before', 'during', 'despite', 'for', 'as', 'when', 'while', 'although', 'though', 'since', 'because', 'if', 'asked', 'speaking', 'from', 'by', 'of', 'to', 'under', 'over', 'amid', 'unlike', 'like']);
const ADVERBIAL = new Set(['outside', 'inside', 'each', 'every', 'however', 'meanwhile', 'earlier', 'later', 'still', 'yet', 'instead', 'separately', 'indeed', 'nevertheless', 'now', 'today', 'yesterday', 'last', 'this', 'next', 'previously', 'recently', 'finally', 'also', 'then', 'afterward', 'afterwards', 'overall', 'but', 'and', 'so', 'thus', 'moreover', 'furthermore', 'in', 'on', 'at', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'asked', 'speaking', 'again', 'once', 'ultimately', 'first', 'second', 'third', 'elsewhere', 'there', 'here', 'tonight', 'tomorrow', 'sometimes', 'often']);
const TIME_WORDS = new Set(['later', 'ago', 'earlier', 'afterward', 'afterwards', 'meanwhile', 'yesterday', 'today', 'tonight', 'morning', 'evening', 'night', 'week', 'month', 'year', 'weekend']);
const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'as', 'while', 'when', 'then', 'so', 'because', 'if', 'after', 'before', 'though', 'although', 'with', 'without', 'since']);
/** Words that show a clause, not a description, between a quote and its cue. */
const STOP_IN_DESCRIPTION = new Set(['who', 'which', 'that', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'to', 'not']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'shall']);
const CONJ = new Set(['but', 'and', 'however', 'meanwhile', 'still', 'yet', 'so', 'also', 'instead', 'later', 'then']);
/** Cue words that are too often nouns to be trusted without a verb-like position. */
const WEAK_CUES = new Set(['state', 'states', 'post', 'posted', 'read', 'reads', 'note', 'notes', 'report', 'reports', 'quote', 'term', 'call', 'calls', 'claim', 'claims', 'charge', 'comment', 'answer', 'counter', 'went', 'goes', 'point', 'begin', 'think', 'feel', 'believe', 'sing', 'label', 'chant', 'chants', 'order', 'orders', 'offer', 'offers', 'show', 'shows', 'found', 'find', 'finds', 'project', 'estimate', 'estimates', 'reason', 'vent', 'echo', 'rule', 'rules', 'project', 'projected', 'swear', 'shrug', 'reflect', 'reveal', 'inform', 'boom', 'roar', 'snap', 'beg', 'plead', 'rage']);

/** Number of tokens from the phrase start to index j - 1 (the phrase's last token). */
function countBack(toks: Token[], j: number, start: number): number {
  let n = 0;
  for (let i = j - 1; i >= 0 && toks[i]!.start > start; i--) n++;
  return n;
}

/** First index at or after `from` whose token satisfies `pred` (-1 if none). */
function indexFrom(toks: Token[], from: number, pred: (t: Token) => boolean): number {
  for (let i = Math.max(0, from); i < toks.length; i++) if (pred(toks[i]!)) return i;
  return -1;
}

/** A thinking or noun-like cue in any inflection ("believes", "thought"). */
function isWeak(w: string): boolean {
  return WEAK_CUES.has(w) || WEAK_CUES.has(w.replace(/s$/, '')) || WEAK_CUES.has(w.replace(/ed$/, '')) || WEAK_CUES.has(w.replace(/d$/, '')) || WEAK_CUES.has(w.replace(/ing$/, ''));
}

function isCue(t: Token | undefined, next?: Token): boolean {
  if (t === undefined || !t.word || t.cap) return false;
  if (isCueWord(t.lower)) return true;
  if ((t.lower === 'put' || t.lower === 'puts') && next?.lower === 'it') return true; // "as Smith put it"
  return BACK_VERBS.has(t.lower) && next?.lower === 'back'; // "shot back", "fired back"
}
const BACK_VERBS = new Set(['shot', 'fired', 'hit', 'snapped', 'wrote', 'pushed', 'struck', 'lashed', 'shoots', 'fires', 'hits']);

const POSSESSIVE = /['\u2019]s?$/;
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'our', 'my', 'your', 'whose']);

/** A cue word used as a noun ("Trump's comments", "a nervous call") is no cue. */
function isVerbCue(toks: Token[], c: number): boolean {
  const t = toks[c];
  if (t?.lower === 'back' && isCue(toks[c - 1], t)) return false; // the verb before "back" is the cue
  if (!isCue(t, toks[c + 1])) return false;
  const prev = toks[c - 1];
  if (prev && prev.word && (POSSESSIVE.test(prev.text) || NOUN_BEFORE.has(prev.lower) || MODALS.has(prev.lower))) return false;
  return true;
}

/** Strong speech verbs: a description with an unknown head noun is a speaker only with one of these. */
/** Cues that may come before their speaker ("..., said Smith"); "told X" names the listener. */
const INVERTS = new Set(['said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'continued', 'continues', 'explained', 'explains',
  'noted', 'notes', 'recalled', 'recalls', 'replied', 'responded', 'insisted', 'argued', 'declared', 'warned', 'tweeted', 'stated',
  'concluded', 'acknowledged', 'admitted', 'quipped', 'joked', 'countered', 'cautioned', 'remarked', 'observed', 'offered', 'chimed',
  'beamed', 'laughed', 'shouted', 'yelled', 'cried', 'exclaimed', 'sighed', 'mused', 'boasted', 'complained', 'conceded', 'predicted',
  'promised', 'vowed', 'suggested', 'urged', 'stressed', 'emphasized', 'emphasised', 'agreed', 'announced', 'read', 'reads', 'goes', 'went',
  'reacted', 'wondered', 'demanded', 'retorted', 'snapped', 'interjected', 'added', 'began']);
const INVERT_BASES = new Set(['say', 'add', 'ask', 'write', 'continue', 'explain', 'note', 'recall', 'reply', 'respond', 'insist', 'argue',
  'declare', 'warn', 'tweet', 'state', 'conclude', 'acknowledge', 'admit', 'quip', 'joke', 'counter', 'caution', 'remark', 'observe',
  'offer', 'chime', 'beam', 'laugh', 'shout', 'yell', 'cry', 'exclaim', 'sigh', 'muse', 'boast', 'complain', 'concede', 'predict',
  'promise', 'vow', 'suggest', 'urge', 'stress', 'emphasize', 'emphasise', 'agree', 'announce', 'react', 'wonder', 'demand', 'retort',
  'snap', 'interject', 'begin', 'read', 'go', 'report', 'opine', 'scoff', 'testify', 'write', 'post']);

/** An inflected form of a cue that may precede its speaker ("declares Jane Doe"). */
function inverts(w: string): boolean {
  if (INVERTS.has(w)) return true;
  const cands = [w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/ies$/, 'y'), w.replace(/ied$/, 'y')];
  return cands.some((c) => c !== w && INVERT_BASES.has(c));
}
const PREPOSITIONS = new Set(['on', 'by', 'to', 'in', 'at', 'with', 'from', 'into', 'via', 'about', 'for', 'of', 'through', 'toward', 'towards']);
const STRONG = new Set(['said', 'says', 'say', 'tell', 'write', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'tweeted', 'stated', 'declared', 'insisted', 'explained', 'argued', 'warned', 'noted', 'replied', 'responded']);

function acceptable(p: SpeakerPhrase | null, cue: string): p is SpeakerPhrase {
  if (!p) return false;
  if (p.type !== 'description') return true;
  const words = p.text.split(/\s+/);
  const linkAt = words.findIndex((w, k) => k > 0 && /^(of|for|at|from|in|with|to)$/.test(w));
  const head = (linkAt > 0 ? words[linkAt - 1]! : words[words.length - 1]!).toLowerCase();
  return SPEAKER_NOUNS.has(head) || STRONG.has(cue.toLowerCase());
}

/** "(SOUNDBITE) (English) TITLE, NAME, SAYING:" right before the quote. */
export function soundbiteBefore(text: string, paraStart: number, quoteStart: number): CueMatch | null {
  const before = text.slice(Math.max(paraStart, quoteStart - 240), quoteStart);
  if (!SOUNDBITE_WORD.test(before)) return null;
  const m = SOUNDBITE.exec(before);
  if (!m) return null;
  const base = quoteStart - before.length + m.index;
  const headStart = before.indexOf(m[1]!, m.index) + quoteStart - before.length;
  const parts = m[1]!.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const nameRaw = parts[parts.length - 1] ?? '';
  const role = parts.length > 1 ? parts.slice(0, -1).join(', ') : null;
  const nameStart = headStart + m[1]!.lastIndexOf(nameRaw);
  const toks = tokenize(titleCase(nameRaw));
  const cls = classify(toks);
  const phrase: SpeakerPhrase = {
    start: nameStart,
    end: nameStart + nameRaw.length,
    text: titleCase(nameRaw),
    type: cls?.type === 'person' ? 'person' : 'description',
    name: cls?.name ?? null,
    role: role === null ? null : titleCase(role),
    pronoun: null,
  };
  if (phrase.type === 'description') phrase.role = titleCase([role, nameRaw].filter((s) => s).join(', '));
  const cueAt = base + m[0].lastIndexOf(m[2]!);
  return { phrase, cue: m[2]!, cueSpan: { start: cueAt, end: cueAt + m[2]!.length }, how: 'soundbite' };
}

/** Steps back over fillers ("also", "has") and one parenthesis ("Rep. Smith (D-Wis.) said"). */
function skipFillersBack(toks: Token[], c: number, lo: number): number {
  let j = c;
  for (;;) {
    if (j - 1 >= lo && toks[j - 1]!.word && (CUE_FILLERS.has(toks[j - 1]!.lower) || (/ly$/.test(toks[j - 1]!.lower) && !toks[j - 1]!.cap && toks[j - 1]!.lower.length > 4))) { j--; continue; }
    if (j - 1 >= lo && toks[j - 1]!.text === ')') {
      let k = j - 2;
      while (k >= lo && k >= j - 10 && toks[k]!.text !== '(') k--;
      if (k >= lo && toks[k]!.text === '(') { j = k; continue; }
    }
    return j;
  }
}

/** Steps back over "is quoted as" / "was cited as" before a cue ("Smith is quoted as saying"). */
function skipQuotedAs(toks: Token[], j: number, lo: number): number {
  if (j - 3 >= lo && toks[j - 1]!.lower === 'as' && (toks[j - 2]!.lower === 'quoted' || toks[j - 2]!.lower === 'cited') && /^(?:is|was|were|are|been)$/.test(toks[j - 3]!.lower)) return j - 3;
  return j;
}

/** "..., X said" / "..., said X" / ", according to X" after a quote; k: first token after the closing mark. */
export function cueAfter(toks: Token[], k: number, paraEnd: number, quoteEndsSentence = false): CueMatch | null {
  let dash: Token | null = null;
  while (k < toks.length && !toks[k]!.word && LEAD.test(toks[k]!.text)) { if (DASH.test(toks[k]!.text)) dash = toks[k]!; k++; }
  const t = toks[k];
  if (!t || t.start >= paraEnd) return null;
  if (dash) {
    // A byline-style credit: '"..." -- Jane Doe' closing the paragraph or followed by a comma.
    const p = phraseAfter(toks, k);
    const next = p ? toks[indexFrom(toks, k, (x) => x.start >= p.end)] : undefined;
    if (p && (p.type === 'person' || p.type === 'description' || p.type === 'organisation') && (!next || next.start >= paraEnd || next.text === ',' || next.text === '.')) {
      return { phrase: p, cue: dash.text, cueSpan: { start: dash.start, end: dash.end }, how: 'after' };
    }
  }
  if (t.lower === 'according' && toks[k + 1]?.lower === 'to') {
    const p = phraseAfter(toks, k + 2);
    return p ? { phrase: p, cue: 'according to', cueSpan: { start: t.start, end: toks[k + 1]!.end }, how: 'after' } : null;
  }
  if (isCue(t) && inverts(t.lower)) {
    const p = phraseAfter(toks, k + 1);
    return acceptable(p, t.text) ? { phrase: p, cue: t.text, cueSpan: { start: t.start, end: t.end }, how: 'after' } : null;
  }
  let depth = 0;
  for (let m = k + 1; m < toks.length && m - k <= 30; m++) {
    const u = toks[m]!;
    if (u.text === '(') depth++;
    else if (u.text === ')') depth = Math.max(0, depth - 1);
    const abbrevDot = u.text === '.' && toks[m + 1]?.text === ',';
    if (u.start >= paraEnd || (depth === 0 && SENT_END.test(u.text) && !abbrevDot) || QUOTE_MARK.test(u.text)) return null;
    if (depth > 0) continue;
    if (!isCue(u, toks[m + 1])) continue;
    if ((u.lower === 'quoted' || u.lower === 'cited') && toks[m + 1]?.lower === 'as') continue; // the cue is the verb after "as"
    // Not the clause's verb: a noun after "of"/a determiner ("secretary of state", "the call"), or a
    // verb of a relative clause inside an appositive ("Jane Doe, who founded the firm, wrote").
    const before = toks[m - 1]?.lower ?? '';
    if (before === 'of' || NOUN_BEFORE.has(before) || before === 'who' || before === 'which') continue;
    if (toks[m - 1]?.text === ',' && inverts(u.lower) && m - k <= 25) {
      // '"...," if she lost, said Jane Doe': a trailing clause, then an inverted cue.
      const inv = phraseAfter(toks, m + 1);
      if (inv && (inv.type === 'person' || acceptable(inv, u.text))) return { phrase: inv, cue: u.text, cueSpan: { start: u.start, end: u.end }, how: 'after' };
    }
    const j = skipQuotedAs(toks, skipFillersBack(toks, m, k), k);
    const p = phraseBefore(toks, j);
    const pStart = p ? indexFrom(toks, k, (x) => x.start === p.start) : -1;
    // '"...," a voice-over in the ad states.': a determined description right after the quote and
    // right before a weak cue closing the sentence speaks too.
    const closing = pStart === k && p !== null && p.type === 'description' && DET_START.test(p.text) && SENT_END.test(toks[m + 1]?.text ?? '');
    if (WEAK_CUES.has(u.lower) && !closing && !(p && (p.type === 'person' || p.type === 'pronoun' || (p.type === 'description' && acceptable(p, ''))))) continue;
    // Lower-case words before the speaker ("state Sen. Jane Doe"): a cue word only as a modifier of a capitalised word.
    const lead = pStart >= k && pStart - k <= 2 && toks.slice(k, pStart).every((x, n) => x.word && !x.cap && (!isCueWord(x.lower) || toks[k + n + 1]!.cap) && !CLAUSE_WORDS.has(x.lower));
    // After a quote ending in . ! ?, a capitalised "She replied to him that ..." starts a new sentence:
    // only a short "Smith said." there is the quote's attribution.
    if (quoteEndsSentence && toks[k]!.cap && p !== null) {
      let e = m + 1;
      while (e < toks.length && e - m <= 6 && !SENT_END.test(toks[e]!.text) && toks[e]!.start < paraEnd) e++;
      if (e - m > 5) return null;
    }
    const detDescription = p !== null && p.type === 'description' && DET_START.test(p.text) && pStart === k;
    if (p && lead && (acceptable(p, u.text) || detDescription)) return { phrase: p, cue: u.text, cueSpan: { start: u.start, end: u.end }, how: 'after' };
    // '"..." for criminal behavior, she said': a trailing phrase, then the cue after a comma.
    const pi = p ? indexFrom(toks, k, (x) => x.start === p.start) : -1;
    if (p && m - k <= 14 && (p.type === 'pronoun' || p.type === 'person') && pi > k && toks[pi - 1]!.text === ',') return { phrase: p, cue: u.text, cueSpan: { start: u.start, end: u.end }, how: 'after' };
    // Appositive: "Smith, the party's chairman, said".
    const a = phraseAfter(toks, k);
    if (a && toks[j - 1]?.text === ',' ) {
      const comma = indexFrom(toks, k, (x) => x.start >= a.end && x.text === ',');
      if (comma >= 0 && comma < j - 1 && (a.type === 'person' || m - k <= 14)) return { phrase: a, cue: u.text, cueSpan: { start: u.start, end: u.end }, how: 'after' };
    }
    // A longer determined description filling the gap ('"...," the bespectacled, 71-year-old diplomat
    // said', '"...," the Vermont senator and presidential candidate told ...'): all of it speaks.
    if (STRONG.has(u.lower) && j - k >= 2 && j - k <= 12 && DET_START.test(`${toks[k]!.lower} `) && toks[j - 1]!.word
      && toks.slice(k, j).every((x) => x.text === ',' || x.text === '-' || (x.word && (x.lower === 'and' || !CLAUSE_WORDS.has(x.lower)) && !isCueWord(x.lower) && !STOP_IN_DESCRIPTION.has(x.lower)))) {
      const text = toks.slice(k, j).map((x, n) => (n > 0 && x.start > toks[k + n - 1]!.end ? ' ' : '') + x.text).join('');
      return { phrase: { start: toks[k]!.start, end: toks[j - 1]!.end, text, type: 'description', name: null, role: text, pronoun: null }, cue: u.text, cueSpan: { start: u.start, end: u.end }, how: 'after' };
    }
    return null;
  }
  return null;
}

/** The subject at the start of the clause [lo, hi): skips conjunctions and a short leading adverbial. */
export function subjectOf(toks: Token[], lo: number, hi: number): SpeakerPhrase | null {
  let i = lo;
  // A dateline ("WASHINGTON —", "PHILADELPHIA, July 25 (UPI) —", "OSLO (REUTERS, AFP) -") is no subject.
  const first = toks[lo];
  if (first && first.word && first.text.length > 1 && first.text === first.text.toUpperCase() && /\p{Lu}/u.test(first.text)) {
    let depth = 0;
    for (let k = lo; k < hi && k - lo <= 14; k++) {
      const t = toks[k]!;
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      else if (depth === 0 && DASH.test(t.text)) { i = k + 1; while (i < hi && DASH.test(toks[i]!.text)) i++; break; }
      else if (depth === 0 && t.word && !t.cap && !/^\d/.test(t.text)) break;
    }
  }
  while (i < hi && (CONJ.has(toks[i]!.lower) || toks[i]!.text === ',')) i++;
  // Skip leading adverbials ("However,", "On Sunday, after the talks,"), not a subject with an appositive ("Smith, speaking ...").
  for (let round = 0; round < 3; round++) {
    const comma0 = indexFrom(toks, i, (t) => t.text === ',');
    const comma = comma0 >= 0 && comma0 < hi ? comma0 : -1;
    const opener = toks[i];
    // A short capitalised segment after a skipped one is a place ("in Berea, OH, after ...").
    const place = round > 0 && comma >= 0 && comma - i <= 2 && toks.slice(i, comma).filter((t) => t.word).length === 1 && toks.slice(i, comma).every((t) => t.cap || /^\d/.test(t.text) || t.text === '.');
    const timeSeg = comma >= 0 && comma - i <= 5 && toks.slice(i, comma).some((t) => TIME_WORDS.has(t.lower));
    const adverbial = place || timeSeg || (opener !== undefined && (LEADING_PREP.has(opener.lower) || ADVERBIAL.has(opener.lower) || /ly$/.test(opener.lower) || (/ing$/.test(opener.lower) && opener.cap)));
    const participial = opener !== undefined && (LEADING_PREP.has(opener.lower) || (/ing$/.test(opener.lower) && opener.cap));
    if (!(adverbial && comma >= 0 && comma - i <= 30 && (participial || !toks.slice(i, comma).some((t) => isCue(t))))) break;
    i = comma + 1;
    while (i < hi && CONJ.has(toks[i]!.lower)) i++;
  }
  while (i < hi && CONJ.has(toks[i]!.lower)) i++;
  if (i >= hi) return null;
  const p = phraseAfter(toks, i);
  return p && p.end <= toks[hi - 1]!.end ? p : null;
}

/** True when the words right before the quote introduce it ("X said that \"...\""). */
export function introducedBefore(toks: Token[], q: number): boolean {
  const a = toks[q - 1];
  if (!a) return false;
  return a.lower === 'that' && isCue(toks[q - 2]);
}

/** "X said (that) ... 'quote'" / "X said: 'quote'" / "according to X, 'quote'" in the sentence before the quote. */
export function cueBefore(toks: Token[], lo: number, q: number): CueMatch | null {
  // "Said Jane Doe, a neighbour, "..."": an inverted cue opening the sentence.
  const first = toks[lo];
  if (first && first.cap && isCueWord(first.lower) && lo < q) {
    const p = phraseAfter(toks, lo + 1);
    if (p && p.type !== 'description') return { phrase: p, cue: first.text, cueSpan: { start: first.start, end: first.end }, how: 'before' };
  }
  let fallback: CueMatch | null = null;
  let nearest: CueMatch | null = null;
  // A subject is looked for after the last quote mark before this quote (the sentence may open inside another quote).
  let subjLo = lo;
  for (let c = q - 1; c > lo; c--) if (QUOTE_MARK.test(toks[c]!.text)) { subjLo = c + 1; break; }
  for (let c = q - 1; c >= lo; c--) {
    const t = toks[c]!;
    if (QUOTE_MARK.test(t.text) && c < q - 1) break; // another quote stands between
    if (t.lower === 'according' && toks[c + 1]?.lower === 'to') {
      const p = phraseAfter(toks, c + 2);
      if (p && !nearest) return { phrase: p, cue: 'according to', cueSpan: { start: t.start, end: toks[c + 1]!.end }, how: 'before' };
      continue;
    }
    if (!isVerbCue(toks, c)) continue;
    const cueSpan = { start: t.start, end: t.end };
    if (toks[c + 1]?.lower === 'by' && /^(was|were|is|are|been|be)$/.test(toks[c - 1]?.lower ?? '') && !nearest) {
      const agent = phraseAfter(toks, c + 2);
      if (agent && agent.type !== 'pronoun') { nearest = { phrase: agent, cue: t.text, cueSpan, how: 'before' }; continue; }
    }
    if (inverts(t.lower) && !nearest && (c === lo || !toks[c - 1]!.word)) {
      const inv = phraseAfter(toks, c + 1);
      const after = inv ? indexFrom(toks, c + 1, (x) => x.start >= inv.end) : -1;
      if (inv && inv.type !== 'pronoun' && after >= q - 2 && after < q && (toks[after]!.text === ':' || toks[after]!.text === ',')) {
        nearest = { phrase: inv, cue: t.text, cueSpan, how: 'before' };
        continue;
      }
    }
    const j = skipFillersBack(toks, c, lo);
    const p = phraseBefore(toks, j);
    const pAt = p ? j - 1 - countBack(toks, j, p.start) : -1;
    const object = pAt > lo && PREPOSITIONS.has(toks[pAt - 1]?.lower ?? '') && !t.lower.endsWith('ing');
    const weakOk = !isWeak(t.lower) || (p !== null && (p.type === 'person' || p.type === 'pronoun'));
    if (object && !nearest) {
      // "Another source speaking to Fox News said": the phrase before the participle speaks.
      let g = pAt - 2;
      const participle = (x: Token): boolean => x.word && !x.cap && (x.lower.endsWith('ing') || x.lower.endsWith('ed'));
      while (g > lo && pAt - g <= 6 && !participle(toks[g]!)) g--;
      const r = g > lo && participle(toks[g]!) ? phraseBefore(toks, g) : null;
      if (acceptable(r, t.text)) { nearest = { phrase: r, cue: t.text, cueSpan, how: 'before' }; continue; }
    }
    if (t.lower.endsWith('ing') && !nearest && p !== null && p.type === 'description' && pAt > subjLo && toks[pAt - 1]!.word && !toks[pAt - 1]!.cap) {
      // "she released a statement saying ...", "sent an email to supporters stating ...": the phrase before the
      // participle is an object; the clause subject speaks.
      const subj = subjectOf(toks, subjLo, p ? pAt : j);
      if (subj && (p === null || subj.start !== p.start)) { nearest = { phrase: subj, cue: t.text, cueSpan, how: 'subject' }; continue; }
    }
    if (acceptable(p, t.text) && p.end === toks[j - 1]!.end && !object && weakOk) {
      const m: CueMatch = { phrase: p, cue: t.text, cueSpan, how: 'before' };
      // A thinking verb nearest the quote ("he feels", "people think") gives way to an earlier speech verb.
      if (!nearest || (isWeak(nearest.cue.toLowerCase()) && STRONG.has(t.lower))) nearest = m;
      continue;
    }
    const before = toks[j - 1];
    // "an official who spoke anonymously said": the phrase before "who" speaks.
    if (!nearest) {
      let w = j - 1;
      while (w > lo && j - w <= 10 && toks[w]!.word && toks[w]!.lower !== 'who') w--;
      if (w > lo && toks[w]!.lower === 'who') {
        const r = phraseBefore(toks, w);
        if (acceptable(r, t.text)) { nearest = { phrase: r, cue: t.text, cueSpan, how: 'before' }; continue; }
      }
    }
    // ", who told ...": the relative pronoun stands for the phrase before the comma.
    if (before?.lower === 'who' && toks[j - 2]?.text === ',') {
      const r = phraseBefore(toks, j - 2);
      if (r && !nearest) nearest = { phrase: r, cue: t.text, cueSpan, how: 'before' };
      continue;
    }
    // "X said ... and added, "..."", "X continued by saying": an earlier cue or the clause subject speaks.
    if (fallback === null && (WEAK_CUES.has(t.lower) === false) && (before === undefined || !before.word || before.lower === 'and' || before.lower === 'but' || before.lower === 'or' || before.lower === 'by' || before.lower === 'then' || before.lower === 'to' || t.lower.endsWith('ing') || j === lo)) {
      const s = subjectOf(toks, Math.min(subjLo, j - 1), j);
      if (s) fallback = { phrase: s, cue: t.text, cueSpan, how: 'subject' };
    }
  }
  if (nearest) return nearest;
  if (fallback) return fallback;
  // "... - Jane Doe: '...'": a name right before the colon, after a dash or at the start.
  if (q - 1 >= lo && toks[q - 1]!.text === ':') {
    const named = phraseBefore(toks, q - 1);
    const at = named ? indexFrom(toks, lo, (x) => x.start === named.start) : -1;
    if (named && named.type === 'person' && (at === lo || (at > lo && DASH.test(toks[at - 1]!.text)))) {
      return { phrase: named, cue: ':', cueSpan: { start: toks[q - 1]!.start, end: toks[q - 1]!.end }, how: 'before' };
    }
  }
  // "Smith put it bluntly: '...'": a colon right before the quote, subject of the clause.
  if (q - 1 >= lo && toks[q - 1]!.text === ':') {
    const s = subjectOf(toks, lo, q - 1);
    if (s && s.type !== 'description' || (s && SPEAKER_NOUNS.has(s.text.split(' ').pop()!.toLowerCase()))) return { phrase: s, cue: ':', cueSpan: { start: toks[q - 1]!.start, end: toks[q - 1]!.end }, how: 'subject' };
  }
  return null;
}

/**
 * A credit line in the paragraph after a quote that fills its own paragraph, as fact-checks and
 * quote boxes print them: '"..."\n\n- Jane Doe.' or '-President Smith, tweeting after ...'.
 * k: first token after the closing mark; nextParaEnd: end of the following paragraph.
 */
export function creditAfter(toks: Token[], k: number, nextParaEnd: number): CueMatch | null {
  const dash = toks[k];
  if (!dash || dash.word || !DASH.test(dash.text)) return null;
  const p = phraseAfter(toks, k + 1);
  if (!p || (p.type !== 'person' && p.type !== 'organisation')) return null;
  const next = toks[indexFrom(toks, k + 1, (x) => x.start >= p.end)];
  if (next && next.start < nextParaEnd && next.text !== ',' && next.text !== '.') return null;
  return { phrase: p, cue: dash.text, cueSpan: { start: dash.start, end: dash.end }, how: 'after' };
}

/**
 * '"...," Jane Doe pressed' / '"...," remembered Jane Doe': a verb the cue lexicon does not know,
 * right after a quote that ends inside its sentence (a comma, ? or !), next to a person name or a
 * determined description. Past-tense forms only ("-ed"), to keep to verbs of saying' position.
 */
export function unknownVerbAfter(toks: Token[], k: number, paraEnd: number): CueMatch | null {
  while (k < toks.length && toks[k]!.text === ',') k++;
  const t = toks[k];
  if (!t || t.start >= paraEnd || !t.word) return null;
  const verb = (x: Token | undefined): boolean => x !== undefined && x.word && !x.cap && x.lower.length > 4 && x.lower.endsWith('ed');
  if (verb(t)) {
    const p = phraseAfter(toks, k + 1);
    if (p && p.type === 'person') return { phrase: p, cue: t.text, cueSpan: { start: t.start, end: t.end }, how: 'after' };
    return null;
  }
  const p = phraseAfter(toks, k);
  const speaks = (x: SpeakerPhrase | null): x is SpeakerPhrase => x !== null && (x.type === 'person' || x.type === 'pronoun' || (x.type === 'description' && DET_START.test(x.text)));
  const v = p ? toks[indexFrom(toks, k, (x) => x.start >= p.end)] : undefined;
  if (speaks(p) && verb(v) && v!.start < paraEnd) return { phrase: p, cue: v!.text, cueSpan: { start: v!.start, end: v!.end }, how: 'after' };
  // "an angry Jane Doe retaliated": the phrase reader ran over the verb; cut the phrase before it.
  let e = k + 1;
  while (e < toks.length && e - k <= 8 && toks[e]!.word && !verb(toks[e])) e++;
  const w = toks[e];
  if (!verb(w) || w!.start >= paraEnd) return null;
  const q = classify(toks.slice(k, e));
  return speaks(q) ? { phrase: q, cue: w!.text, cueSpan: { start: w!.start, end: w!.end }, how: 'after' } : null;
}
