import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderBody, sharedRanges } from '../../src/server/html/article-page.js';
import type { StoryReport } from '../../src/model/story.js';

const report = (relations: StoryReport['relations']): StoryReport => ({
  id: 's', title: 't', articleIds: ['a', 'b', 'c'], summary: [], entities: [], quotes: [], timeline: [], claims: [], discrepancies: [], relations,
});

describe('article page shared-passage highlighting', () => {
  it('takes offsets from whichever side of a relation the article is on, and merges overlaps', () => {
    const r = report([
      { kind: 'shares-passages', a: 'a', b: 'b', similarity: 0.5, sharedPassages: [{ text: '', aStart: 0, bStart: 10, length: 5, bLength: 5 }] },
      { kind: 'shares-passages', a: 'c', b: 'a', similarity: 0.5, sharedPassages: [{ text: '', aStart: 99, bStart: 3, length: 6, bLength: 6 }] },
      { kind: 'shares-passages', a: 'b', b: 'c', similarity: 0.5, sharedPassages: [{ text: '', aStart: 0, bStart: 0, length: 50, bLength: 50 }] },
    ]);
    assert.deepEqual(sharedRanges('a', 100, r), [{ start: 0, end: 9, with: 'b, c' }]);
    assert.deepEqual(sharedRanges('b', 100, r).map((x) => [x.start, x.end]), [[0, 50]]);
    assert.deepEqual(sharedRanges('a', 4, r).map((x) => [x.start, x.end]), [[0, 4]]);
    assert.deepEqual(sharedRanges('a', 100, null), []);
  });

  it('marks the exact characters, splits marks at paragraph breaks, and escapes text', () => {
    const text = 'One <b>two</b>\n\nthree & four';
    const start = text.indexOf('two');
    const end = text.indexOf('three') + 5;
    const out = renderBody(text, [{ start, end, with: 'x"y' }]).__html;
    assert.equal(out,
      '<p>One &lt;b&gt;<mark class="shared" title="shared with x&quot;y">two&lt;/b&gt;</mark></p>'
      + '<p><mark class="shared" title="shared with x&quot;y">three</mark> &amp; four</p>');
  });
});
