import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { RawDocument } from '../model/article.js';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import { readTextFile } from './text-reader.js';
import { readJsonFile } from './json-reader.js';
import { readHtmlFile } from './html-reader.js';
import { decodeText } from './decode.js';
import { readFeedDocuments } from './feed-documents.js';
import { sniffFeed } from './feed-sniffer.js';
import { parseOpml } from './feed-reader.js';
import { readUrl } from './url-reader.js';
import { readWarc } from './warc-reader.js';
import { createFetcher } from '../fetch/fetcher.js';
import type { Fetcher } from '../fetch/fetch-types.js';

export interface ReadOptions {
  /** Files over this size are refused with a diagnostic. */
  maxBytes?: number;
  /** Fetcher for URLs and feed items; created on first use when absent. */
  fetcher?: Fetcher;
  /** Feed files: fetch each item's page (default false: use the items' own content, offline). */
  fetchFeedItems?: boolean;
  /** Called with WARC progress (bytes read, total bytes). */
  onProgress?: (done: number, total: number) => void;
}

export interface ReadResult {
  docs: RawDocument[];
  /** Problems with inputs that produced no document. */
  diagnostics: Diagnostic[];
}

/** Reads the bytes of one file into raw documents. */
export type FileReader = (buf: Buffer, input: string, nameHint: string | undefined, opts: ReadOptions) => ReadResult | Promise<ReadResult>;

/** Reads an input that is not a local path (a URL, ...). `accepts` is tried before the file system. */
export interface SourceReader {
  accepts(input: string): boolean;
  read(input: string, opts: ReadOptions): Promise<ReadResult>;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** One reader per file name ending (".html", ".warc.gz"): adding a format is one line here. */
export const FILE_READERS: Record<string, FileReader> = {
  '.txt': readTextFile,
  '.text': readTextFile,
  '.md': readTextFile,
  '.html': readHtmlFile,
  '.htm': readHtmlFile,
  '.xhtml': readHtmlFile,
  '.json': (buf, input) => readJsonFile(buf, input, false),
  '.jsonl': (buf, input) => readJsonFile(buf, input, true),
  '.ndjson': (buf, input) => readJsonFile(buf, input, true),
  '.rss': readFeedFile,
  '.atom': readFeedFile,
  '.xml': readFeedFile,
  '.opml': readOpmlFile,
};

/** A feed file: RSS, Atom or JSON Feed; its items become documents (pages fetched only when asked). */
async function readFeedFile(buf: Buffer, input: string, nameHint: string | undefined, opts: ReadOptions): Promise<ReadResult> {
  const dec = decodeText(buf, input);
  if (dec.text === null) return { docs: [], diagnostics: dec.diagnostics };
  if (sniffFeed(dec.text) === null) return readTextFile(buf, input, nameHint);
  const fetcher = opts.fetchFeedItems ? opts.fetcher ?? sharedFetcher() : null;
  const r = await readFeedDocuments(dec.text, input, fetcher);
  return { docs: r.docs, diagnostics: [...dec.diagnostics, ...r.diagnostics] };
}

/** An OPML list: every feed it names is read by URL. */
async function readOpmlFile(buf: Buffer, input: string, _nameHint: string | undefined, opts: ReadOptions): Promise<ReadResult> {
  const dec = decodeText(buf, input);
  if (dec.text === null) return { docs: [], diagnostics: dec.diagnostics };
  const out: ReadResult = { docs: [], diagnostics: [...dec.diagnostics] };
  for (const url of parseOpml(dec.text)) {
    const r = await readUrl(url, opts.fetcher ?? sharedFetcher());
    out.docs.push(...r.docs);
    out.diagnostics.push(...r.diagnostics);
  }
  return out;
}

let fetcherInstance: Fetcher | null = null;
function sharedFetcher(): Fetcher {
  fetcherInstance ??= createFetcher();
  return fetcherInstance;
}

/** URLs: a page gives one document, a feed one document per item (each page fetched once). */
const URL_READER: SourceReader = {
  accepts: (input) => /^https?:\/\//i.test(input),
  read: (input, opts) => readUrl(input, opts.fetcher ?? sharedFetcher()),
};

/** WARC archives are streamed record by record, never loaded whole (no size limit applies). */
const WARC_READER: SourceReader = {
  accepts: (input) => /\.warc(\.gz)?$/i.test(input),
  read: async (input, opts) => {
    const out: ReadResult = { docs: [], diagnostics: [] };
    const warcOpts = { onDiagnostic: (d: Diagnostic) => out.diagnostics.push(d), ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) };
    try {
      for await (const doc of readWarc(input, warcOpts)) out.docs.push(doc);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'ingest/not-found' : 'ingest/bad-warc';
      out.diagnostics.push(diagnostic(code, input, (e as Error).message, 'error'));
    }
    return out;
  },
};

/** Readers for inputs that are not paths (URLs, ...), tried in order. */
export const SOURCE_READERS: SourceReader[] = [URL_READER, WARC_READER];

/** Files whose extension has no reader are read as text (a binary one gets `ingest/binary-file`). */
const FALLBACK_READER: FileReader = readTextFile;

/** The reader of the longest name ending that matches ("x.warc.gz" -> ".warc.gz" before ".gz"). */
export function readerFor(path: string): FileReader {
  const name = basename(path).toLowerCase();
  let best: string | undefined;
  for (const key of Object.keys(FILE_READERS)) {
    if (name.endsWith(key) && name.length > key.length && (best === undefined || key.length > best.length)) best = key;
  }
  return best === undefined ? FALLBACK_READER : FILE_READERS[best]!;
}

/** Stdin has no extension: JSON, JSONL, HTML or text is told from the first characters. */
export function sniffReader(buf: Buffer): FileReader {
  const head = buf.subarray(0, 2048).toString('utf8').trimStart();
  if (head.startsWith('[')) return FILE_READERS['.json']!;
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    return firstLine.endsWith('}') ? FILE_READERS['.jsonl']! : FILE_READERS['.json']!;
  }
  if (head.startsWith('<')) return readHtmlFile;
  return readTextFile;
}

/** Expands directories recursively (sorted, hidden files skipped). Missing paths are kept (reported later). */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-' || SOURCE_READERS.some((r) => r.accepts(input))) { out.push(input); continue; }
    let isDir = false;
    try { isDir = (await stat(input)).isDirectory(); } catch { /* reported when read */ }
    if (!isDir) { out.push(input); continue; }
    let names: string[];
    try { names = (await readdir(input)).filter((n) => !n.startsWith('.')).sort(); } catch { out.push(input); continue; }
    out.push(...(await expandInputs(names.map((n) => join(input, n)))));
  }
  return out;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Reads one path (or `-`) with the reader of its extension. */
async function readPath(path: string, opts: ReadOptions, maxBytes: number): Promise<ReadResult> {
  let buf: Buffer;
  try {
    if (path !== '-') {
      const st = await stat(path);
      if (st.isDirectory()) return { docs: [], diagnostics: [diagnostic('ingest/unreadable', path, 'the directory cannot be listed', 'error')] };
      if (st.size > maxBytes) return { docs: [], diagnostics: [diagnostic('ingest/too-large', path, `${st.size} bytes is over the limit of ${maxBytes}`, 'error')] };
    }
    buf = path === '-' ? await readStdin() : await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'ingest/not-found' : 'ingest/unreadable';
    return { docs: [], diagnostics: [diagnostic(code, path, (e as Error).message, 'error')] };
  }
  if (buf.length > maxBytes) return { docs: [], diagnostics: [diagnostic('ingest/too-large', path, `${buf.length} bytes is over the limit of ${maxBytes}`, 'error')] };
  const reader = path === '-' ? sniffReader(buf) : readerFor(path);
  const nameHint = path === '-' ? undefined : basename(path, extname(path));
  return reader(buf, path, nameHint, opts);
}

/** Reads every input into raw documents, in input order. Never throws for content problems. */
export async function readInputs(inputs: string[], opts: ReadOptions = {}): Promise<ReadResult> {
  const docs: RawDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of await expandInputs(inputs)) {
    const source = SOURCE_READERS.find((r) => r.accepts(input));
    const r = source ? await source.read(input, opts) : await readPath(input, opts, maxBytes);
    docs.push(...r.docs);
    diagnostics.push(...r.diagnostics);
  }
  return { docs, diagnostics };
}
