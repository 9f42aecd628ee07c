import type { QuoteMention } from '../../model/quote.js';
import type { QuoteContext } from './index.js';
import { nameFromRun } from './person-name-finder.js';
import { tokenize } from './word-tokens.js';

/**
 * Social-media posts pasted into the article text, in the form embed widgets leave behind:
 * "<text> pic.twitter.com/xyz — Display Name (@handle) March 6, 2021". The post's words are a
 * quote of kind 'post' whose speaker is the account's display name (a role such as
 * "Secretary" stripped, the full name taken from the article when it has one).
 */

const POST = /^(.{8,600}?)\s*(?:(?:https?:\/\/)?pic\.twitter\.com\/\S+\s*)?[\u2014\u2013-]{1,2}\s*([^()\n]{1,80}?)\s*\(@(\w{1,30})\)\s*((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})\s*$/;
const TRAILING_LINK = /\s*(?:(?:https?:\/\/)?pic\.twitter\.com\/\S+|https?:\/\/t\.co\/\S+)\s*$/;

export function findPosts(ctx: QuoteContext): QuoteMention[] {
  const out: QuoteMention[] = [];
  if (!ctx.text.includes('(@')) return out;
  for (const p of ctx.paragraphs) {
    const para = ctx.text.slice(p.start, p.end);
    if (!para.includes('(@')) continue;
    const m = POST.exec(para);
    if (!m) continue;
    const body = m[1]!.replace(TRAILING_LINK, '');
    const start = p.start + (para.length - para.trimStart().length);
    const end = start + body.trim().length;
    const display = m[2]!.trim();
    const nameAt = p.start + para.lastIndexOf(display, para.length - m[4]!.length);
    const nm = nameFromRun(tokenize(display));
    const speaker = nm && nm.kind === 'person' ? ctx.normalize(nm.name) : display;
    out.push({
      start, end, text: ctx.text.slice(start, end), parts: [{ start, end }], kind: 'post', isFullQuote: true, tier: 1,
      speaker, speakerSpan: { start: nameAt, end: nameAt + display.length }, speakerType: nm && nm.kind === 'person' ? 'person' : 'organisation',
      speakerRole: nm?.role ?? null, antecedentSpan: null, attribution: 'post', cue: `@${m[3]!}`, cueSpan: null, certainty: 'explicit',
    });
  }
  return out;
}
