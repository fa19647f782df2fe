/**
 * A tiny static server for the built explorer: files from `root` (e.g. dist/), plus routes a test adds at run
 * time (a broken graph file, a synthetic graph) that override files of the same path. Unknown paths without a
 * file extension get index.html, as a single-page app expects. Listens on a free port on 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Route {
  readonly body: string | Buffer;
  readonly contentType?: string;
  readonly status?: number;
}

export interface StaticServer {
  readonly origin: string;
  /** Serves `body` at `path` (e.g. "/bad.json") until `close`; a later call for the same path replaces it. */
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

async function fileIfExists(path: string): Promise<Buffer | null> {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const routes = new Map<string, Route>();
  const rootDir = normalize(root + sep);

  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const route = routes.get(pathname);
      if (route) {
        res.writeHead(route.status ?? 200, { 'content-type': route.contentType ?? CONTENT_TYPES[extname(pathname)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(route.body);
        return;
      }
      const file = normalize(join(rootDir, pathname === '/' ? 'index.html' : pathname));
      if (!file.startsWith(rootDir)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const indexFile = join(rootDir, 'index.html');
      // Single-page app: a path without an extension that is not a file gets index.html.
      const direct = await fileIfExists(file);
      const served = direct ? file : indexFile;
      const body = direct ?? (extname(pathname) ? null : await fileIfExists(indexFile));
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
        return;
      }
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(served)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    })().catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, route) => void routes.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
