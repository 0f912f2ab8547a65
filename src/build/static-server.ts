/**
 * A static file server for dist/, as a static host serves it: the headers of its `_headers`
 * file (the Content-Security-Policy among them), directories resolve to index.html, a directory
 * asked for without its trailing slash is redirected to it, unknown paths get 404.html, text is
 * gzip-compressed when asked (the search index's files are stored compressed). Used by `npm start`,
 * the browser tests and the benchmark.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.wasm']);

/** Where a URL path points in `root`, never above it. */
const pathIn = (root: string, pathname: string) => join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** The file a URL path names in `root`, as static hosts resolve it, or null. */
export function resolveFile(root: string, pathname: string): string | null {
  let file = pathIn(root, pathname);
  if (isDirectory(file)) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export interface ServerOptions {
  /** Compress text responses for clients that accept gzip, as production hosts do. */
  gzip?: boolean;
  /** Called with each response's path and body size in bytes (as sent, compressed or not). */
  onResponse?: (path: string, bytes: number) => void;
  /** The port to listen on; by default any free one. */
  port?: number;
  /** The path the site is served under ("/ict/"), as a host serving it there would: outside it, 404. */
  base?: string;
}

export async function startStaticServer(root: string, options: ServerOptions = {}): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: run \`npm run build\` first`);
  // Each file is compressed once, not on every request: the benchmark reloads the same files.
  const compressed = new Map<string, Buffer>();
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const { search } = url;
    const base = options.base ?? '/';
    // The site's own path, below its base; a path outside the base finds nothing.
    const inside = url.pathname.startsWith(base);
    const pathname = inside ? `/${url.pathname.slice(base.length)}` : url.pathname;
    const deployed = headersFor(rules, pathname);
    if (!inside) {
      // "/ict" is the site at "/ict/"; anything else outside the base is not the site's.
      const home = url.pathname === base.slice(0, -1);
      res.writeHead(home ? 301 : 404, { ...deployed, ...(home ? { location: `${base}${search}` } : { 'content-type': 'text/plain; charset=utf-8' }) });
      res.end(home ? undefined : 'Not found: outside the site');
      options.onResponse?.(url.pathname, 0);
      return;
    }
    try {
      decodeURIComponent(pathname);
    } catch {
      res.writeHead(400, { ...deployed, 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request: the address is not valid percent-encoding');
      return;
    }
    // "/a-res-66-24" is the directory "/a-res-66-24/": hosts redirect there, as this does.
    if (!pathname.endsWith('/') && isDirectory(pathIn(root, pathname))) {
      res.writeHead(301, { ...deployed, location: `${url.pathname}/${search}` });
      res.end();
      options.onResponse?.(pathname, 0);
      return;
    }
    const file = resolveFile(root, pathname);
    const notFound = join(root, '404.html');
    const served = file ?? (existsSync(notFound) ? notFound : null);
    const ext = served ? extname(served) : '.txt';
    let body: Buffer = served ? readFileSync(served) : Buffer.from('Not found');
    const headers: Record<string, string> = { ...deployed, 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    if (options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      const key = served ?? '';
      if (!compressed.has(key)) compressed.set(key, gzipSync(body));
      body = compressed.get(key)!;
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(file ? 200 : 404, headers);
    res.end(body);
    options.onResponse?.(pathname, body.length);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
