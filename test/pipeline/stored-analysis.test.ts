import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createArticleAnalyzer } from '../../src/pipeline/analyze-article.js';
import { createDefaultDeps } from '../../src/pipeline/default-deps.js';
import { packAnalysis, unpackAnalysis } from '../../src/pipeline/stored-analysis.js';
import { seedArticles } from '../store/fixtures.js';

test('a stored analysis drops sentence texts and gives back the same analysis', () => {
  const analyze = createArticleAnalyzer(createDefaultDeps().analyzers ?? {});
  for (const article of seedArticles()) {
    const a = analyze(article);
    const packed = packAnalysis(a);
    assert.ok(packed.sentences.length > 0 && packed.sentences.every((s) => s.text === undefined));
    const back = unpackAnalysis(article, JSON.parse(JSON.stringify(packed)) as typeof packed);
    assert.equal(JSON.stringify(back), JSON.stringify(a));
  }
});

test('a sentence whose text is not the article text at its span keeps its text', () => {
  const analyze = createArticleAnalyzer({});
  const article = seedArticles()[0]!;
  const a = analyze(article);
  const odd = { ...a, sentences: a.sentences.map((s, i) => (i === 1 ? { ...s, text: 'Rewritten.' } : s)) };
  const packed = packAnalysis(odd);
  assert.equal(packed.sentences[1]?.text, 'Rewritten.');
  assert.equal(packed.sentences[0]?.text, undefined);
  assert.deepEqual(unpackAnalysis(article, packed), odd);
});
