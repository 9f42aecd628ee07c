import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBrat, quotedShare } from '../../src/eval/quote-brat-reader.js';

const text = '"We will appeal," Husted said. Pepper called it a "huge win for Ohio voters." It was criticised.';
const ann = [
  'T1\tContent 0 16\t"We will appeal,"',
  'T2\tCue 25 29\tsaid',
  'T3\tSource 18 24\tHusted',
  'T4\tAttribution 25 29\tsaid',
  'E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3',
  'T5\tSource 31 37\tPepper',
  'T6\tCue 38 44\tcalled',
  'T7\tContent 45 77\tit a "huge win for Ohio voters."',
  'T8\tAttribution 38 44\tcalled',
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
  'T9\tCue 85 95\tcriticised',
  'T10\tContent 78 80;85 95\tIt criticised',
  'T11\tAttribution-no-source 85 95\tcriticised',
  'E3\tAttribution-no-source:T11 Content:T10 Cue:T9',
].join('\n');

test('parses brat attributions with sources, cues and discontinuous contents', () => {
  const g = parseBrat(ann, text);
  assert.equal(g.length, 3);
  assert.equal(g[0]!.sourceText, 'Husted');
  assert.deepEqual(g[2]!.content, [{ start: 78, end: 80 }, { start: 85, end: 95 }]);
  assert.equal(g[2]!.source, null);
});

test('quoted share: whole quote 1, mostly-quoted clause above half, unquoted 0', () => {
  const g = parseBrat(ann, text);
  assert.equal(quotedShare(text, g[0]!.content), 1);
  assert.ok(quotedShare(text, g[1]!.content) > 0.5);
  assert.equal(quotedShare(text, g[2]!.content), 0);
});
