/**
 * Embedded social posts printed inline by news sites: a tweet ends "pic.twitter.com/x —
 * Display Name (@handle) Month D, YYYY", an Instagram post carries "A post shared by Name
 * (@handle) on Month D, YYYY", a Facebook post "Posted by Name on Saturday, March 6, 2021". Such paragraphs are quotes of a post, not the reporter's text.
 * Hand-written: this is the text left over from embed widgets, no library reads it.
 */
import type { Embed } from '../model/article.js';
import { parseDateString } from './date-parser.js';

const DATE = String.raw`(?<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\.?\s\d{4})`;
const LINK = String.raw`(?<link>(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co|pic\.x\.com)\/\w+)`;
const TWEET_TAIL = new RegExp(String.raw`(?:\s*${LINK})?\s*(?:—|–|-|&mdash;)\s*(?<author>[^()\n—]{1,80}?)\s*\(@(?<handle>\w{1,30})\)\s*${DATE}(?:\s*(?:https?:\/\/)?\S*status\/\d+\S*)?\s*$`, 'u');
const FACEBOOK = /^(?<text>.+?)\s*Posted by (?<author>[^\n]{2,80}?) on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\.?$/su;
const INSTAGRAM = /^(?<text>.*?)\s*A post shared by (?<author>.+?)\s*\(@(?<handle>[\w.]{1,40})\)(?: on (?<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}))?.*$/su;

function embed(platform: Embed['platform'], g: Record<string, string | undefined>, text: string): Embed {
  const e: Embed = { kind: 'social-post', platform, text: text.trim() };
  if (g['author']?.trim()) e.author = g['author'].trim();
  if (g['handle']) e.handle = `@${g['handle']}`;
  if (g['date']) {
    const d = parseDateString(g['date']);
    e.date = d ?? g['date'];
  }
  if (g['link']) e.url = g['link'].startsWith('http') ? g['link'] : `https://${g['link']}`;
  return e;
}

/**
 * Lifts social posts out of the paragraphs. A tail alone in its paragraph ("— Name (@h) Date")
 * takes the paragraph before it as the post's text.
 */
export function extractEmbeds(lines: string[]): { lines: string[]; embeds: Embed[] } {
  const out: string[] = [];
  const embeds: Embed[] = [];
  for (const line of lines) {
    if (line.includes('(@')) {
      const t = TWEET_TAIL.exec(line);
      if (t) {
        let text = line.slice(0, t.index);
        if (text.trim() === '' && out.length > 0) text = out.pop()!;
        embeds.push(embed('twitter', t.groups!, text));
        continue;
      }
      const ig = line.includes('A post shared by') ? INSTAGRAM.exec(line) : null;
      if (ig) {
        let text = ig.groups!['text']!;
        if (text.trim() === '' && out.length > 0) text = out.pop()!;
        embeds.push(embed('instagram', ig.groups!, text));
        continue;
      }
    }
    const fb = line.includes('Posted by ') ? FACEBOOK.exec(line) : null;
    if (fb) { embeds.push(embed('facebook', fb.groups!, fb.groups!['text']!)); continue; }
    out.push(line);
  }
  return { lines: out, embeds };
}
