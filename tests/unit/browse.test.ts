/** Browsing without JavaScript: the documents index in pages, whole and by year; topics' addresses. */
import { describe, expect, it } from 'vitest';
import { corpusTopics, documentYear } from '../../src/lib/document/index.ts';
import type { ResolutionDocument } from '../../src/lib/schema.ts';
import { documentIndexPages, newestFirst, topicsNewestFirst } from '../../src/lib/site/browse.ts';
import { realCorpus } from '../helpers/sources.ts';

const corpus = realCorpus();

/** `n` documents made from the real ones, a year apart, the first one the oldest. */
function many(n: number): ResolutionDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const base = corpus[i % corpus.length]!;
    const date = `${1950 + Math.floor(i / 3)}-12-${String(1 + (i % 3)).padStart(2, '0')}`;
    return { ...base, id: `doc-${i}`, adopted: { date, meeting: 1 }, issued: null, kind: 'resolution' };
  });
}

describe('the documents index', () => {
  it.each([1, 3, 99, 100, 101, 250])('%i documents: the whole-corpus pages hold each once, newest first, 100 a page, chained', (n) => {
    const docs = many(n);
    const pages = documentIndexPages(docs, 100).filter((p) => p.year === null);
    expect(pages).toHaveLength(Math.ceil(n / 100));
    expect(pages.flatMap((p) => p.docs.map((d) => d.id))).toEqual(newestFirst(docs).map((d) => d.id));
    expect(pages.map((p) => p.path)).toEqual(pages.map((_, i) => (i === 0 ? '/documents/' : `/documents/page/${i + 1}/`)));
    pages.forEach((p, i) => {
      expect([p.page, p.pages, p.total, p.offset]).toEqual([i + 1, pages.length, n, i * 100]);
      expect(p.previous).toBe(pages[i - 1]?.path ?? null);
      expect(p.next).toBe(pages[i + 1]?.path ?? null);
    });
  });

  it('each year has its own pages, and together they hold every dated document once', () => {
    const docs = many(250);
    const years = documentIndexPages(docs, 2).filter((p) => p.year !== null);
    expect(years.flatMap((p) => p.docs.map((d) => d.id)).sort()).toEqual(docs.map((d) => d.id).sort());
    for (const p of years) for (const d of p.docs) expect(documentYear(d)).toBe(p.year);
    expect(years.find((p) => p.year === 1960 && p.page === 2)).toMatchObject({ path: '/documents/1960/page/2/', total: 3, docs: [{ id: 'doc-30' }] });
  });

  it('a text of no known date is listed last, and has no year of its own', () => {
    const undated = { ...corpus[0]!, id: 'undated', adopted: null, issued: null };
    const pages = documentIndexPages([undated, ...many(3)], 100);
    expect(pages[0]!.docs.at(-1)!.id).toBe('undated');
    expect(pages.filter((p) => p.year !== null).flatMap((p) => p.docs.map((d) => d.id))).not.toContain('undated');
  });
});

describe('topics in addresses and in order', () => {
  it("an agenda item's address is its title's slug; texts that name none share one", () => {
    const topics = corpusTopics([...corpus, { ...corpus[0]!, id: 'other', series: 'other', agendaTitle: null, agendaItem: null }]);
    expect(topics.map((t) => t.slug).sort()).toEqual([
      'developments-in-the-field-of-information-and-telecommunications-in-the-context-of-international-security',
      'no-agenda-item',
    ]);
  });

  it('two titles that make the same slug get addresses of their own, whatever order the corpus lists them in', () => {
    const a = { ...corpus[0]!, id: 'a', series: 'a', agendaTitle: 'Oceans and the law of the sea' };
    const b = { ...corpus[1]!, id: 'b', series: 'b', agendaTitle: 'Oceans and the Law of the Sea' };
    const slugs = (docs: ResolutionDocument[]) => Object.fromEntries(corpusTopics(docs).map((t) => [t.title, t.slug]));
    expect(slugs([a, b])).toEqual(slugs([b, a]));
    expect(Object.values(slugs([a, b])).sort()).toEqual(['oceans-and-the-law-of-the-sea', 'oceans-and-the-law-of-the-sea-2']);
  });

  it('topics and their series come newest first', () => {
    const old = { ...corpus[0]!, id: 'old', series: 'old', agendaTitle: 'Old item', adopted: { date: '1990-01-01', meeting: 1 } };
    const ordered = topicsNewestFirst(corpusTopics([old, ...corpus]));
    expect(ordered.map((t) => t.topic.title)).toEqual([expect.stringMatching(/^Developments/), 'Old item']);
  });
});
