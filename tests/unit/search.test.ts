import { describe, expect, it } from 'vitest';
import { recordHtml, searchRecords } from '../../src/lib/search/records.ts';
import { excerpt, groupHits, pagefindFilters, resultHits, stateFromParams, stateToParams, type Hit, type PagefindData } from '../../src/lib/search/state.ts';
import { realCorpus } from '../helpers/sources.ts';

const corpus = realCorpus();

describe('search records', () => {
  const records = searchRecords(corpus);
  const passages = records.flatMap((r) => r.passages.map((p) => ({ ...p, record: r })));

  it('one per part that has text; every paragraph, item, note with text and sponsor list a passage, once', () => {
    const count = (ps: { items: unknown[] }[]): number => ps.reduce((n, p) => n + 1 + count(p.items as { items: unknown[] }[]), 0);
    const expected = corpus.reduce(
      (n, d) => n + count(d.preamble) + count(d.operative) + d.footnotes.filter((f) => f.text).length + (d.sponsors.length ? 1 : 0),
      0,
    );
    expect(passages).toHaveLength(expected);
    expect(expected).toBe(138);
    expect(new Set(passages.map((p) => `${p.record.meta.page}#${p.eId}`)).size).toBe(expected);
    // 5 preambles, 5 operative parts, 3 documents with notes that have text, 1 sponsor list.
    expect(records.map((r) => r.meta.part).sort()).toEqual([
      ...Array(3).fill('Notes'),
      ...Array(5).fill('Operative'),
      ...Array(5).fill('Preamble'),
      'Sponsors',
    ]);
    expect(new Set(records.map((r) => `${r.meta.page} ${r.meta.part}`)).size).toBe(records.length);
  });

  it('each passage carries its anchor and label, each record its part and filters', () => {
    const item = passages.find((p) => p.record.meta.page === '/a-res-66-24/' && p.eId === 'para_3__list_1__point_b')!;
    expect(item.label).toBe('para. 3 (b)');
    expect(item.text).toBe('Efforts taken at the national level to strengthen information security and promote international cooperation in this field;');
    expect(item.record.meta).toEqual({ title: 'A/RES/66/24', year: '2011', page: '/a-res-66-24/', part: 'Operative' });
    expect(item.record.filters).toEqual({ year: '2011', type: 'Resolution', part: 'Operative', document: 'a-res-66-24' });
    const note = passages.find((p) => p.record.meta.page === '/a-res-66-24/' && p.eId === 'preamble__p_16__authorialNote_4')!;
    expect(note).toMatchObject({ text: 'See A/65/201.', label: 'note 4', record: { filters: { part: 'Notes' } } });
    const sponsors = passages.find((p) => p.eId === 'sponsors')!;
    expect(sponsors.record.filters).toEqual({ year: '2009', type: 'Draft', part: 'Sponsors', document: 'draft-64-first-committee-2009' });
    expect(sponsors.text).toContain('Kyrgyzstan');
  });

  it('indexes no note that has no text', () => {
    expect(records.filter((r) => r.meta.page === '/a-res-68-243/' && r.meta.part === 'Notes')).toEqual([]);
  });

  it('gives Pagefind HTML in which every value is escaped', () => {
    const [record] = searchRecords(corpus.slice(0, 1));
    const hostile = {
      ...record!,
      meta: { ...record!.meta, title: 'A/RES/1 "x" <b>' },
      passages: [{ eId: 'para_1', label: 'para. 1', text: 'a <script>alert(1)</script> & "b"' }],
    };
    const out = recordHtml(hostile).value;
    expect(out).toContain('<p id="para_1" data-pagefind-title="para. 1">a &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;b&quot;</p>');
    expect(out).toContain('<meta data-pagefind-meta="title[content]" content="A/RES/1 &quot;x&quot; &lt;b&gt;">');
    expect(out).not.toContain('<script');
    expect(out).toContain('<meta data-pagefind-filter="part[content]" content="Preamble">');
    expect(out).toContain('<meta data-pagefind-meta="text_para_1[content]" content="a &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;b&quot;">');
    // Only text with an ampersand is repeated as meta.
    expect(recordHtml(record!).value).not.toContain('text_');
  });
});

describe('hits from a Pagefind result', () => {
  it('one per sub-result that starts at a passage, its text as written, positions made relative to the passage', () => {
    const data: PagefindData = {
      meta: { title: 'A/RES/66/24', year: '2011', page: '/a-res-66-24/', part: 'Operative', text_para_2: 'Considers that the purpose &amp; …' },
      filters: { document: ['a-res-66-24'] },
      sub_results: [
        { url: '/a-res-66-24/#operative-title', title: 'A/RES/66/24', locations: [] },
        { url: '/a-res-66-24/#para_2', title: 'para. 2', locations: [52, 54], anchor: { id: 'para_2', text: 'Considers that the purpose & …', location: 50 } },
        { url: '/a-res-66-24/#para_3', title: 'para. 3', locations: [60], anchor: { id: 'para_3', text: 'Invites all Member States', location: 59 } },
      ],
    };
    const shared = { title: 'A/RES/66/24', year: '2011', page: '/a-res-66-24/', document: 'a-res-66-24' };
    expect(resultHits(data)).toEqual([
      { ...shared, url: '/a-res-66-24/#para_2', label: 'para. 2', content: 'Considers that the purpose &amp; …', locations: [2, 4], position: 1e6 + 50 },
      { ...shared, url: '/a-res-66-24/#para_3', label: 'para. 3', content: 'Invites all Member States', locations: [1], position: 1e6 + 59 },
    ]);
  });
});

describe('search state in the URL', () => {
  it('round-trips, leaving out defaults', () => {
    const state = stateFromParams(new URLSearchParams('q=free+flow&year=2011&part=Operative'));
    expect(state).toEqual({ q: 'free flow', year: '2011', type: '', part: 'Operative', sort: 'newest' });
    expect(stateToParams(state).toString()).toBe('q=free+flow&year=2011&part=Operative');
    expect(pagefindFilters(state)).toEqual({ year: '2011', part: 'Operative' });
    expect(stateFromParams(new URLSearchParams('sort=bogus')).sort).toBe('newest');
  });

  it('groups hits by document, newest first, hits in reading order', () => {
    const hit = (document: string, year: string, position: number): Hit => ({
      url: `/${document}/#${position}`,
      label: String(position),
      content: '',
      locations: [],
      title: document,
      year,
      page: `/${document}/`,
      position,
      document,
    });
    const groups = groupHits([hit('a', '2001', 1e6 + 3), hit('b', '2011', 2), hit('a', '2001', 10)], 'newest');
    expect(groups.map((g) => [g.document, g.hits.map((h) => h.position)])).toEqual([
      ['b', [2]],
      ['a', [10, 1e6 + 3]],
    ]);
    expect(groupHits([hit('a', '2001', 1), hit('b', '2011', 1)], 'oldest').map((g) => g.document)).toEqual(['a', 'b']);
  });

  it('builds excerpts from the raw text and the match positions, text kept as text', () => {
    expect(excerpt('the free flow of <script>x</script> &amp; information', [1, 2])).toEqual([
      { text: 'the ', mark: false },
      { text: 'free flow', mark: true },
      { text: ' of <script>x</script> &amp; information', mark: false },
    ]);
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const parts = excerpt(long, [40], 10);
    expect(parts.map((p) => p.text).join('')).toBe('… w37 w38 w39 w40 w41 w42 w43 w44 w45 w46 …');
    expect(parts.find((p) => p.mark)!.text).toBe('w40');
  });
});
