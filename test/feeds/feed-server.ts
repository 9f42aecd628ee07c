// Serves fixtures/feeds over loopback: feeds with {{ORIGIN}} filled in, and the fixture pages.
import { readFileSync } from 'node:fs';
import { startTestServer, send, type Handler, type TestServer } from '../fetch/test-server.js';

export const FIXTURES = new URL('../../fixtures/feeds/', import.meta.url);
export const PAGES = ['herald-sun-1', 'ars-1', 'daringfireball-1'] as const;

export function fixture(name: string, origin = '{{ORIGIN}}'): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8').replaceAll('{{ORIGIN}}', origin);
}

export function page(name: string): string {
  return readFileSync(new URL(`pages/${name}.html`, FIXTURES), 'utf8');
}

export async function startFeedServer(extra: Record<string, Handler> = {}): Promise<TestServer> {
  const routes: Record<string, Handler> = {};
  let origin = '';
  const lazy = (name: string, type: string): Handler => (req, res) => send(fixture(name, origin), type)(req, res);
  routes['/rss.xml'] = lazy('rss.xml', 'application/rss+xml; charset=utf-8');
  routes['/atom.xml'] = lazy('atom.xml', 'application/atom+xml');
  routes['/feed.json'] = lazy('feed.json', 'application/feed+json');
  routes['/rss-as-xml'] = lazy('rss.xml', 'text/xml');
  routes['/subscriptions.opml'] = lazy('subscriptions.opml', 'text/x-opml');
  routes['/malformed.xml'] = lazy('malformed.xml', 'application/rss+xml');
  for (const p of PAGES) routes[`/pages/${p}.html`] = send(page(p));
  const srv = await startTestServer({ ...routes, ...extra });
  origin = srv.origin;
  return srv;
}
