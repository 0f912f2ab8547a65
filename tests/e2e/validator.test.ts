/** The Nu Html Checker (vnu.jar, on the system's Java) finds no error on any page of dist/. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, publishedDocuments } from './harness.ts';
import { htmlFiles } from '../helpers/link-check.ts';
import { documentYear } from '../../src/lib/document/index.ts';

const VNU = join(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');

describe('HTML validity', () => {
  it('every page passes the Nu Html Checker with 0 errors', () => {
    const files = htmlFiles(DIST);
    const docs = publishedDocuments();
    const [n, years] = [docs.length, new Set(docs.map(documentYear)).size];
    // home, search, compare, 404, the history index, the data index; each document; each consecutive
    // comparison; the series' history, its page and its agenda item's; the documents index and a page per year.
    expect(files).toHaveLength(6 + n + (n - 1) + 3 + 1 + years);
    let report = '';
    try {
      execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      report = String((error as { stderr?: string }).stderr ?? error);
    }
    const messages = report ? (JSON.parse(report) as { messages: Array<{ url: string; lastLine?: number; message: string }> }).messages : [];
    expect(messages.map((m) => `${m.url.replace(/^.*dist\//, '')}:${m.lastLine ?? 0}: ${m.message}`)).toEqual([]);
  }, 120_000);
});
