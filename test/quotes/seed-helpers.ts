import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../../src/analyze/quotes/index.js';
import { splitSentences } from '../../src/analyze/sentence-splitter.js';
import type { AnalyzedArticle } from '../../src/model/analyzed.js';
import type { Article } from '../../src/model/article.js';

const DIR = 'examples/seed-story';
const HEADER = /^\s*date (\d{4}-\d{2}-\d{2})\s*/;

/** The five seed articles, analysed for quotes only (header date taken off like cleaning does). */
export function seedArticles(): AnalyzedArticle[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    let text = readFileSync(join(DIR, f), 'utf8');
    const m = HEADER.exec(text);
    const publishedAt = m ? m[1]! : null;
    if (m) text = text.slice(m[0].length);
    const id = f.slice(0, 3);
    const article: Article = {
      kind: 'article', id, source: { input: f }, url: null, outlet: null, title: null, byline: null, publishedAt,
      publishedAtSource: m ? 'header' : null, lang: 'en', dateline: null, credits: [], agencies: [], text, embeds: [],
      contentHash: id, diagnostics: [],
    };
    const sentences = splitSentences(text);
    return { article, sentences, timexes: [], quotes: extractQuotes(text, sentences), mentions: [], numbers: [] };
  });
}
