/**
 * Serves the built site as a static host would (src/build/static-server.ts): the headers of
 * dist/_headers, trailing-slash redirects, gzip.
 *
 *   npm run serve                 # http://127.0.0.1:4321/
 *   PORT=8080 npm run serve
 */
import { resolve } from 'node:path';
import { startStaticServer } from '../src/build/static-server.ts';

const port = Number(process.env['PORT'] ?? 4321);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`serve: PORT must be a port number, 1 to 65535 (not "${process.env['PORT']}")`);
  process.exit(1);
}
const { origin } = await startStaticServer(resolve('dist'), { gzip: true, port }).catch((error: unknown) => {
  console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
console.log(`serve: dist/ at ${origin}/, with the headers of dist/_headers (Ctrl-C stops)`);
