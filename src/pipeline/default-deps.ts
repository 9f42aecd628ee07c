/**
 * Default wiring of the report pipeline: the real module of every stage.
 */
import { extractTimeExpressions } from '../analyze/time/index.js';
import { clusterArticles } from '../match/cluster-articles.js';
import { extractQuotes } from '../analyze/quotes/index.js';
import { mergeQuotes } from '../story/quote-merger.js';
import { extractMentions } from '../analyze/entities/index.js';
import { canonicalizeEntities } from '../story/entity-canonicalizer.js';
import { buildTimeline } from '../story/timeline-builder.js';
import { checkPublicationDates } from '../story/publication-date-checker.js';
import { extractNumbers } from '../analyze/numbers/number-extractor.js';
import { alignClaims, groupQuantities } from '../story/claim-aligner.js';
import { detectNumberDiscrepancies } from '../story/discrepancy-number-detector.js';
import { detectStatementDiscrepancies } from '../story/discrepancy-statement-detector.js';
import { createSummarizer, type SummaryOptions } from '../story/summary-builder.js';
import { pickTitle } from '../story/summary-title.js';
import type { ReportDeps } from './build-report.js';

export interface DefaultDepsOptions {
  summary?: SummaryOptions;
}

export function createDefaultDeps(opts: DefaultDepsOptions = {}): ReportDeps {
  return {
    cluster: (articles) => clusterArticles(articles),
    analyzers: {
      time: (text, sentences, anchor) => extractTimeExpressions(text, sentences, anchor),
      quotes: (text, sentences) => extractQuotes(text, sentences),
      entities: (text, sentences) => extractMentions(text, sentences),
      numbers: (text, sentences) => extractNumbers(text, sentences),
    },
    quotes: (items) => mergeQuotes(items),
    entities: (items) => canonicalizeEntities(items),
    publicationDates: (items) => checkPublicationDates(items),
    // Anchors were already corrected by build-report (publication-date check), so no re-anchoring here.
    timeline: (items) => buildTimeline(items, { reanchor: false }),
    claims: (items) => {
      const groups = groupQuantities(items);
      return { claims: alignClaims(items, groups), discrepancies: detectNumberDiscrepancies(groups) };
    },
    statements: (items) => detectStatementDiscrepancies(items),
    summary: createSummarizer(opts.summary ?? {}),
    title: pickTitle,
  };
}
