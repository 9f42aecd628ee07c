/**
 * Content problems found while processing one input. They never stop a run:
 * they are attached to the document (or the run) and listed in reports.
 * Codes are stable; tests check codes, never message text.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable rule id, e.g. `ingest/binary-file`. See DIAGNOSTIC_CODES. */
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** The input the problem is in: a path, `path:line`, a URL or `-` for stdin. */
  input: string;
  /** Optional place inside the input: line number or character offset. */
  line?: number;
  offset?: number;
}

/** Registry of diagnostic codes, one place for all stages. */
export const DIAGNOSTIC_CODES = {
  'ingest/unreadable': 'the path cannot be read',
  'ingest/not-found': 'the path does not exist',
  'ingest/too-large': 'the file is over the size limit',
  'ingest/binary-file': 'the file is binary, not text',
  'ingest/bad-encoding': 'the file is not valid UTF-8; decoded as Windows-1252',
  'ingest/bad-json': 'a JSON document or JSONL line cannot be parsed',
  'ingest/bad-record': 'a JSON record has no text field',
  'ingest/unsupported-format': 'the file type is not supported',
  'ingest/fetch-failed': 'a URL could not be fetched',
  'ingest/blocked-url': 'a URL was refused by the fetch policy',
  'ingest/bad-feed': 'a feed cannot be parsed',
  'ingest/bad-warc': 'a WARC record cannot be read',
  'clean/empty-body': 'the article has no body text',
  'clean/no-article': 'no article text could be extracted from the HTML',
  'clean/short-body': 'the article body is very short',
  'clean/bad-date': 'a publication date cannot be parsed or cannot be',
  'clean/no-date': 'no publication date was found',
  'clean/boilerplate-removed': 'boilerplate lines were removed',
  'time/publication-date-conflict': 'the stated publication date disagrees with the text',
  'analyze/failed': 'an analysis stage failed on this article',
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function diagnostic(
  code: DiagnosticCode,
  input: string,
  message: string,
  severity: Severity = 'warning',
  place: { line?: number; offset?: number } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity, message, input };
  if (place.line !== undefined) d.line = place.line;
  if (place.offset !== undefined) d.offset = place.offset;
  return d;
}
