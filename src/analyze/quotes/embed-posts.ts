import type { Article } from '../../model/article.js';
import type { QuoteMention } from '../../model/quote.js';

/**
 * Social-media posts that cleaning lifted out of the text (article.embeds) are quotes of a post:
 * the author is the speaker, the handle is the role. Their span is empty (they are not in the
 * text); `embed` points into article.embeds instead.
 */
export function postsFromEmbeds(article: Article): QuoteMention[] {
  return article.embeds.map((e, i) => ({
    kind: 'post',
    start: 0,
    end: 0,
    embed: i,
    text: e.text,
    parts: [],
    speaker: e.author ?? e.handle ?? null,
    speakerSpan: null,
    speakerType: e.author ? 'person' : null,
    speakerRole: e.handle ?? null,
    antecedentSpan: null,
    attribution: e.author || e.handle ? 'post' : 'none',
    cue: null,
    cueSpan: null,
    isFullQuote: true,
    tier: 1,
    certainty: 'explicit',
  }));
}
