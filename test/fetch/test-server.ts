// A local HTTP server on 127.0.0.1 (port 0) for fetch, feed and watcher tests. No outside network.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  origin: string;
  port: number;
  url(path: string): string;
  /** Requests seen per path (query included). */
  hits: Map<string, number>;
  routes: Map<string, Handler>;
  close(): Promise<void>;
}

export async function startTestServer(routes: Record<string, Handler>): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const h = table.get(path) ?? table.get(path.split('?')[0] ?? '');
    if (!h) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    h(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin, port, hits, routes: table,
    url: (p) => origin + p,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export function send(body: string | Buffer, type = 'text/html; charset=utf-8', extra: Record<string, string> = {}): Handler {
  return (_req, res) => { res.writeHead(200, { 'content-type': type, ...extra }); res.end(body); };
}

export function redirect(location: string, status = 302): Handler {
  return (_req, res) => { res.writeHead(status, { location }); res.end(); };
}
