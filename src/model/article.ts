import type { Diagnostic } from './diagnostic.js';

/** Where a value came from. `header`: a ` date YYYY-MM-DD` first line; `meta`: HTML <meta>;
 *  `json-ld`: schema.org data; `record`: a field of a JSON record; `url`: a date in the URL;
 *  `text`: a date written in the body; `feed`: an RSS/Atom item; `warc`: a WARC header. */
export type DateSource = 'header' | 'meta' | 'json-ld' | 'record' | 'url' | 'text' | 'feed' | 'warc';

export type InputFormat = 'text' | 'html' | 'json' | 'feed' | 'warc';

/** Where a document was read from. */
export interface SourceRef {
  /** Path, URL or `-` (stdin). */
  input: string;
  /** 1-based line for JSONL records. */
  line?: number;
  /** Record index inside a JSON array, a feed or a WARC file. */
  index?: number;
}

/** What a reader produces: the raw content of one article plus whatever metadata the container gave. */
export interface RawDocument {
  kind: 'raw';
  /** Explicit id (a JSON record's id); otherwise derived later. */
  id?: string;
  /** File name without extension, used as the id when no explicit id exists. */
  nameHint?: string;
  source: SourceRef;
  format: InputFormat;
  /** Plain text, or HTML when format is 'html'. */
  content: string;
  meta: RawMeta;
  diagnostics: Diagnostic[];
}

export interface RawMeta {
  title?: string;
  url?: string;
  publishedAt?: string;
  publishedAtSource?: DateSource;
  outlet?: string;
  /** The site's own name (og:site_name, JSON-LD publisher), e.g. "BBC News". */
  siteName?: string;
  lang?: string;
  author?: string;
  /** Feed-level or wire credit ("Reuters") given by the container. */
  credit?: string;
  /** Any other fields of a record, kept for reference. */
  extra?: Record<string, unknown>;
}

export interface Dateline {
  /** The place as printed, e.g. "WASHINGTON". */
  place: string;
  /** Wire agencies named in the dateline, normalised ("Reuters", "AFP", "AP"). */
  agencies: string[];
  /** The dateline text as printed. */
  text: string;
}

/** A social-media post quoted inside an article, kept apart from the reporter's text. */
export interface Embed {
  kind: 'social-post';
  platform: 'twitter' | 'instagram' | 'facebook' | 'other';
  text: string;
  author?: string;
  handle?: string;
  date?: string;
  url?: string;
}

export interface Credit {
  /** The credit line as printed. */
  text: string;
  /** Roles and names found: reporting, writing, editing. */
  people: { role: string; name: string }[];
  agencies: string[];
}

/** A clean article, ready for analysis. Offsets in later stages are into `text`. */
export interface Article {
  kind: 'article';
  id: string;
  source: SourceRef;
  url: string | null;
  outlet: string | null;
  title: string | null;
  byline: string | null;
  /** The site's own name from metadata, when given (outlet is the URL's host when known). */
  siteName?: string;
  /** ISO 8601 date or date-time. */
  publishedAt: string | null;
  publishedAtSource: DateSource | null;
  lang: string | null;
  dateline: Dateline | null;
  credits: Credit[];
  /** Wire agencies from the dateline and credits, deduplicated. */
  agencies: string[];
  /** Body text, paragraphs separated by a blank line ("\n\n"). */
  text: string;
  embeds: Embed[];
  /** Sha-256 (hex, 16 chars) of the normalised text, for idempotent storage. */
  contentHash: string;
  diagnostics: Diagnostic[];
}
