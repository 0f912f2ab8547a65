/**
 * Walks a built site: every internal href and src of every page must resolve to a file under
 * the site's base, and every #fragment to an id in that file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveFile } from '../../src/build/static-server.ts';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** The links of `dist` (served under `base`) that lead nowhere, and how many were checked. */
export function checkLinks(dist: string, base = '/'): { checked: number; broken: string[] } {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!))));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const pagePath = base + relative(dist, file).replace(/index\.html$/, '');
    for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const raw = decode(m[1]!);
      if (/^(?:https?:|mailto:|data:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${pagePath}`);
      checked++;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${relative(dist, file)}: ${raw} (outside the base ${base})`);
        continue;
      }
      const target = resolveFile(dist, `/${url.pathname.slice(base.length)}`);
      if (!target) {
        broken.push(`${relative(dist, file)}: ${raw} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOf(target).has(fragment)) broken.push(`${relative(dist, file)}: ${raw} (no id "${fragment}")`);
    }
  }
  return { checked, broken };
}

/**
 * How many clicks each page of `dist` is from the home page: a breadth-first walk over the
 * links of the pages (not the data files, nor the links inside a page).
 */
export function clickDepths(dist: string, base = '/'): Map<string, number> {
  const depth = new Map<string, number>([[base, 0]]);
  let frontier = [base];
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const path of frontier) {
      const file = resolveFile(dist, `/${path.slice(base.length)}`);
      if (!file?.endsWith('.html')) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/\shref="([^"#]*)(?:#[^"]*)?"/g)) {
        const raw = decode(m[1]!);
        if (!raw || /^(?:https?:|mailto:|data:)/.test(raw)) continue;
        const target = new URL(raw, `http://site${path}`).pathname;
        if (!target.startsWith(base) || !target.endsWith('/') || depth.has(target)) continue;
        depth.set(target, d);
        next.push(target);
      }
    }
    frontier = next;
  }
  return depth;
}
