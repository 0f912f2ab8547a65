/** Every internal link and #fragment in dist/ resolves: a check of the whole build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, fileFor } from './harness.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
const ids = new Map<string, Set<string>>();
const idsOf = (file: string) => {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))));
  return ids.get(file)!;
};

describe('links in dist/', () => {
  const pages = htmlFiles(DIST);

  it('the build has the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it('every internal href and src resolves to a file, and every #fragment to an id in it', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const pagePath = '/' + relative(DIST, file).replace(/index\.html$/, '');
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = decode(m[1]!);
        if (/^(?:https?:|mailto:|data:)/.test(raw)) continue;
        const url = new URL(raw, `http://site${pagePath}`);
        const target = fileFor(url.pathname);
        checked++;
        if (!target) {
          broken.push(`${relative(DIST, file)}: ${raw} (no such file)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !idsOf(target).has(fragment)) broken.push(`${relative(DIST, file)}: ${raw} (no id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });
});
