/**
 * A static file server for dist/, as a static host serves it: directories resolve to
 * index.html, unknown paths get 404.html, text is gzip-compressed when asked (Pagefind's own
 * files are already compressed). Used by the browser tests and the benchmark.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** The file a URL path names in `root`, as static hosts resolve it, or null. */
export function resolveFile(root: string, pathname: string): string | null {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export interface ServerOptions {
  /** Compress text responses for clients that accept gzip, as production hosts do. */
  gzip?: boolean;
  /** Called with each response's path and body size in bytes (as sent, compressed or not). */
  onResponse?: (path: string, bytes: number) => void;
}

export async function startStaticServer(root: string, options: ServerOptions = {}): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: run \`npm run build\` first`);
  // Each file is compressed once, not on every request: the benchmark reloads the same files.
  const compressed = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(root, pathname);
    const notFound = join(root, '404.html');
    const served = file ?? (existsSync(notFound) ? notFound : null);
    const ext = served ? extname(served) : '.txt';
    let body: Buffer = served ? readFileSync(served) : Buffer.from('Not found');
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
