/** Writing many small files at once, for publishing (publish.ts) and the search index (search-index.ts). */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Files written at once: enough to keep libuv's and zlib's threads busy. */
const FILES_AT_ONCE = 64;

type Body = string | Uint8Array;

/** Writes `files` under `out`, FILES_AT_ONCE at a time, each of their folders made once; `encode` turns a body into the bytes written. */
export async function writeFiles(
  out: string,
  files: ReadonlyArray<{ path: string; body: Body }>,
  encode: (body: Body) => Body | Promise<Body> = (body) => body,
): Promise<number> {
  for (const folder of new Set(files.map(({ path }) => dirname(join(out, path))))) await mkdir(folder, { recursive: true });
  for (let i = 0; i < files.length; i += FILES_AT_ONCE)
    await Promise.all(files.slice(i, i + FILES_AT_ONCE).map(async ({ path, body }) => writeFile(join(out, path), await encode(body))));
  return files.length;
}
