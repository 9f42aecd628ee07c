/**
 * Default wiring of the report pipeline. STUB: wires only the numbers, claims, discrepancies and
 * summary modules; clustering, time, quotes and entities use the fallbacks of build-report.ts
 * until the lead wires the real modules here.
 */
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
    analyzers: { numbers: (text, sentences) => extractNumbers(text, sentences) },
    claims: (items) => {
      const groups = groupQuantities(items);
      return { claims: alignClaims(items, groups), discrepancies: detectNumberDiscrepancies(groups) };
    },
    statements: (items) => detectStatementDiscrepancies(items),
    summary: createSummarizer(opts.summary ?? {}),
    title: pickTitle,
  };
}
