import type { Span } from '../../model/text.js';
import { COURTESY_TITLES, NON_NAME_WORDS, ORG_HEADS, ROLE_WORDS } from './cue-lexicon.js';
import type { Token } from './word-tokens.js';

/**
 * A small local finder of person names for quote speakers, by capitalisation: runs of
 * capitalised words, a leading role ("Danish Prime Minister") and courtesy title ("Mr")
 * split off, organisation-like runs ("the State Department") told apart by their last word.
 * Hand-written because the project has no NER dependency and speakers need only this much.
 */

export interface NameMention extends Span {
  /** The name as printed, role and courtesy title removed. */
  name: string;
  /** Role or title printed before the name, if any. */
  role: string | null;
  kind: 'person' | 'organisation';
  /** Gender shown by a courtesy title, if any. */
  gender: 'm' | 'f' | null;
  /** Number of name tokens. */
  size: number;
  /** Span of the whole run including the role. */
  full: Span;
  /** The word before the run, lower-cased ("in" before a place), null at the start. */
  prev: string | null;
}

export const CONNECTORS: ReadonlySet<string> = new Set(['de', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'di', 'del', 'der', 'du', 'of', 'el', 'ibn']);

function isNameToken(t: Token): boolean {
  return t.word && t.cap; // cap: an upper-case first letter, so never a digit
}

/** Splits a run of capitalised tokens into role + name; returns null for non-names. */
const POSSESSIVE_S = /['\u2019]s$/;
const ALL_CAPS = /^[A-Z]+$/;
const nonName = (t: Token): boolean => NON_NAME_WORDS.has(t.lower) || (t.lower.endsWith('s') && POSSESSIVE_S.test(t.lower) && NON_NAME_WORDS.has(t.lower.replace(POSSESSIVE_S, '')));

export function nameFromRun(run: Token[]): NameMention | null {
  let i = 0;
  while (i < run.length && nonName(run[i]!)) i++;
  let e = run.length;
  while (e > i && (CONNECTORS.has(run[e - 1]!.lower) || nonName(run[e - 1]!))) e--;
  if (e === i) return null;
  const toks = i === 0 && e === run.length ? run : run.slice(i, e);
  const last = toks[toks.length - 1]!;
  if (ORG_HEADS.has(last.lower) || (toks.length === 1 && last.text.length > 1 && ALL_CAPS.test(last.text))) {
    return { start: toks[0]!.start, end: last.end, name: toks.map((t) => t.text).join(' '), role: null, kind: 'organisation', gender: null, size: toks.length, full: { start: toks[0]!.start, end: last.end }, prev: null };
  }
  let cut = -1;
  let gender: 'm' | 'f' | null = null;
  for (let k = 0; k < toks.length - 1; k++) {
    const l = toks[k]!.lower;
    if (COURTESY_TITLES.has(l) || COURTESY_TITLES.has(`${l}.`)) { cut = k; gender = COURTESY_TITLES.get(l) ?? COURTESY_TITLES.get(`${l}.`) ?? null; }
    // "Del." (Delegate) only with its dot: "del" alone joins names ("Juan del Toro").
    else if (ROLE_WORDS.has(l) || ROLE_WORDS.has(`${l}.`) || (l === 'del' && toks[k]!.text === 'Del.')) cut = k;
  }
  let nameToks = toks.slice(cut + 1);
  // A long run with no known role word ("Chicago Alderman Jason C. Ervin"): the name is its tail.
  if (nameToks.length > 4) { cut = toks.length - 4; nameToks = toks.slice(cut); while (nameToks.length > 2 && !/\.$/.test(nameToks[1]!.text) && nameToks.length > 3) { cut++; nameToks = toks.slice(cut); } }
  if (nameToks.length === 0) return null;
  if (nameToks.some((t) => ROLE_WORDS.has(t.lower) && nameToks.length === 1)) return null;
  const roleToks = toks.slice(0, cut + 1).filter((t) => !COURTESY_TITLES.has(t.lower) && !COURTESY_TITLES.has(`${t.lower}.`));
  return {
    start: nameToks[0]!.start,
    end: nameToks[nameToks.length - 1]!.end,
    name: nameToks.map((t) => t.text).join(' '),
    role: roleToks.length > 0 ? roleToks.map((t) => t.text).join(' ') : null,
    kind: 'person',
    gender,
    size: nameToks.length,
    full: { start: toks[0]!.start, end: last.end },
    prev: null,
  };
}

/** True when text[from, to) is one or more spaces or tabs. */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Finds capitalised runs in a token list (tokens adjacent, separated by spaces only). */
export function findNames(text: string, tokens: Token[]): NameMention[] {
  const out: NameMention[] = [];
  let run: Token[] = [];
  let before: Token | null = null;
  let prevTok: Token | null = null;
  const flush = (): void => {
    if (run.length > 0) {
      const n = nameFromRun(run);
      if (n) {
        n.prev = before && before.word ? before.lower : null;
        out.push(n);
      }
      run = [];
    }
  };
  for (const t of tokens) {
    if (run.length === 0) before = prevTok;
    prevTok = t;
    // (no run[-1] on an empty run: a negative index is a slow property lookup in V8)
    const prev = run.length > 0 ? run[run.length - 1] : undefined;
    const adjacent = prev !== undefined && spacesOnly(text, prev.end, t.start);
    if (isNameToken(t) || (run.length > 0 && CONNECTORS.has(t.lower) && adjacent)) {
      if (prev !== undefined && !adjacent) flush();
      run.push(t);
    } else flush();
  }
  flush();
  return out;
}

/**
 * Normalises a speaker name within an article: strips courtesy titles and roles, and expands a
 * bare surname to the fullest name with that surname seen in the article ("Mr Smith" -> "Jane Smith").
 */
export function createNameNormalizer(names: NameMention[]): (name: string) => string {
  const bySurname = new Map<string, string>();
  for (const n of names) {
    if (n.kind !== 'person' || n.size < 2) continue;
    const parts = n.name.split(' ');
    const sur = parts[parts.length - 1]!.toLowerCase();
    const cur = bySurname.get(sur);
    if (cur === undefined || n.name.split(' ').length > cur.split(' ').length) bySurname.set(sur, n.name);
  }
  const memo = new Map<string, string>();
  return (name: string): string => {
    const hit = memo.get(name);
    if (hit !== undefined) return hit;
    const out = normalizeName(name);
    memo.set(name, out);
    return out;
  };
  function normalizeName(name: string): string {
    const parts = name.split(/\s+/).filter((p) => !COURTESY_TITLES.has(p.toLowerCase()) && !COURTESY_TITLES.has(`${p.toLowerCase()}.`));
    if (parts.length === 1) return bySurname.get(parts[0]!.toLowerCase()) ?? parts[0]!;
    return parts.join(' ');
  }
}
