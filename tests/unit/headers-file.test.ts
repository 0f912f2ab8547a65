import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/build/headers-file.ts';
import { headersFile, SECURITY_HEADERS } from '../../src/lib/site/security.ts';

describe('_headers, as static hosts read it', () => {
  it('gives every path the site’s own headers', () => {
    const rules = parseHeadersFile(headersFile());
    for (const path of ['/', '/a-res-66-24/', '/data/corpus.json']) {
      expect(headersFor(rules, path)).toEqual(Object.fromEntries(Object.entries(SECURITY_HEADERS).map(([k, v]) => [k.toLowerCase(), v])));
    }
  });

  it('lets browsers keep the files named anew when they change, and never the search index manifest', () => {
    const rules = parseHeadersFile(headersFile());
    const cache = (path: string) => headersFor(rules, path)['cache-control'];
    expect(cache('/_astro/search.B1x2.js')).toBe('public, max-age=31536000, immutable');
    expect(cache('/search-index/3be97eb00efe/records/4.gz.bin')).toBe('public, max-age=31536000, immutable');
    expect(cache('/search-index/index.json')).toBeUndefined();
    expect(cache('/favicon.svg')).toBe('public, max-age=86400');
    for (const path of ['/', '/a-res-66-24/', '/data/a-res-66-24.json', '/search/']) expect(cache(path)).toBeUndefined();
  });

  it('applies a rule to the paths its pattern matches, later rules adding to earlier ones', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n\n# a comment\n/data/*\n  Cache-Control: max-age=60\n  X-A: 2\n');
    expect(headersFor(rules, '/')).toEqual({ 'x-a': '1' });
    expect(headersFor(rules, '/data/x.json')).toEqual({ 'x-a': '2', 'cache-control': 'max-age=60' });
  });

  it('refuses a line it cannot read, with its number', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow('_headers:1: expected a path or an indented "Name: value" line');
    expect(() => parseHeadersFile('/*\n  not a header\n')).toThrow(/_headers:2:/);
  });
});

describe('the README’s nginx snippet', () => {
  it('sends exactly the headers the site states', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)![1]!;
    const sent = Object.fromEntries([...nginx.matchAll(/add_header ([A-Za-z-]+) "([^"]*)" always;/g)].map((m) => [m[1]!, m[2]!]));
    expect(sent).toEqual(SECURITY_HEADERS);
  });
});
