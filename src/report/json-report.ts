import type { AnalysisReport } from '../model/story.js';

/** The report as JSON: `{ articles, stories }`, every item with the article ids that support it. */
export function renderReportJson(report: AnalysisReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
