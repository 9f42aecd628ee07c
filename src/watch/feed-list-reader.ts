import { parseOpml } from '../ingest/feed-reader.js';
import { sniffFeed } from '../ingest/feed-sniffer.js';

/** Feed URLs from an OPML document or a text list (one URL a line, `#` comments, blanks skipped). */
export function readFeedList(text: string): string[] {
  if (sniffFeed(text) === 'opml') return parseOpml(text);
  const urls: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!urls.includes(line)) urls.push(line);
  }
  return urls;
}
