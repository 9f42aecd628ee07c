import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../../src/clean/clean-document.js';
import type { Article } from '../../src/model/article.js';

/** A minimal clean article built directly (independent of the ingestion stage). */
export function makeArticle(id: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    kind: 'article', id, source: { input: `${id}.txt` }, url: null, outlet: null, title: null, byline: null,
    publishedAt: null, publishedAtSource: null, lang: 'en', dateline: null, credits: [], agencies: [], text,
    embeds: [], contentHash: contentHash(text), diagnostics: [], ...extra,
  };
}

const OUTLETS = ['straitstimes.com', 'rferl.org', 'reuters.com', 'apnews.com', 'thediplomat.com'];

/** The five seed articles (examples/seed-story), with outlets and dates set for filter tests. */
export function seedArticles(): Article[] {
  const dir = 'examples/seed-story';
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f, i) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    const m = /^ date (\d{4}-\d{2}-\d{2}) ?/.exec(raw);
    const text = (m ? raw.slice(m[0].length) : raw).trim();
    return makeArticle(f.replace(/\.txt$/, ''), text, { outlet: OUTLETS[i] ?? null, publishedAt: m?.[1] ?? null, title: `Seed ${i}` });
  });
}

const WORDS = ['harbour', 'council', 'budget', 'railway', 'festival', 'drought', 'election', 'bridge', 'vaccine', 'orchestra',
  'glacier', 'satellite', 'tariff', 'museum', 'wildfire', 'league', 'reactor', 'pipeline', 'startup', 'monsoon'];

/** `n` unrelated synthetic articles, each on its own topic word (different stories). */
export function otherArticles(n: number, prefix = 'x'): Article[] {
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const w = WORDS[i % WORDS.length] ?? 'topic';
    const k = Math.floor(i / WORDS.length);
    const sentences = Array.from({ length: 8 }, (_, j) =>
      `Report ${prefix}${i} line ${j}: the ${w} number ${k} story continues with detail ${j * 7 + i} about the ${w} plan ${prefix}${i}.`);
    out.push(makeArticle(`${prefix}${i}`, sentences.join(' '), { outlet: `outlet${i % 3}.example`, publishedAt: `2021-01-${String((i % 28) + 1).padStart(2, '0')}` }));
  }
  return out;
}
